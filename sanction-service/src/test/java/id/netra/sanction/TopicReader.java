package id.netra.sanction;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.function.Predicate;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringDeserializer;

import id.netra.devstack.test.KafkaTestResource;

/** Reads a topic from the start, outside any consumer group, until a record matches. */
public final class TopicReader {

    private TopicReader() {
    }

    /** The first record that matches, waiting up to 30 seconds for it. */
    public static ConsumerRecord<String, String> awaitRecord(String topic,
            Predicate<ConsumerRecord<String, String>> match) {
        return find(topic, match, Duration.ofSeconds(30))
                .orElseThrow(() -> new AssertionError("No matching record on " + topic + " within 30 s"));
    }

    public static String header(ConsumerRecord<String, String> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    private static Optional<ConsumerRecord<String, String>> find(String topic,
            Predicate<ConsumerRecord<String, String>> match, Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        try (KafkaConsumer<String, String> consumer = consumer()) {
            assign(consumer, topic, timeout);
            while (Instant.now().isBefore(deadline)) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(200))) {
                    if (match.test(record)) {
                        return Optional.of(record);
                    }
                }
            }
        }
        return Optional.empty();
    }

    /** Assigns every partition of the topic from the start, waiting for the topic to exist. */
    private static void assign(KafkaConsumer<String, String> consumer, String topic,
            Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        List<TopicPartition> partitions = List.of();
        while (partitions.isEmpty() && Instant.now().isBefore(deadline)) {
            partitions = Optional.ofNullable(consumer.listTopics(Duration.ofSeconds(5)).get(topic)).orElse(List.of())
                    .stream().map(info -> new TopicPartition(topic, info.partition())).toList();
            if (partitions.isEmpty()) {
                sleep();
            }
        }
        consumer.assign(partitions);
        consumer.seekToBeginning(partitions);
    }

    private static KafkaConsumer<String, String> consumer() {
        Properties properties = new Properties();
        properties.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, KafkaTestResource.bootstrapServers());
        properties.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        properties.put(ConsumerConfig.ALLOW_AUTO_CREATE_TOPICS_CONFIG, "false");
        return new KafkaConsumer<>(properties, new StringDeserializer(), new StringDeserializer());
    }

    private static void sleep() {
        try {
            Thread.sleep(200);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
