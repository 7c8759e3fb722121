package id.netra.integration.deadletter;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;

import io.smallrye.reactive.messaging.kafka.fault.KafkaDeadLetterQueue;

import id.netra.contracts.CaseEvent;
import id.netra.kit.inbox.IncomingEvent;
import id.netra.kit.inbox.PoisonEventException;

/**
 * A record as a consumer parked it on its service's dead-letter topic: where it came from, why, and what it is when
 * that can be read. The dead-letter headers the messaging layer adds become fields; the record's own headers are kept
 * as they were, to be sent back with it.
 */
record DeadLetter(String dlqTopic, int dlqPartition, long dlqOffset, String consumer, String originalTopic,
        Integer originalPartition, Long originalOffset, String key, String payload, List<RecordHeader> headers,
        String reason, String eventId, String eventType, String subject, String regionCode, Instant parkedAt) {

    /** One header of the record, as text (the suite's headers are all text). */
    record RecordHeader(String name, String value) {
    }

    /** netra.intake.dlq is where intake-service's consumers park what they cannot process. */
    private static final Pattern DLQ_TOPIC = Pattern.compile("netra\\.([a-z]+)\\.dlq");

    static DeadLetter of(ConsumerRecord<String, String> record) {
        List<RecordHeader> own = new ArrayList<>();
        for (Header header : record.headers()) {
            if (!header.key().startsWith("dead-letter-")) {
                own.add(new RecordHeader(storable(header.key()), storable(text(header))));
            }
        }
        String eventId = null;
        String eventType = null;
        String subject = null;
        String region = null;
        try {
            IncomingEvent event = IncomingEvent.from(record);
            eventId = event.id();
            eventType = event.type().type();
            subject = event.subject();
            if (event.payload() instanceof CaseEvent payload) {
                region = payload.regionCode();
            }
        } catch (PoisonEventException e) {
            // unreadable is what many dead letters are: the headers below still say what they can
            eventId = header(record, "ce_id");
            eventType = header(record, "ce_type");
            subject = header(record, "ce_subject");
        }
        Long partition = number(header(record, KafkaDeadLetterQueue.DEAD_LETTER_PARTITION));
        return new DeadLetter(record.topic(), record.partition(), record.offset(), consumer(record.topic()),
                limit(storable(header(record, KafkaDeadLetterQueue.DEAD_LETTER_TOPIC))),
                partition == null ? null : partition.intValue(),
                number(header(record, KafkaDeadLetterQueue.DEAD_LETTER_OFFSET)), storable(record.key()),
                storable(record.value()), own, storable(header(record, KafkaDeadLetterQueue.DEAD_LETTER_REASON)),
                limit(storable(eventId)), limit(storable(eventType)), limit(storable(subject)), region,
                Instant.ofEpochMilli(record.timestamp()));
    }

    /** The application name of the service that parks records on this topic. */
    static String consumer(String dlqTopic) {
        Matcher matcher = DLQ_TOPIC.matcher(dlqTopic);
        return matcher.matches() ? matcher.group(1) + "-service" : dlqTopic;
    }

    private static String header(ConsumerRecord<String, String> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : text(header);
    }

    private static String text(Header header) {
        return header.value() == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    private static Long number(String text) {
        try {
            return text == null ? null : Long.valueOf(text);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** PostgreSQL text cannot hold a NUL: one in a parked record is shown (and sent back) escaped. */
    private static String storable(String text) {
        return text == null ? null : text.replace("\u0000", "\\u0000");
    }

    /** Header values are the sender's: a column keeps at most what it was made for. */
    private static String limit(String text) {
        return text == null || text.length() <= 100 ? text : text.substring(0, 100);
    }
}
