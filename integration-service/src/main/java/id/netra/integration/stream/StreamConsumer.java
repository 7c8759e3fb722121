package id.netra.integration.stream;

import java.time.Clock;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import io.smallrye.mutiny.Uni;

/**
 * Transport only: every record of the three services' topics, as this replica reads it, to the hub. The channel has a
 * group of its own per replica, starts at the newest records and commits nothing: a live view, not a consumer that
 * must see each event once (the feed is that).
 */
@ApplicationScoped
public class StreamConsumer {

    private final StreamHub hub;
    private final Clock clock;

    public StreamConsumer(StreamHub hub, Clock clock) {
        this.hub = hub;
        this.clock = clock;
    }

    @Incoming("stream-events")
    public Uni<Void> onRecord(ConsumerRecord<String, String> record) {
        StreamEvent.of(record, clock.instant()).ifPresent(hub::publish);
        return Uni.createFrom().voidItem();
    }
}
