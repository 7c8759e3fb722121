package id.netra.contracts;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/** Turns payloads into the JSON of a Kafka record value and back, the same way in every service and partner. */
public final class EventCodec {

    private final ObjectMapper mapper = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            // a newer producer may add fields; an older consumer must still read the event
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    public String toJson(NetraEvent event) {
        try {
            return mapper.writeValueAsString(event);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Event cannot be serialised: " + event.getClass().getSimpleName(), e);
        }
    }

    /** Reads a payload of the given CloudEvents type; fails with {@link MalformedEventException} if it cannot. */
    public NetraEvent fromJson(String type, String json) {
        EventType eventType = EventType.fromType(type)
                .orElseThrow(() -> new MalformedEventException("unknown event type '" + type + "'"));
        if (json == null || json.isBlank()) {
            throw new MalformedEventException("empty payload for " + type);
        }
        try {
            NetraEvent event = mapper.readValue(json, eventType.payloadType());
            if (event instanceof CaseEvent caseEvent && (caseEvent.caseId() == null || caseEvent.caseNumber() == null
                    || caseEvent.regionCode() == null)) {
                throw new MalformedEventException("payload of " + type + " lacks caseId, caseNumber or regionCode");
            }
            if (event.key() == null) {
                throw new MalformedEventException("payload of " + type + " lacks its key");
            }
            if (event instanceof RulesChanged rules && rules.version() == null) {
                throw new MalformedEventException("payload of " + type + " lacks its rules version");
            }
            return event;
        } catch (JsonProcessingException e) {
            throw new MalformedEventException("payload of " + type + " is not valid: " + e.getOriginalMessage());
        }
    }

    /** An event that no retry can make readable. */
    public static class MalformedEventException extends RuntimeException {
        public MalformedEventException(String message) {
            super(message);
        }
    }
}
