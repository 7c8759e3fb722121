package id.netra.intake.timeline;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import io.smallrye.mutiny.Uni;

import id.netra.kit.inbox.Inbox;

/** Transport only: hands the other services' events to the inbox, which runs the projector exactly once. */
@ApplicationScoped
public class EventConsumers {

    private final Inbox inbox;
    private final TimelineProjector projector;

    public EventConsumers(Inbox inbox, TimelineProjector projector) {
        this.inbox = inbox;
        this.projector = projector;
    }

    @Incoming("clarification-events")
    public Uni<Void> onClarification(ConsumerRecord<String, String> record) {
        return inbox.process(record, projector);
    }

    @Incoming("sanction-events")
    public Uni<Void> onSanction(ConsumerRecord<String, String> record) {
        return inbox.process(record, projector);
    }
}
