package id.netra.devstack.test;

import java.util.Map;

import org.apache.kafka.common.test.KafkaClusterTestKit;
import org.apache.kafka.common.test.TestKitNodes;
import org.apache.kafka.server.common.MetadataVersion;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/** A real Kafka broker (KRaft, combined broker and controller) in the test JVM, from Kafka's own test kit. */
public class KafkaTestResource implements QuarkusTestResourceLifecycleManager {

    private static KafkaClusterTestKit cluster;

    @Override
    public Map<String, String> start() {
        return Map.of("kafka.bootstrap.servers", bootstrapServers());
    }

    @Override
    public void stop() {
        // shared by all Quarkus applications started in this JVM; closed by the shutdown hook
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
                cluster = started;
                Runtime.getRuntime().addShutdownHook(new Thread(() -> close(started)));
            } catch (Exception e) {
                throw new IllegalStateException("Kafka did not start", e);
            }
        }
        return cluster.bootstrapServers();
    }

    private static void close(KafkaClusterTestKit kit) {
        try {
            kit.close();
        } catch (Exception e) {
            // the JVM is going away; the test kit deletes its folders itself
        }
    }
}
