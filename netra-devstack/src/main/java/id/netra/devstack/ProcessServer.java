package id.netra.devstack;

import java.time.Duration;
import java.util.OptionalLong;

/** A server that runs as a child process of the suite: stopping, killing and measuring it works the same for all. */
abstract class ProcessServer implements Server {

    protected final ManagedProcess process;
    private final Duration stopGrace;

    ProcessServer(ManagedProcess process, Duration stopGrace) {
        this.process = process;
        this.stopGrace = stopGrace;
    }

    @Override
    public synchronized void stop() {
        process.stop(stopGrace);
    }

    @Override
    public synchronized void kill() {
        process.kill();
    }

    @Override
    public boolean isRunning() {
        return process.isAlive();
    }

    @Override
    public boolean diedUnexpectedly() {
        return process.diedUnexpectedly();
    }

    @Override
    public OptionalLong pid() {
        return process.programPid();
    }

    @Override
    public OptionalLong residentMemoryKiB() {
        return process.residentMemoryKiB();
    }
}
