package id.netra.sanction.events;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import io.smallrye.mutiny.Uni;

import id.netra.kit.inbox.Inbox;

/** Reads the clarification service's events; the record is acknowledged only after its effect has committed. */
@ApplicationScoped
public class ConclusionConsumer {

    private final Inbox inbox;
    private final ConclusionHandler handler;

    public ConclusionConsumer(Inbox inbox, ConclusionHandler handler) {
        this.inbox = inbox;
        this.handler = handler;
    }

    @Incoming("clarification-events")
    public Uni<Void> consume(ConsumerRecord<String, String> record) {
        return inbox.process(record, handler);
    }
}
