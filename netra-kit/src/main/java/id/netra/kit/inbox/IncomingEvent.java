package id.netra.kit.inbox;

import java.time.Instant;

import id.netra.contracts.CaseEvent;
import id.netra.contracts.EventType;
import id.netra.contracts.NetraEvent;

/** An event read from Kafka: its CloudEvents attributes and the decoded payload. */
public record IncomingEvent(String id, EventType type, String source, String subject, Instant time, NetraEvent payload) {

    /** The payload of a case's event; a handler calls it only for the case event types it handles. */
    public CaseEvent caseEvent() {
        return (CaseEvent) payload;
    }
}
