package id.netra.devstack;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/** What a {@link Suite} starts, on which ports, and where it keeps its data; build with {@link #builder()}. */
public final class SuiteOptions {

    /** The services by short name with their ports of the local run (API.md); module = name + "-service". */
    public static final Map<String, Integer> SERVICE_PORTS = orderedPorts();
    public static final int POSTGRES_PORT = 5432;
    public static final int KAFKA_PORT = 9092;
    public static final int KEYCLOAK_PORT = 8180;
    /** At most this many processes of each service. */
    public static final int MAX_REPLICAS = 3;
    /** Replica r of a service listens on its port + (r - 1) * this, e.g. intake's second replica on 8181. */
    public static final int REPLICA_PORT_STEP = 100;

    private final Path repoRoot;
    private final Path dataDirectory;
    private final boolean fresh;
    private final int postgresPort;
    private final int kafkaPort;
    private final int kafkaControllerPort;
    private final int keycloakPort;
    private final Map<String, Integer> servicePorts;
    private final Set<String> services;
    private final Map<String, String> serviceEnvironment;
    private final List<String> serviceJvmOptions;
    private final ServiceJdk serviceJdk;
    private final boolean startupCache;
    private final Optional<List<Path>> kafkaClasspath;
    private final Path keycloakDistribution;
    private final Duration keycloakReadyTimeout;
    private final Duration serviceReadyTimeout;
    private final Duration kafkaReadyTimeout;
    private final Consumer<String> progress;
    private final boolean shutdownHook;
    private final boolean durable;
    private final boolean supervised;
    private final int replicas;
    private final Map<String, Integer> serviceReplicas;

    private SuiteOptions(Builder builder) {
        this.repoRoot = builder.repoRoot != null ? builder.repoRoot.toAbsolutePath().normalize() : findRepoRoot();
        this.dataDirectory = (builder.dataDirectory != null ? builder.dataDirectory : repoRoot.resolve(".netra"))
                .toAbsolutePath().normalize();
        this.fresh = builder.fresh;
        this.postgresPort = builder.postgresPort;
        this.kafkaPort = builder.kafkaPort;
        this.kafkaControllerPort = builder.kafkaControllerPort != 0 ? builder.kafkaControllerPort : builder.kafkaPort + 1;
        this.keycloakPort = builder.keycloakPort;
        this.servicePorts = Map.copyOf(builder.servicePorts);
        this.services = Collections.unmodifiableSet(new LinkedHashSet<>(builder.services));
        this.serviceEnvironment = Map.copyOf(builder.serviceEnvironment);
        this.serviceJvmOptions = List.copyOf(builder.serviceJvmOptions);
        this.serviceJdk = builder.serviceJdk != null ? builder.serviceJdk : ServiceJdk.launcher();
        this.startupCache = builder.startupCache;
        this.kafkaClasspath = Optional.ofNullable(builder.kafkaClasspath).map(List::copyOf);
        this.keycloakDistribution = builder.keycloakDistribution != null ? builder.keycloakDistribution
                : repoRoot.resolve("netra-devstack/target/dist/keycloak-dist.tar.gz");
        this.keycloakReadyTimeout = builder.keycloakReadyTimeout;
        this.serviceReadyTimeout = builder.serviceReadyTimeout;
        this.kafkaReadyTimeout = builder.kafkaReadyTimeout;
        this.progress = builder.progress;
        this.shutdownHook = builder.shutdownHook;
        this.durable = builder.durable;
        this.supervised = builder.supervised;
        this.replicas = builder.replicas;
        this.serviceReplicas = Map.copyOf(builder.serviceReplicas);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** All defaults: the whole suite on the ports of API.md, data in {@code <repo>/.netra}. */
    public static SuiteOptions defaults() {
        return builder().build();
    }

    public Path repoRoot() {
        return repoRoot;
    }

    public Path dataDirectory() {
        return dataDirectory;
    }

    public boolean fresh() {
        return fresh;
    }

    /** Whether PostgreSQL flushes every commit to disk ({@code fsync} and {@code synchronous_commit} on). */
    public boolean durable() {
        return durable;
    }

    /** Whether a part that dies unexpectedly is started again (see {@link Supervisor}). */
    public boolean supervised() {
        return supervised;
    }

    public int postgresPort() {
        return postgresPort;
    }

    public int kafkaPort() {
        return kafkaPort;
    }

    public int kafkaControllerPort() {
        return kafkaControllerPort;
    }

    public int keycloakPort() {
        return keycloakPort;
    }

    public int servicePort(String service) {
        return servicePorts.get(service);
    }

    /** The port of one replica (1 is the first) of a service. */
    public int servicePort(String service, int replica) {
        return servicePorts.get(service) + (replica - 1) * REPLICA_PORT_STEP;
    }

    /** How many processes of this service run, on the same databases and broker: its own number if one was set. */
    public int replicas(String service) {
        return serviceReplicas.getOrDefault(service, replicas);
    }

    /** The services to start, by short name; empty for the infrastructure alone. */
    public Set<String> services() {
        return services;
    }

    public Map<String, String> serviceEnvironment() {
        return serviceEnvironment;
    }

    public List<String> serviceJvmOptions() {
        return serviceJvmOptions;
    }

    /** The JDK the services run on; the launcher's own by default. */
    public ServiceJdk serviceJdk() {
        return serviceJdk;
    }

    /** Whether the services keep a start-up cache, when their JDK can ({@link StartupCache}). */
    public boolean startupCache() {
        return startupCache;
    }

    public Optional<List<Path>> kafkaClasspath() {
        return kafkaClasspath;
    }

    public Path keycloakDistribution() {
        return keycloakDistribution;
    }

    public Duration keycloakReadyTimeout() {
        return keycloakReadyTimeout;
    }

    public Duration serviceReadyTimeout() {
        return serviceReadyTimeout;
    }

    public Duration kafkaReadyTimeout() {
        return kafkaReadyTimeout;
    }

    public Consumer<String> progress() {
        return progress;
    }

    public boolean shutdownHook() {
        return shutdownHook;
    }

    /** The nearest directory upwards from the working directory that holds the devstack module. */
    static Path findRepoRoot() {
        String configured = System.getProperty("netra.repo.root");
        if (configured != null) {
            return Path.of(configured).toAbsolutePath().normalize();
        }
        Path start = Path.of("").toAbsolutePath().normalize();
        for (Path candidate = start; candidate != null; candidate = candidate.getParent()) {
            if (Files.isRegularFile(candidate.resolve("netra-devstack/pom.xml"))) {
                return candidate;
            }
        }
        throw new IllegalStateException("no Netra repository above " + start
                + "; run from inside the repository or set the repo root (-Dnetra.repo.root=DIR)");
    }

    private static Map<String, Integer> orderedPorts() {
        Map<String, Integer> ports = new LinkedHashMap<>();
        ports.put("intake", 8081);
        ports.put("clarification", 8082);
        ports.put("sanction", 8083);
        ports.put("integration", 8084);
        return Collections.unmodifiableMap(ports);
    }

    /** Builder of {@link SuiteOptions}; every setting has a default. */
    public static final class Builder {

        private Path repoRoot;
        private Path dataDirectory;
        private boolean fresh;
        private int postgresPort = POSTGRES_PORT;
        private int kafkaPort = KAFKA_PORT;
        private int kafkaControllerPort;
        private int keycloakPort = KEYCLOAK_PORT;
        private final Map<String, Integer> servicePorts = new LinkedHashMap<>(SERVICE_PORTS);
        private final Set<String> services = new LinkedHashSet<>(SERVICE_PORTS.keySet());
        private final Map<String, String> serviceEnvironment = new LinkedHashMap<>();
        private final List<String> serviceJvmOptions = new ArrayList<>();
        private ServiceJdk serviceJdk;
        private boolean startupCache;
        private List<Path> kafkaClasspath;
        private Path keycloakDistribution;
        private Duration keycloakReadyTimeout = Duration.ofMinutes(4);
        private Duration serviceReadyTimeout = Duration.ofMinutes(2);
        private Duration kafkaReadyTimeout = Duration.ofMinutes(1);
        private Consumer<String> progress = message -> System.out.println("[netra] " + message);
        private boolean shutdownHook = true;
        private boolean durable = true;
        private boolean supervised = true;
        private int replicas = 1;
        private final Map<String, Integer> serviceReplicas = new LinkedHashMap<>();

        private Builder() {
        }

        /**
         * The repository whose {@code <module>/target} holds the built services; found upwards from the working directory by
         * default.
         */
        public Builder repoRoot(Path repoRoot) {
            this.repoRoot = repoRoot;
            return this;
        }

        /** Where all data and logs live; {@code <repo>/.netra} by default. */
        public Builder dataDirectory(Path dataDirectory) {
            this.dataDirectory = dataDirectory;
            return this;
        }

        /** Wipe the data first (the unpacked Keycloak distribution is kept, its database is not). */
        public Builder fresh(boolean fresh) {
            this.fresh = fresh;
            return this;
        }

        public Builder postgresPort(int port) {
            this.postgresPort = port;
            return this;
        }

        /** The broker's port; the controller takes the next one unless {@link #kafkaControllerPort(int)} says otherwise. */
        public Builder kafkaPort(int port) {
            this.kafkaPort = port;
            return this;
        }

        public Builder kafkaControllerPort(int port) {
            this.kafkaControllerPort = port;
            return this;
        }

        public Builder keycloakPort(int port) {
            this.keycloakPort = port;
            return this;
        }

        public Builder servicePort(String service, int port) {
            requireKnown(service);
            servicePorts.put(service, port);
            return this;
        }

        /** Only these services (short names: intake, clarification, sanction, integration). */
        public Builder services(Collection<String> names) {
            names.forEach(Builder::requireKnown);
            services.clear();
            services.addAll(names);
            return this;
        }

        /** PostgreSQL, Kafka and Keycloak only. */
        public Builder infrastructureOnly() {
            services.clear();
            return this;
        }

        /** An extra environment variable for every service (it overrides the suite's own). */
        public Builder serviceEnvironment(String name, String value) {
            serviceEnvironment.put(name, value);
            return this;
        }

        public Builder serviceJvmOption(String option) {
            serviceJvmOptions.add(option);
            return this;
        }

        public Builder serviceJdk(ServiceJdk jdk) {
            this.serviceJdk = jdk;
            return this;
        }

        /**
         * Keep a start-up cache for each service when its JDK can (off by default: a test suite that starts once would
         * only pay for recording it).
         */
        public Builder startupCache(boolean startupCache) {
            this.startupCache = startupCache;
            return this;
        }

        /** The jars Kafka runs from; by default {@code netra-devstack/target/lib}, else this JVM's class path. */
        public Builder kafkaClasspath(List<Path> jars) {
            this.kafkaClasspath = jars;
            return this;
        }

        /** The Keycloak tar.gz; by default {@code netra-devstack/target/dist/keycloak-dist.tar.gz}. */
        public Builder keycloakDistribution(Path tarGz) {
            this.keycloakDistribution = tarGz;
            return this;
        }

        public Builder keycloakReadyTimeout(Duration timeout) {
            this.keycloakReadyTimeout = timeout;
            return this;
        }

        public Builder serviceReadyTimeout(Duration timeout) {
            this.serviceReadyTimeout = timeout;
            return this;
        }

        public Builder kafkaReadyTimeout(Duration timeout) {
            this.kafkaReadyTimeout = timeout;
            return this;
        }

        /** Receives one line per step (started, ready, skipped, stopping); prints to stdout by default. */
        public Builder progress(Consumer<String> progress) {
            this.progress = progress;
            return this;
        }

        /** Whether a JVM shutdown hook closes the suite; on by default so that no process outlives the JVM. */
        public Builder shutdownHook(boolean shutdownHook) {
            this.shutdownHook = shutdownHook;
            return this;
        }

        /**
         * On by default: a report the API confirmed must survive a power cut. Tests that throw their data away may turn
         * it off for speed (zonky's own defaults skip the flush to disk).
         */
        public Builder durable(boolean durable) {
            this.durable = durable;
            return this;
        }

        /** On by default: a part that dies is started again with a growing pause, until it dies too often. */
        public Builder supervised(boolean supervised) {
            this.supervised = supervised;
            return this;
        }

        /**
         * Runs each service this many times (1 to {@value SuiteOptions#MAX_REPLICAS}), the later replicas on ports
         * {@value SuiteOptions#REPLICA_PORT_STEP} apart: what a deployment with several replicas does, on one machine.
         */
        public Builder replicas(int replicas) {
            this.replicas = checkedReplicas(replicas);
            return this;
        }

        /** This service's number of processes, whatever {@link #replicas(int)} says for the others. */
        public Builder replicas(String service, int replicas) {
            requireKnown(service);
            serviceReplicas.put(service, checkedReplicas(replicas));
            return this;
        }

        private static int checkedReplicas(int replicas) {
            if (replicas < 1 || replicas > MAX_REPLICAS) {
                throw new IllegalArgumentException("replicas must be 1 to " + MAX_REPLICAS + ", not " + replicas);
            }
            return replicas;
        }

        public SuiteOptions build() {
            return new SuiteOptions(this);
        }

        private static void requireKnown(String service) {
            if (!SERVICE_PORTS.containsKey(service)) {
                throw new IllegalArgumentException("unknown service " + service + "; known: " + SERVICE_PORTS.keySet());
            }
        }
    }
}
