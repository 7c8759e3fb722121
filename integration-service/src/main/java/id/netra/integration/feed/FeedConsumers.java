package id.netra.integration.feed;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import io.smallrye.mutiny.Uni;

import id.netra.kit.inbox.Inbox;

/** Transport only: hands the three services' events to the inbox, which appends each to the feed exactly once. */
@ApplicationScoped
public class FeedConsumers {

    private final Inbox inbox;
    private final FeedProjector projector;

    public FeedConsumers(Inbox inbox, FeedProjector projector) {
        this.inbox = inbox;
        this.projector = projector;
    }

    @Incoming("intake-events")
    public Uni<Void> onIntake(ConsumerRecord<String, String> record) {
        return inbox.process(record, projector);
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
