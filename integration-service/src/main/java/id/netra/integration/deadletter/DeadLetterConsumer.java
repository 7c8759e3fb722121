package id.netra.integration.deadletter;

import java.time.Clock;
import java.time.Duration;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import io.smallrye.mutiny.Uni;

import id.netra.kit.inbox.Inbox;

/**
 * Transport only: collects what each service's consumers parked on its dead-letter topic. A record is stored once
 * (by topic, partition and offset) and acknowledged only then; the database being away is waited out, never parked.
 */
@ApplicationScoped
public class DeadLetterConsumer {

    private final DeadLetterStore store;
    private final Clock clock;

    public DeadLetterConsumer(DeadLetterStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    @Incoming("dead-letters")
    public Uni<Void> onRecord(ConsumerRecord<String, String> record) {
        DeadLetter letter = DeadLetter.of(record);
        return Uni.createFrom().deferred(() -> store.collect(letter, clock.instant()))
                .onFailure(Inbox::isTransient).retry().withBackOff(Duration.ofMillis(200), Duration.ofSeconds(10))
                .indefinitely();
    }
}
