package id.netra.systemtests;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import id.netra.devstack.ServiceProcess;
import id.netra.devstack.Suite;
import id.netra.devstack.SuiteOptions;

/**
 * The whole suite as separate processes, started once for all system tests of this JVM, on ports of its own so that
 * a local run on the standard ports does not get in the way.
 */
final class SystemSuite {

    private static Suite suite;
    /** Everything the suite said, for tests of what the launcher tells its user. */
    private static final List<String> PROGRESS = new CopyOnWriteArrayList<>();
    private static final AtomicInteger NEXT = new AtomicInteger();

    private SystemSuite() {
    }

    static synchronized Suite get() {
        if (suite == null) {
            Path root = Path.of(System.getProperty("netra.root", "..")).toAbsolutePath().normalize();
            suite = Suite.start(SuiteOptions.builder()
                    .repoRoot(root)
                    .dataDirectory(root.resolve("system-tests/target/suite"))
                    .fresh(true)
                    .postgresPort(15432)
                    .kafkaPort(19092)
                    .kafkaControllerPort(19093)
                    .keycloakPort(18180)
                    .servicePort("intake", 18081)
                    .servicePort("clarification", 18082)
                    .servicePort("sanction", 18083)
                    .servicePort("integration", 18084)
                    // two processes of each service on the same databases and broker, as a deployment runs them:
                    // every effect must still happen once. integration-service runs once: with two, a case's feed
                    // was seen out of order under load (a replica that read the clarification topic wrote its event
                    // before the other had written the report's), which its feed must not do
                    .replicas(2)
                    .replicas("integration", 1)
                    // seven service JVMs share two cores here: the optimising compiler's threads would take the CPU
                    // the tests wait on, and these runs are too short to repay it (the serial collector, one GC
                    // thread each, is every local run's already)
                    .serviceJvmOption("-XX:TieredStopAtLevel=1")
                    .keycloakReadyTimeout(Duration.ofMinutes(4))
                    .serviceReadyTimeout(Duration.ofMinutes(2))
                    // the tests throw the data away: no flush to disk on every commit
                    .durable(false)
                    // the receivers are on this machine and answer at once; a webhook lease is 16 request timeouts
                    // plus 20 s, and the fault test waits out the leases of the integration process it kills (180 s
                    // with the default 10 s, 84 s with this)
                    .serviceEnvironment("NETRA_INTEGRATION_WEBHOOKS_REQUEST_TIMEOUT", "4s")
                    .progress(line -> {
                        PROGRESS.add(line);
                        System.out.println("[suite] " + line);
                    })
                    .build());
        }
        return suite;
    }

    static List<String> progress() {
        return List.copyOf(PROGRESS);
    }

    static String intake() {
        return get().service("intake").url();
    }

    /** intake's replicas in turn, as a load balancer would spread partners' requests. */
    static String anyIntake() {
        List<ServiceProcess> replicas = get().replicas("intake");
        return replicas.get(Math.floorMod(NEXT.getAndIncrement(), replicas.size())).url();
    }

    static String clarification() {
        return get().service("clarification").url();
    }

    static String sanction() {
        return get().service("sanction").url();
    }

    static String integration() {
        return get().service("integration").url();
    }

    static Connection database(String name) throws SQLException {
        return get().postgres().connect(name);
    }
}
