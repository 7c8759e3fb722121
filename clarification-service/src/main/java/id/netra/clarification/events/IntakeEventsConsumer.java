package id.netra.clarification.events;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import io.smallrye.mutiny.Uni;

import id.netra.kit.inbox.Inbox;

/** Reads intake's events; the record is acknowledged only after the inbox transaction committed. */
@ApplicationScoped
public class IntakeEventsConsumer {

    private final Inbox inbox;
    private final IntakeEventHandler handler;

    public IntakeEventsConsumer(Inbox inbox, IntakeEventHandler handler) {
        this.inbox = inbox;
        this.handler = handler;
    }

    @Incoming("case-events")
    public Uni<Void> consume(ConsumerRecord<String, String> record) {
        return inbox.process(record, handler);
    }
}
