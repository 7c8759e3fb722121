package id.netra.kit.inbox;

import java.time.Instant;

import id.netra.contracts.CaseEvent;
import id.netra.contracts.EventType;

/** An event read from Kafka: its CloudEvents attributes and the decoded payload. */
public record IncomingEvent(String id, EventType type, String source, String subject, Instant time, CaseEvent payload) {
}
