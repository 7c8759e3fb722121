package id.netra.devstack;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The whole local Netra suite as real servers: PostgreSQL, Kafka, Keycloak and the services, for the launcher and the
 * system tests. {@link #close()} stops everything, services first.
 */
public final class Suite implements AutoCloseable {

    private final SuiteOptions options;
    private final Consumer<String> progress;
    private final DataDirectory data;
    private final PostgresServer postgres;
    private final KafkaServer kafka;
    private final KeycloakServer keycloak;
    private final Map<String, ServiceProcess> services = new LinkedHashMap<>();
    private final Map<String, Duration> startTimes = Collections.synchronizedMap(new LinkedHashMap<>());
    private final Thread shutdownHook;
    private final Supervisor supervisor;
    private volatile boolean closed;

    private Suite(SuiteOptions options) {
        this.options = options;
        this.progress = options.progress();
        this.data = new DataDirectory(options.dataDirectory());
        this.postgres = new PostgresServer(data.postgres(), options.postgresPort(), data.log("postgres"), options.durable(),
                progress);
        this.kafka = new KafkaServer(data.kafka(), options.kafkaPort(), options.kafkaControllerPort(),
                kafkaClasspath(options), data.log("kafka"), data.pidFile("kafka"), options.kafkaReadyTimeout(), progress);
        this.keycloak = new KeycloakServer(data.keycloak(), options.keycloakDistribution(), options.keycloakPort(),
                data.log("keycloak"), data.pidFile("keycloak"), options.keycloakReadyTimeout(), progress);
        for (String name : options.services()) {
            String module = name + "-service";
            Path jar = options.repoRoot().resolve(module).resolve("target/quarkus-app/quarkus-run.jar");
            for (int replica = 1; replica <= options.replicas(name); replica++) {
                String process = ServiceProcess.processName(name, replica);
                services.put(process, new ServiceProcess(process, module, jar, options.servicePort(name, replica),
                        serviceEnvironment(name, replica), options.serviceJvmOptions(), options.serviceJdk(),
                        startupCacheUse(replica), data.log(process), data.pidFile(process),
                        options.serviceReadyTimeout(), progress));
            }
        }
        this.shutdownHook = new Thread(this::close, "netra-suite-shutdown");
        List<Supervisor.Part> parts = new ArrayList<>();
        // PostgreSQL starts and is awaited in one call (zonky), so under the lock: closing waits for it, at most a minute
        parts.add(new Supervisor.Part(postgres, () -> unlessClosed(postgres::start)));
        parts.add(new Supervisor.Part(kafka, () -> relaunch(kafka::launch, kafka::awaitReady)));
        parts.add(new Supervisor.Part(keycloak, () -> relaunch(keycloak::launch, keycloak::awaitReady)));
        for (ServiceProcess service : services.values()) {
            parts.add(new Supervisor.Part(service, () -> relaunch(service::launch, service::awaitReady)));
        }
        this.supervisor = new Supervisor(parts, progress, Clock.systemUTC());
    }

    private StartupCache.Use startupCacheUse(int replica) {
        if (!options.startupCache()) {
            return StartupCache.Use.NONE;
        }
        return replica == 1 ? StartupCache.Use.RECORD : StartupCache.Use.READ;
    }

    /** Launched under the suite's lock, awaited outside it, so that closing the suite is never held up by a start. */
    private void relaunch(Runnable launch, Runnable awaitReady) {
        unlessClosed(launch);
        awaitReady.run();
    }

    /**
     * Starts the suite and returns when every part answers; a service whose jar is not built is skipped with a
     * message. On failure everything already started is stopped again and the exception names the log to read.
     */
    public static Suite start(SuiteOptions options) {
        Suite suite = new Suite(options);
        try {
            suite.startAll();
            return suite;
        } catch (RuntimeException e) {
            suite.close();
            throw e;
        }
    }

    public SuiteOptions options() {
        return options;
    }

    public Path dataDirectory() {
        return data.root();
    }

    public PostgresServer postgres() {
        return postgres;
    }

    public KafkaServer kafka() {
        return kafka;
    }

    public KeycloakServer keycloak() {
        return keycloak;
    }

    /**
     * A service by short name ({@code intake}) or module name ({@code intake-service}): its first replica; a later one
     * by its process name ({@code intake-2}).
     */
    public ServiceProcess service(String name) {
        ServiceProcess service = services.get(shortName(name));
        if (service == null) {
            throw new IllegalArgumentException("no service " + name + " in this suite; it has " + services.keySet());
        }
        return service;
    }

    /** {@code intake} for {@code intake-service}; any other name as it is. */
    private static String shortName(String name) {
        return name.endsWith("-service") ? name.substring(0, name.length() - "-service".length()) : name;
    }

    /** Every replica of a service, the first first. */
    public List<ServiceProcess> replicas(String name) {
        String shortName = shortName(name);
        List<ServiceProcess> replicas = new ArrayList<>();
        for (int replica = 1; replica <= options.replicas(shortName); replica++) {
            ServiceProcess service = services.get(ServiceProcess.processName(shortName, replica));
            if (service != null) {
                replicas.add(service);
            }
        }
        if (replicas.isEmpty()) {
            throw new IllegalArgumentException("no service " + name + " in this suite; it has " + services.keySet());
        }
        return replicas;
    }

    /** The services this suite was asked to run, every replica, started or (when not built) skipped. */
    public List<ServiceProcess> services() {
        return List.copyOf(services.values());
    }

    /** How long each part took from its launch until it answered, in start order. */
    public Map<String, Duration> startTimes() {
        synchronized (startTimes) {
            return Collections.unmodifiableMap(new LinkedHashMap<>(startTimes));
        }
    }

    /** Stops the services, then Keycloak, Kafka and PostgreSQL, with all their descendant processes; data is kept. */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        supervisor.close();
        if (Thread.currentThread() != shutdownHook) {
            try {
                Runtime.getRuntime().removeShutdownHook(shutdownHook);
            } catch (IllegalStateException | IllegalArgumentException e) {
                // the JVM is shutting down already, or the hook was never added
            }
        }
        // the services at once: each leaves its consumer groups one consumer at a time, which takes seconds, and
        // one after the other they outlasted the time a test JVM's shutdown hook is given, leaving the servers running
        List<Thread> stopping = new ArrayList<>();
        for (Server service : services.values()) {
            Thread thread = new Thread(() -> stop(service), "netra-stop-" + service.name());
            thread.start();
            stopping.add(thread);
        }
        for (Thread thread : stopping) {
            try {
                thread.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        for (Server server : List.of(keycloak, kafka, postgres)) {
            stop(server);
        }
        data.close();
    }

    private void stop(Server server) {
        try {
            if (server.isRunning()) {
                progress.accept("stopping " + server.name());
            }
            server.stop();
        } catch (RuntimeException e) {
            progress.accept("WARNING: " + server.name() + " did not stop cleanly (" + e.getMessage() + "); killing it");
            server.kill();
        }
    }

    private void startAll() {
        data.lock();
        if (options.shutdownHook()) {
            Runtime.getRuntime().addShutdownHook(shutdownHook);
        }
        endLeftovers();
        if (options.fresh()) {
            progress.accept("fresh start: wiping " + data.root());
            data.wipe();
        }
        // Keycloak takes longest: it boots while PostgreSQL and Kafka start
        long keycloakLaunched = System.nanoTime();
        unlessClosed(keycloak::launch);
        long postgresLaunched = System.nanoTime();
        unlessClosed(postgres::start);
        record("postgres", postgresLaunched);
        progress.accept("PostgreSQL ready on port " + postgres.port());
        long kafkaLaunched = System.nanoTime();
        unlessClosed(kafka::launch);
        kafka.awaitReady();
        record("kafka", kafkaLaunched);
        progress.accept("Kafka ready on " + kafka.bootstrapServers());
        progress.accept("waiting for Keycloak on " + keycloak.url() + " (about 40 s on its first start)");
        keycloak.awaitReady();
        record("keycloak", keycloakLaunched);
        progress.accept("Keycloak ready on " + keycloak.url());
        startServices();
        if (options.supervised()) {
            supervisor.start();
        }
    }

    /**
     * Launches under the suite's lock, so that a concurrent {@link #close()} (Ctrl-C during the start) either comes
     * first and prevents the launch, or comes after and stops what was launched: no process escapes it.
     */
    private synchronized void unlessClosed(Runnable launch) {
        if (closed) {
            throw new IllegalStateException("the suite was closed while starting");
        }
        launch.run();
    }

    /** Processes of a run whose JVM was killed: services first, so that PostgreSQL is not waiting for their sessions. */
    private void endLeftovers() {
        for (String service : SuiteOptions.SERVICE_PORTS.keySet()) {
            // every replica an earlier run may have had, whatever this run's number
            for (int replica = 1; replica <= SuiteOptions.MAX_REPLICAS; replica++) {
                String name = ServiceProcess.processName(service, replica);
                Path pidFile = data.pidFile(name);
                new ManagedProcess(name, pidFile, data.log(name), ServiceProcess.marker(pidFile), progress)
                        .reapLeftover();
            }
        }
        keycloak.endLeftover();
        kafka.endLeftover();
        postgres.endLeftover();
    }

    private void startServices() {
        Map<ServiceProcess, Long> launched = new LinkedHashMap<>();
        for (ServiceProcess service : services.values()) {
            if (!service.isBuilt()) {
                progress.accept("skipping " + service.module() + ": " + service.jar() + " is not built"
                        + " (./mvnw -B -q -DskipTests package builds it)");
                continue;
            }
            launched.put(service, System.nanoTime());
            unlessClosed(service::launch);
        }
        launched.forEach((service, launchedAt) -> {
            service.awaitReady();
            record(service.name(), launchedAt);
            progress.accept(service.module() + " ready on " + service.url());
        });
    }

    private void record(String name, long startedNanos) {
        startTimes.put(name, Duration.ofNanos(System.nanoTime() - startedNanos));
    }

    private Map<String, String> serviceEnvironment(String name, int replica) {
        Map<String, String> environment = new LinkedHashMap<>();
        environment.put("QUARKUS_HTTP_PORT", Integer.toString(options.servicePort(name, replica)));
        environment.put("QUARKUS_DATASOURCE_USERNAME", PostgresServer.USER);
        environment.put("QUARKUS_DATASOURCE_PASSWORD", PostgresServer.PASSWORD);
        environment.put("QUARKUS_DATASOURCE_JDBC_URL", postgres.jdbcUrl(name));
        environment.put("QUARKUS_DATASOURCE_REACTIVE_URL", postgres.reactiveUrl(name));
        environment.put("KAFKA_BOOTSTRAP_SERVERS", kafka.bootstrapServers());
        environment.put("QUARKUS_OIDC_AUTH_SERVER_URL", keycloak.realmUrl());
        // a local run is for trying the suite: its DEMO election takes this week's acts, labelled as a demo
        environment.put("NETRA_RULES_DEMO_ELECTION", "true");
        // glibc adds a malloc arena whenever threads contend for one, up to 8 per core, and each keeps the memory freed
        // in it: the event loops', Kafka's and the pools' threads would keep tens of megabytes resident for nothing
        environment.put("MALLOC_ARENA_MAX", "2");
        if (name.equals("integration")) {
            // the README's receiver runs on this machine: a local run may deliver webhooks to it
            environment.put("NETRA_INTEGRATION_WEBHOOKS_ALLOWED_HOSTS", "localhost,127.0.0.0/8,::1/128");
            // the console's client in the demo realm, whose secret is the realm file's
            environment.put("NETRA_CONSOLE_SECRET", "netra-console-secret");
            // the services whose state the console shows, on this run's ports
            List<String> watched = new ArrayList<>();
            for (String service : List.of("intake", "clarification", "sanction", "integration")) {
                for (int r = 1; r <= options.replicas(service); r++) {
                    watched.add(ServiceProcess.processName(service, r) + "=http://localhost:"
                            + options.servicePort(service, r));
                }
            }
            environment.put("NETRA_INTEGRATION_CONSOLE_SERVICES", String.join(",", watched));
        }
        if (name.equals("intake")) {
            // evidence files live with the suite's other data: they survive a rebuild and go with --fresh
            environment.put("NETRA_EVIDENCE_FOLDER", data.root().resolve("evidence").toString());
        }
        environment.putAll(data.localSecrets());
        environment.putAll(options.serviceEnvironment());
        return environment;
    }

    /** Kafka runs from the devstack's runtime jars, without the Quarkus ones whose logging setup would mute it. */
    private static List<Path> kafkaClasspath(SuiteOptions options) {
        if (options.kafkaClasspath().isPresent()) {
            return options.kafkaClasspath().get();
        }
        Path lib = options.repoRoot().resolve("netra-devstack/target/lib");
        List<Path> jars;
        if (Files.isDirectory(lib)) {
            try (Stream<Path> files = Files.list(lib)) {
                jars = files.filter(file -> file.toString().endsWith(".jar")).sorted().collect(Collectors.toList());
            } catch (IOException e) {
                throw new UncheckedIOException("could not list " + lib, e);
            }
        } else {
            jars = Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator)).map(Path::of)
                    .collect(Collectors.toList());
        }
        List<Path> kafkaJars = jars.stream().filter(jar -> !jar.getFileName().toString().startsWith("quarkus-"))
                .collect(Collectors.toList());
        if (kafkaJars.stream().noneMatch(jar -> jar.getFileName().toString().startsWith("kafka_2.13-"))) {
            throw new IllegalStateException("no Kafka server jar in " + lib + " nor on the class path; build the devstack"
                    + " first: ./mvnw -B -q -DskipTests -pl netra-devstack -am package");
        }
        return kafkaJars;
    }
}
