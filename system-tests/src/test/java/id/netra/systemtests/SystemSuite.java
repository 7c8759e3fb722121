package id.netra.systemtests;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;

import id.netra.devstack.Suite;
import id.netra.devstack.SuiteOptions;

/**
 * The whole suite as separate processes, started once for all system tests of this JVM, on ports of its own so that
 * a local run on the standard ports does not get in the way.
 */
final class SystemSuite {

    private static Suite suite;

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
                    .keycloakReadyTimeout(Duration.ofMinutes(4))
                    .serviceReadyTimeout(Duration.ofMinutes(2))
                    .progress(line -> System.out.println("[suite] " + line))
                    .build());
        }
        return suite;
    }

    static String intake() {
        return get().service("intake").url();
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
