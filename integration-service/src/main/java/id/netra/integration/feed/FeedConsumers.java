package id.netra.integration.feed;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.reactive.messaging.Incoming;

import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;

import id.netra.kit.inbox.Inbox;

/**
 * Transport only: hands the three services' events to the inbox a poll at a time; it appends each to the feed exactly
 * once, a poll's events in one commit.
 */
@ApplicationScoped
public class FeedConsumers {

    private final Inbox inbox;
    private final FeedProjector projector;

    public FeedConsumers(Inbox inbox, FeedProjector projector) {
        this.inbox = inbox;
        this.projector = projector;
    }

    @Incoming("intake-events")
    public Uni<Void> onIntake(KafkaRecordBatch<String, String> batch) {
        return inbox.processBatch(batch, projector);
    }

    @Incoming("clarification-events")
    public Uni<Void> onClarification(KafkaRecordBatch<String, String> batch) {
        return inbox.processBatch(batch, projector);
    }

    @Incoming("sanction-events")
    public Uni<Void> onSanction(KafkaRecordBatch<String, String> batch) {
        return inbox.processBatch(batch, projector);
    }
}
