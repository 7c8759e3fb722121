package id.netra.kit.inbox;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;

import id.netra.contracts.CaseEvent;
import id.netra.contracts.CloudEventHeaders;
import id.netra.contracts.EventCodec;
import id.netra.contracts.EventType;
import id.netra.contracts.NetraEvent;

/** An event read from Kafka: its CloudEvents attributes and the decoded payload. */
public record IncomingEvent(String id, EventType type, String source, String subject, Instant time, NetraEvent payload) {

    private static final EventCodec CODEC = new EventCodec();

    /**
     * Reads a record's CloudEvents headers and payload, as every consumer of the suite's topics reads them; a record
     * that can never be read fails with {@link PoisonEventException}, its reason for the dead-letter topic.
     */
    public static IncomingEvent from(ConsumerRecord<String, String> record) {
        String id = header(record, CloudEventHeaders.ID);
        String type = header(record, CloudEventHeaders.TYPE);
        if (id == null || id.isBlank() || type == null) {
            throw new PoisonEventException("not a CloudEvent: ce_id or ce_type header missing");
        }
        try {
            NetraEvent payload = CODEC.fromJson(type, record.value());
            EventType eventType = EventType.fromType(type).orElseThrow();
            String time = header(record, CloudEventHeaders.TIME);
            return new IncomingEvent(id, eventType, header(record, CloudEventHeaders.SOURCE),
                    header(record, CloudEventHeaders.SUBJECT), time == null ? Instant.now() : Instant.parse(time),
                    payload);
        } catch (EventCodec.MalformedEventException | DateTimeParseException e) {
            throw new PoisonEventException(e.getMessage(), e);
        }
    }

    private static String header(ConsumerRecord<String, String> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null || header.value() == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    /** The payload of a case's event; a handler calls it only for the case event types it handles. */
    public CaseEvent caseEvent() {
        return (CaseEvent) payload;
    }
}
