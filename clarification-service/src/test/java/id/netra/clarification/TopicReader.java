package id.netra.clarification;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import java.util.function.Predicate;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringDeserializer;

import id.netra.devstack.test.KafkaTestResource;

/** Reads a topic from its beginning, as an outside consumer would, to find the record a test expects. */
public final class TopicReader {

    private static final Duration PATIENCE = Duration.ofSeconds(30);

    private TopicReader() {
    }

    /** The first record with this key that matches, waiting for it; fails the test if none comes. */
    public static ConsumerRecord<String, String> awaitRecord(String topic, String key,
            Predicate<ConsumerRecord<String, String>> matching) {
        Properties config = new Properties();
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, KafkaTestResource.bootstrapServers());
        // a fresh group each time: every call reads the whole topic, independent of other tests
        config.put(ConsumerConfig.GROUP_ID_CONFIG, "test-" + UUID.randomUUID());
        config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(config, new StringDeserializer(),
                new StringDeserializer())) {
            consumer.subscribe(List.of(topic));
            long deadline = System.nanoTime() + PATIENCE.toNanos();
            while (System.nanoTime() < deadline) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(500))) {
                    if (key.equals(record.key()) && matching.test(record)) {
                        return record;
                    }
                }
            }
        }
        throw new AssertionError("No matching record with key " + key + " on " + topic + " within " + PATIENCE);
    }

    public static String header(ConsumerRecord<String, String> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
