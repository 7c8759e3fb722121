package id.netra.integration.stream;

import java.time.Instant;
import java.util.Optional;

import org.apache.kafka.clients.consumer.ConsumerRecord;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import id.netra.contracts.CaseEvent;
import id.netra.integration.Redaction;
import id.netra.integration.feed.CloudEvent;
import id.netra.kit.inbox.IncomingEvent;
import id.netra.kit.inbox.PoisonEventException;
import id.netra.kit.inbox.Redrive;

/**
 * One event of the three services' topics as the stream sends it: a CloudEvent rendered once, whatever the number
 * of clients. The payload is whole (the stream's readers may read cases nationally, the accused's NIP included), less
 * the reporter's pseudonym: no reporter is ever shown.
 */
public record StreamEvent(String id, String type, String caseNumber, String regionCode, Instant receivedAt,
        String json) {

    private static final ObjectMapper MAPPER = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    /** The record as a stream event; empty for one that cannot be read (the dead letters show those). */
    static Optional<StreamEvent> of(ConsumerRecord<String, String> record, Instant receivedAt) {
        if (record.headers().lastHeader(Redrive.ID) != null) {
            // an event sent back from a dead letter was streamed when it was first published
            return Optional.empty();
        }
        IncomingEvent event;
        try {
            event = IncomingEvent.from(record);
        } catch (PoisonEventException e) {
            return Optional.empty();
        }
        if (!(event.payload() instanceof CaseEvent payload)) {
            return Optional.empty();
        }
        ObjectNode data = Redaction.withoutReporter(MAPPER.valueToTree(payload));
        try {
            String json = MAPPER.writeValueAsString(new CloudEvent("1.0", event.id(),
                    event.source() == null ? "/netra" : event.source(), event.type().type(), payload.caseNumber(),
                    event.time(), "application/json", payload.regionCode(), MAPPER.writeValueAsString(data)));
            return Optional.of(new StreamEvent(event.id(), event.type().type(), payload.caseNumber(),
                    payload.regionCode(), receivedAt, json));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a decoded event is always writable", e);
        }
    }
}
