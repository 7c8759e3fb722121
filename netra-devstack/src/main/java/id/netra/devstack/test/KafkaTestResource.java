package id.netra.devstack.test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.common.test.KafkaClusterTestKit;
import org.apache.kafka.common.test.TestKitNodes;
import org.apache.kafka.server.common.MetadataVersion;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import id.netra.devstack.EventTopics;

/** A real Kafka broker (KRaft, combined broker and controller) in the test JVM, from Kafka's own test kit. */
public class KafkaTestResource implements QuarkusTestResourceLifecycleManager {

    private static KafkaClusterTestKit cluster;

    @Override
    public Map<String, String> start() {
        return Map.of("kafka.bootstrap.servers", bootstrapServers());
    }

    @Override
    public void stop() {
        // shared by all Quarkus applications started in this JVM, which it outlives
    }

    /** The bootstrap address of the broker shared by every test of this JVM, started on first use. */
    public static synchronized String bootstrapServers() {
        if (cluster == null) {
            try {
                KafkaClusterTestKit started = new KafkaClusterTestKit.Builder(new TestKitNodes.Builder()
                        .setCombined(true)
                        .setNumBrokerNodes(1)
                        .setNumControllerNodes(1)
                        .setBootstrapMetadataVersion(MetadataVersion.latestProduction())
                        .setBaseDirectory(baseDirectory())
                        .build())
                        .setConfigProp("offsets.topic.replication.factor", "1")
                        .setConfigProp("offsets.topic.num.partitions", "1")
                        .setConfigProp("transaction.state.log.replication.factor", "1")
                        .setConfigProp("transaction.state.log.min.isr", "1")
                        .setConfigProp("group.initial.rebalance.delay.ms", "0")
                        .setConfigProp("auto.create.topics.enable", "true")
                        .setConfigProp("num.partitions", "3")
                        .build();
                started.format();
                started.startup();
                started.waitForReadyBrokers();
                try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                        started.bootstrapServers()))) {
                    EventTopics.create(admin);
                }
                // Not closed at JVM exit, and its folders are not temp folders that Kafka deletes in a shutdown hook:
                // a broker that sees its log folder vanish halts the JVM with status 1, which fails the test run.
                cluster = started;
            } catch (Exception e) {
                throw new IllegalStateException("Kafka did not start", e);
            }
        }
        return cluster.bootstrapServers();
    }

    /** Under the module's build folder, so that a clean build removes what a test JVM left. */
    private static Path baseDirectory() throws IOException {
        Path target = Path.of("target");
        Path parent = Files.isDirectory(target) ? target : Path.of(System.getProperty("java.io.tmpdir"));
        return Files.createTempDirectory(parent, "kafka-test-");
    }
}
