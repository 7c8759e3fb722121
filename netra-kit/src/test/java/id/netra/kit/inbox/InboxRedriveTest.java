package id.netra.kit.inbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Set;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.smallrye.mutiny.Uni;

import id.netra.contracts.CloudEventHeaders;
import id.netra.contracts.EventType;

/**
 * A redriven dead letter goes back to a topic several services read: only the service it is meant for takes it. The
 * record here cannot be read, so a service that takes it fails on it, and one that leaves it does not.
 */
class InboxRedriveTest {

    private final Inbox clarification = new Inbox(new SimpleMeterRegistry(), "clarification-service");

    @Test
    void shouldLeaveARecordRedrivenForAnotherService() {
        Uni<Void> processed = clarification.process(unreadable("sanction-service"), handler());

        assertThat(processed.await().indefinitely()).isNull();
    }

    @Test
    void shouldTakeARecordRedrivenForItselfAndOneNotRedrivenAtAll() {
        assertThatThrownBy(() -> clarification.process(unreadable("clarification-service"), handler()).await()
                .indefinitely()).isInstanceOf(PoisonEventException.class);
        assertThatThrownBy(() -> clarification.process(unreadable(null), handler()).await().indefinitely())
                .isInstanceOf(PoisonEventException.class);
    }

    /** A case.registered record whose payload is not JSON, redriven for {@code service} (null: not redriven). */
    private static ConsumerRecord<String, String> unreadable(String service) {
        ConsumerRecord<String, String> record = new ConsumerRecord<>("netra.intake.events", 0, 7L, "key", "{not json");
        header(record, CloudEventHeaders.ID, "0193a1b2-0000-7000-8000-000000000001");
        header(record, CloudEventHeaders.TYPE, EventType.CASE_REGISTERED.type());
        if (service != null) {
            header(record, Redrive.ID, "0193a1b2-0000-7000-8000-000000000002");
            header(record, Redrive.FOR, service);
        }
        return record;
    }

    private static void header(ConsumerRecord<String, String> record, String name, String value) {
        record.headers().add(name, value.getBytes(StandardCharsets.UTF_8));
    }

    private static EventHandler handler() {
        return new EventHandler() {
            @Override
            public Set<EventType> handles() {
                return Set.of(EventType.CASE_REGISTERED);
            }

            @Override
            public Uni<Void> handle(IncomingEvent event) {
                throw new AssertionError("an unreadable record never reaches the handler");
            }
        };
    }
}
