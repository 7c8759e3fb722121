package id.netra.devstack.test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.Future;
import java.util.function.Predicate;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

/** Plain Kafka clients for tests: send a CloudEvent as another service would, and read what a service published. */
public final class KafkaProbe {

    private KafkaProbe() {
    }

    /** Sends a CloudEvent in binary mode (ce_* headers), keyed by the case id, and waits for the broker's ack. */
    public static void sendCloudEvent(String bootstrap, String topic, String id, String type, String subject,
            String key, String payload) {
        sendAll(bootstrap, List.of(cloudEvent(topic, id, type, subject, key, payload)));
    }

    /** A CloudEvent in binary mode (ce_* headers), as the services' relays send them. */
    public static ProducerRecord<String, String> cloudEvent(String topic, String id, String type, String subject,
            String key, String payload) {
        return record(topic, key, payload, Map.of("ce_specversion", "1.0", "ce_id", id, "ce_source", "/test",
                "ce_type", type, "ce_subject", subject, "ce_time", Instant.now().toString(),
                "content-type", "application/json"));
    }

    /** A record with exactly these headers (a dead letter as a service's consumer parks one, say). */
    public static ProducerRecord<String, String> record(String topic, String key, String value,
            Map<String, String> headers) {
        ProducerRecord<String, String> record = new ProducerRecord<>(topic, key, value);
        headers.forEach((name, text) -> record.headers().add(name, text.getBytes(StandardCharsets.UTF_8)));
        return record;
    }

    /** Sends a record with exactly these headers and waits for the broker's ack. */
    public static void send(String bootstrap, String topic, String key, String value, Map<String, String> headers) {
        sendAll(bootstrap, List.of(record(topic, key, value, headers)));
    }

    /**
     * Sends the records in their order from one producer without waiting between them, so that a consumer
     * usually reads them in one poll, and waits for the broker's acks.
     */
    public static void sendAll(String bootstrap, List<ProducerRecord<String, String>> records) {
        Properties props = new Properties();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        props.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        props.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(props)) {
            List<Future<RecordMetadata>> sent = new ArrayList<>();
            records.forEach(record -> sent.add(producer.send(record)));
            for (Future<RecordMetadata> ack : sent) {
                ack.get();
            }
        } catch (Exception e) {
            throw new IllegalStateException("Could not send test records", e);
        }
    }

    /** Reads the topic from the start until a record matches or the time is up; returns all records read. */
    public static List<ConsumerRecord<String, String>> readUntil(String bootstrap, String topic,
            Predicate<ConsumerRecord<String, String>> wanted, Duration timeout) {
        Properties props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        props.put(ConsumerConfig.GROUP_ID_CONFIG, "probe-" + UUID.randomUUID());
        props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        props.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        props.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        List<ConsumerRecord<String, String>> seen = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(props)) {
            consumer.subscribe(List.of(topic));
            long deadline = System.nanoTime() + timeout.toNanos();
            while (System.nanoTime() < deadline) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(200))) {
                    seen.add(record);
                    if (wanted.test(record)) {
                        return seen;
                    }
                }
            }
        }
        return seen;
    }

    public static String header(ConsumerRecord<String, String> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
