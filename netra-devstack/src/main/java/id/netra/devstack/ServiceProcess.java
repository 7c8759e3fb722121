package id.netra.devstack;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/** One Netra service, run from its built {@code target/quarkus-app/quarkus-run.jar} as a child process. */
public final class ServiceProcess extends ProcessServer {

    private final String name;
    private final String module;
    private final Path jar;
    private final int port;
    private final Map<String, String> environment;
    /**
     * No code cache flushing, as in the services' images: Java 17's code sweeper flushes compiled methods it judges
     * cold, and a service that is busy in bursts keeps compiling them again (in the intake benchmark the compiler
     * threads took more CPU than the requests). The code cache has room for all of it many times over.
     * <p>
     * The heap is sized for the service, not the machine: left to itself the JVM commits a 64th of the machine's
     * memory at once and lets the heap grow to a quarter of it, with G1's bookkeeping beside it, though a service
     * keeps a few tens of megabytes live (README: 20-30 % less resident memory, idle and under load). The images size
     * theirs from the container's limit instead (75 % of it).
     */
    static final List<String> SERVICE_JVM_FLAGS = List.of("-XX:-UseCodeCacheFlushing", "-XX:+UseSerialGC", "-Xms32m",
            "-Xmx256m");
    /**
     * A recording run exits only once the JVM has written the start-up cache: about half a minute for a service alone
     * on the 2-core machine, longer when the whole suite stops at once.
     */
    private static final Duration RECORDING_STOP_GRACE = Duration.ofMinutes(3);
    private final List<String> jvmOptions;
    private final Duration readyTimeout;
    private final String marker;
    private final ServiceJdk jdk;
    /** Null when the JDK keeps none or the suite was asked for none. */
    private final StartupCache startupCache;
    private final StartupCache.Use startupCacheUse;
    private final Consumer<String> progress;
    private volatile boolean recording;
    private volatile boolean cacheUsed;

    ServiceProcess(String name, String module, Path jar, int port, Map<String, String> environment,
            List<String> jvmOptions, ServiceJdk jdk, StartupCache.Use startupCacheUse, Path logFile, Path pidFile,
            Duration readyTimeout, Consumer<String> progress) {
        // the marker tags the process as this suite's, so that a later run can end it if this launcher dies
        super(new ManagedProcess(name, pidFile, logFile, marker(pidFile), progress), Duration.ofSeconds(20));
        this.name = name;
        this.module = module;
        this.jar = jar;
        this.port = port;
        this.environment = Map.copyOf(environment);
        this.jvmOptions = List.copyOf(jvmOptions);
        this.readyTimeout = readyTimeout;
        this.marker = marker(pidFile);
        this.jdk = jdk;
        this.startupCacheUse = startupCacheUse;
        this.startupCache = startupCacheUse != StartupCache.Use.NONE && jdk.keepsStartupCache()
                ? new StartupCache(jar.getParent(), jdk)
                : null;
        this.progress = progress;
    }

    /**
     * Short name: {@code intake}, {@code clarification}, {@code sanction} or {@code integration}, with the replica's
     * number from the second on ({@code intake-2}).
     */
    @Override
    public String name() {
        return name;
    }

    /** Maven module, e.g. {@code intake-service}. */
    public String module() {
        return module;
    }

    public int port() {
        return port;
    }

    /** {@code http://localhost:<port>} */
    public String url() {
        return "http://localhost:" + port;
    }

    public Path jar() {
        return jar;
    }

    /** Whether the module has been packaged, so that the service can run. */
    public boolean isBuilt() {
        return Files.isRegularFile(jar);
    }

    public Path logFile() {
        return process.logFile();
    }

    /** The environment the service gets: ports, datasource, Kafka and Keycloak of this suite. */
    public Map<String, String> environment() {
        return environment;
    }

    /** {@code intake} for the first replica, {@code intake-2} for the second: names of logs, pid files, messages. */
    static String processName(String service, int replica) {
        return replica == 1 ? service : service + "-" + replica;
    }

    static String marker(Path pidFile) {
        return "-Dnetra.devstack.pid-file=" + pidFile.toAbsolutePath();
    }

    /** How this run uses the start-up cache, for the launcher's summary. */
    public String startupCacheState() {
        if (startupCache == null) {
            return "";
        }
        return cacheUsed ? "start-up cache used" : recording ? "start-up cache recorded on this run" : "no start-up cache";
    }

    @Override
    public void start() {
        launch();
        awaitReady();
    }

    synchronized void launch() {
        if (process.isAlive()) {
            return;
        }
        if (!isBuilt()) {
            throw new IllegalStateException(
                    module + " is not built: " + jar + " is missing; run ./mvnw -B -q -DskipTests package");
        }
        Net.requireFree(port, module, "stop the process that holds it or choose another port");
        List<String> command = new ArrayList<>();
        command.add(jdk.java().toString());
        command.add(marker);
        command.addAll(SERVICE_JVM_FLAGS);
        command.addAll(jvmOptions);
        command.addAll(startupCacheOptions());
        command.add("-jar");
        command.add(jar.toString());
        process.launch(command, environment, jar.getParent());
    }

    private List<String> startupCacheOptions() {
        cacheUsed = false;
        recording = false;
        if (startupCache == null) {
            return List.of();
        }
        if (startupCache.isCurrent()) {
            cacheUsed = true;
            return startupCache.useOptions();
        }
        if (startupCacheUse != StartupCache.Use.RECORD) {
            return List.of();
        }
        recording = true;
        return startupCache.recordOptions();
    }

    @Override
    public synchronized void stop() {
        if (!recording || !process.isAlive()) {
            super.stop();
            return;
        }
        progress.accept("writing " + name + "'s start-up cache (once after each build; about half a minute)");
        if (process.stop(RECORDING_STOP_GRACE) && startupCache.keepRecording()) {
            progress.accept(name + "'s start-up cache is " + startupCache.file());
        } else {
            progress.accept("WARNING: " + name + " did not write its start-up cache; its next run records it again");
        }
        recording = false;
    }

    /** Waits until {@code /q/health/ready} answers 200. */
    void awaitReady() {
        URI health = URI.create(url() + "/q/health/ready");
        long deadline = System.nanoTime() + readyTimeout.toNanos();
        while (Net.status(health) != 200) {
            if (!process.isAlive()) {
                throw new IllegalStateException(module + " exited with code " + process.exitCode().orElse(-1)
                        + " while starting; see " + logFile() + System.lineSeparator() + process.logTail(30));
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException(module + " was not ready (" + health + ") within "
                        + readyTimeout.toSeconds() + " s; see " + logFile());
            }
            Net.sleep(Duration.ofMillis(300));
        }
    }

}
