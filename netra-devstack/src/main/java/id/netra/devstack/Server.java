package id.netra.devstack;

import java.util.OptionalLong;

/** One server of the local suite that a test or the launcher can start, stop and kill. */
public interface Server {

    /** Short name used in messages and log file names, e.g. {@code kafka} or {@code intake}. */
    String name();

    /** Starts the server and returns once it answers; does nothing when it already runs. */
    void start();

    /** Stops the server gracefully (SIGTERM, then SIGKILL after a grace period); its data is kept. */
    void stop();

    /** Kills the server and all its descendant processes at once (SIGKILL); its data is kept. */
    void kill();

    boolean isRunning();

    /**
     * Started by the suite and neither stopped nor killed through it, yet no longer running: it died by itself or at
     * another hand (a {@code kill -9}, the kernel's out-of-memory killer). The supervisor starts such a server again.
     */
    boolean diedUnexpectedly();

    /** The pid of the server's own program (not of a wrapper such as setsid), while it runs. */
    OptionalLong pid();

    /** Resident memory of the server's processes (summed over descendants), when it runs on Linux. */
    OptionalLong residentMemoryKiB();
}
