package id.netra.devstack;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/** Command line of the local run: {@code up}, {@code infra} and {@code stop} (see {@link #USAGE}). */
public final class Launcher {

    static final String USAGE = String.join(System.lineSeparator(),
            "usage: ./netra <command> [options]",
            "  up      PostgreSQL, Kafka, Keycloak and the four services; runs until Ctrl-C or ./netra stop",
            "  infra   PostgreSQL, Kafka and Keycloak only, for a service run with quarkus:dev",
            "  stop    stops the suite that runs on the data directory",
            "options:",
            "  --fresh               wipe all data first (Keycloak's unpacked distribution is kept)",
            "  --data-dir DIR        data and logs (default <repo>/.netra)",
            "  --services a,b        up: only these of intake, clarification, sanction, integration",
            "  --pg-port N           PostgreSQL port (default 5432)",
            "  --kafka-port N        Kafka port (default 9092; the controller takes N+1)",
            "  --keycloak-port N     Keycloak port (default 8180)",
            "  --replicas N          up: N processes of each service (1-3; the later ones on ports +100, +200)",
            "  --unsafe-no-fsync     PostgreSQL confirms commits before they reach the disk: only to compare benchmarks",
            "  --no-build            (./netra) start without building first",
            "The services run on a JDK 25 or later when one is installed beside this one (or on "
                    + ServiceJdk.HOME_VARIABLE + "),",
            "with a start-up cache that their first run records and writes when it stops.");

    private static final PrintStream OUT = System.out;

    private Launcher() {
    }

    public static void main(String[] args) {
        int exitCode;
        try {
            exitCode = run(args);
        } catch (IllegalArgumentException | IllegalStateException e) {
            System.err.println("ERROR: " + e.getMessage());
            exitCode = e instanceof IllegalArgumentException ? 2 : 1;
        }
        System.exit(exitCode);
    }

    private static int run(String[] args) {
        if (args.length == 0 || List.of("-h", "--help", "help").contains(args[0])) {
            OUT.println(USAGE);
            return args.length == 0 ? 2 : 0;
        }
        String command = args[0];
        SuiteOptions.Builder builder = SuiteOptions.builder();
        for (int i = 1; i < args.length; i++) {
            String option = args[i];
            switch (option) {
                case "--fresh":
                    builder.fresh(true);
                    break;
                case "--no-build":
                    // handled by the ./netra script; accepted here so that it can pass all arguments on
                    break;
                case "--data-dir":
                    builder.dataDirectory(Path.of(value(args, ++i, option)));
                    break;
                case "--services":
                    builder.services(Arrays.asList(value(args, ++i, option).split(",")));
                    break;
                case "--pg-port":
                    builder.postgresPort(port(value(args, ++i, option)));
                    break;
                case "--kafka-port":
                    builder.kafkaPort(port(value(args, ++i, option)));
                    break;
                case "--keycloak-port":
                    builder.keycloakPort(port(value(args, ++i, option)));
                    break;
                case "--unsafe-no-fsync":
                    builder.durable(false);
                    break;
                case "--replicas":
                    builder.replicas(count(value(args, ++i, option)));
                    break;
                default:
                    throw new IllegalArgumentException("unknown option " + option + System.lineSeparator() + USAGE);
            }
        }
        switch (command) {
            case "up":
                return up(builder.serviceJdk(ServiceJdk.choose(System.getenv())).startupCache(true).build());
            case "infra":
                return up(builder.infrastructureOnly().build());
            case "stop":
                return stop(builder.build());
            default:
                throw new IllegalArgumentException("unknown command " + command + System.lineSeparator() + USAGE);
        }
    }

    private static int up(SuiteOptions options) {
        Suite suite = Suite.start(options);
        printSummary(suite);
        try {
            // the suite's shutdown hook stops everything on Ctrl-C, SIGTERM (./netra stop) or SIGHUP
            new CountDownLatch(1).await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        suite.close();
        return 0;
    }

    private static int stop(SuiteOptions options) {
        Path dataDirectory = options.dataDirectory();
        Optional<Long> pid = DataDirectory.runningPid(dataDirectory);
        if (pid.isEmpty()) {
            OUT.println("no Netra suite runs on " + dataDirectory);
            return 0;
        }
        Optional<ProcessHandle> launcher = ProcessHandle.of(pid.get());
        if (launcher.isEmpty()) {
            OUT.println("no Netra suite runs on " + dataDirectory);
            return 0;
        }
        OUT.println("stopping the Netra suite (pid " + pid.get() + ") on " + dataDirectory);
        launcher.get().destroy();
        try {
            launcher.get().onExit().get(3, TimeUnit.MINUTES);
            OUT.println("stopped");
            return 0;
        } catch (Exception e) {
            System.err.println("ERROR: the suite (pid " + pid.get() + ") did not stop within 3 minutes; see "
                    + dataDirectory.resolve("logs"));
            return 1;
        }
    }

    private static void printSummary(Suite suite) {
        SuiteOptions options = suite.options();
        KeycloakServer keycloak = suite.keycloak();
        PostgresServer postgres = suite.postgres();
        List<ServiceProcess> running = suite.services().stream().filter(ServiceProcess::isRunning)
                .collect(Collectors.toList());
        Map<String, Duration> times = suite.startTimes();
        OUT.println();
        OUT.println("Netra is running. Data and logs: " + suite.dataDirectory() + " (logs/). Ctrl-C or ./netra stop ends it.");
        OUT.println((options.durable() ? "PostgreSQL flushes every commit to disk. "
                : "PostgreSQL does NOT flush commits to disk: a crash of the machine loses confirmed reports. ")
                + (options.supervised() ? "A part that dies is started again, here and in its log." : ""));
        OUT.println();
        if (!running.isEmpty()) {
            ServiceJdk jdk = options.serviceJdk();
            OUT.println("The services run on Java " + jdk.version() + " (" + jdk.home() + ")"
                    + (jdk.keepsStartupCache() ? ", each with a start-up cache." : "."));
        }
        for (ServiceProcess service : running) {
            String cache = service.startupCacheState();
            OUT.printf("  %-22s %-40s ready in %s%s%n", label(service), service.url() + "/q/swagger-ui",
                    seconds(times.get(service.name())), cache.isEmpty() ? "" : " (" + cache + ")");
        }
        for (ServiceProcess service : suite.services()) {
            if (!service.isRunning()) {
                OUT.printf("  %-22s not started: %s is not built%n", service.module(), service.jar());
            }
        }
        OUT.printf("  %-22s %-40s ready in %s; realm %s%n", "Keycloak", keycloak.url(), seconds(times.get("keycloak")),
                KeycloakServer.REALM);
        OUT.printf("  %-22s %-40s %s / %s (local run only)%n", "  admin console", keycloak.url() + "/admin",
                KeycloakServer.CONSOLE_USER, KeycloakServer.CONSOLE_PASSWORD);
        OUT.printf("  %-22s %-40s ready in %s%n", "Kafka", suite.kafka().bootstrapServers(), seconds(times.get("kafka")));
        OUT.printf("  %-22s %-40s ready in %s; user %s, password %s, databases %s%n", "PostgreSQL",
                "localhost:" + postgres.port(), seconds(times.get("postgres")), PostgresServer.USER,
                PostgresServer.PASSWORD, String.join(", ", PostgresServer.DATABASES));
        OUT.println();
        OUT.println("Demo accounts (local run only; every user's password is \"" + DemoAccount.PASSWORD + "\"):");
        OUT.printf("  %-24s %-7s %-18s %-9s %s%n", "account", "kind", "roles", "region", "client secret");
        for (DemoAccount account : DemoAccount.values()) {
            OUT.printf("  %-24s %-7s %-18s %-9s %s%n", account.username(), account.isClient() ? "client" : "user",
                    String.join(",", account.roles()), account.regionClaim().orElse("national"),
                    account.isClient() ? account.secret() : "");
        }
        OUT.println();
        OUT.println("Get a token (client credentials for a partner system, password grant for a user):");
        OUT.println("  curl -s -d grant_type=client_credentials -d client_id=kipp-balikpapan"
                + " -d client_secret=kipp-balikpapan-secret " + keycloak.tokenUrl());
        OUT.println("  TOKEN=$(curl -s -d grant_type=password -d client_id=" + DemoAccount.CLI_CLIENT
                + " -d username=inspektorat.kaltim -d password=" + DemoAccount.PASSWORD + " " + keycloak.tokenUrl()
                + " | sed -E 's/.*\"access_token\":\"([^\"]+)\".*/\\1/')");
        OUT.println("  curl -H \"Authorization: Bearer $TOKEN\" http://localhost:" + options.servicePort("clarification")
                + "/api/v1/clarifications");
        if (options.services().isEmpty()) {
            OUT.println();
            OUT.println("Run a service in dev mode against this infrastructure, e.g. intake-service:");
            OUT.println("  export QUARKUS_DATASOURCE_USERNAME=" + PostgresServer.USER + " QUARKUS_DATASOURCE_PASSWORD="
                    + PostgresServer.PASSWORD + " KAFKA_BOOTSTRAP_SERVERS=" + suite.kafka().bootstrapServers()
                    + " QUARKUS_OIDC_AUTH_SERVER_URL=" + keycloak.realmUrl());
            OUT.println("  QUARKUS_HTTP_PORT=" + options.servicePort("intake") + " QUARKUS_DATASOURCE_JDBC_URL="
                    + postgres.jdbcUrl("intake") + " QUARKUS_DATASOURCE_REACTIVE_URL=" + postgres.reactiveUrl("intake")
                    + " ./mvnw -pl intake-service -am quarkus:dev");
            OUT.println("  (clarification: port " + options.servicePort("clarification") + ", database clarification;"
                    + " sanction: port " + options.servicePort("sanction") + ", database sanction;"
                    + " integration: port " + options.servicePort("integration") + ", database integration)");
        }
        OUT.println();
        OUT.flush();
    }

    /** The module, and which replica from the second on. */
    private static String label(ServiceProcess service) {
        return service.name().matches(".*-\\d+") ? service.module() + " #" + service.name().replaceAll(".*-", "")
                : service.module();
    }

    private static int count(String text) {
        try {
            return Integer.parseInt(text);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("not a number: " + text);
        }
    }

    private static String seconds(Duration duration) {
        return duration == null ? "-" : String.format("%.1f s", duration.toMillis() / 1000.0);
    }

    private static String value(String[] args, int index, String option) {
        if (index >= args.length) {
            throw new IllegalArgumentException(option + " needs a value");
        }
        return args[index];
    }

    private static int port(String text) {
        try {
            int port = Integer.parseInt(text);
            if (port < 1 || port > 65535) {
                throw new NumberFormatException();
            }
            return port;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("not a port: " + text);
        }
    }
}
