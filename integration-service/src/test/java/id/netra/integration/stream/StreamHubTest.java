package id.netra.integration.stream;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.smallrye.mutiny.helpers.test.AssertSubscriber;
import io.vertx.core.Vertx;

/** The hub alone: a client that does not read is cut off without holding up the others, and a reconnect resumes. */
class StreamHubTest {

    private static final int BUFFER = 8;

    private final Vertx vertx = Vertx.vertx();
    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    private final StreamHub hub = new StreamHub(config(), vertx, registry);

    @AfterEach
    void closeVertx() {
        vertx.close();
    }

    @Test
    void shouldCutOffAClientThatStopsReadingAndKeepServingTheOthers() {
        AssertSubscriber<StreamHub.Item> stuck = hub.subscribe(all(), null).subscribe()
                .withSubscriber(AssertSubscriber.create(0));
        AssertSubscriber<StreamHub.Item> reading = hub.subscribe(all(), null).subscribe()
                .withSubscriber(AssertSubscriber.create(Long.MAX_VALUE));

        for (int i = 0; i < BUFFER + 5; i++) {
            hub.publish(event("e" + i));
        }

        stuck.assertCompleted();
        assertThat(stuck.getItems()).isEmpty();
        assertThat(reading.getItems()).filteredOn(StreamHub.Event.class::isInstance).hasSize(BUFFER + 5);
        assertThat(hub.clients()).isEqualTo(1);
        assertThat(registry.counter("netra.stream.dropped").count()).isEqualTo(1);
    }

    @Test
    void shouldResumeAfterTheLastEventIdWithNeitherGapNorRepeatAndResetWhenTooFarBehind() {
        for (int i = 0; i < 5; i++) {
            hub.publish(event("e" + i));
        }

        AssertSubscriber<StreamHub.Item> resumed = hub.subscribe(all(), hub.sseId(event("e2"))).subscribe()
                .withSubscriber(AssertSubscriber.create(Long.MAX_VALUE));
        hub.publish(event("e5"));
        assertThat(ids(resumed.getItems())).containsExactly("e3", "e4", "e5");

        for (int i = 6; i < 6 + BUFFER + 1; i++) {
            hub.publish(event("e" + i));
        }
        AssertSubscriber<StreamHub.Item> behind = hub.subscribe(all(), hub.sseId(event("e5"))).subscribe()
                .withSubscriber(AssertSubscriber.create(Long.MAX_VALUE));
        assertThat(behind.getItems()).hasSize(2).last().isInstanceOf(StreamHub.Reset.class);

        // another replica's id: its order of the partitions is not this one's
        AssertSubscriber<StreamHub.Item> elsewhere = hub.subscribe(all(), "0000beef:e14").subscribe()
                .withSubscriber(AssertSubscriber.create(Long.MAX_VALUE));
        assertThat(elsewhere.getItems()).hasSize(2).last().isInstanceOf(StreamHub.Reset.class);
    }

    private static List<String> ids(List<StreamHub.Item> items) {
        return items.stream().filter(StreamHub.Event.class::isInstance).map(i -> ((StreamHub.Event) i).event().id())
                .toList();
    }

    private static StreamFilter all() {
        return new StreamFilter(List.of(), null, null, null);
    }

    private static StreamEvent event(String id) {
        return new StreamEvent(id, "id.netra.case.registered.v1", "64.71-2026-000001", "64.71", Instant.now(), "{}");
    }

    private static StreamConfig config() {
        return new StreamConfig() {
            @Override
            public Duration heartbeat() {
                return Duration.ofHours(1);
            }

            @Override
            public Duration resumeWindow() {
                return Duration.ofMinutes(5);
            }

            @Override
            public int resumeMaxEvents() {
                return 100;
            }

            @Override
            public int clientBuffer() {
                return BUFFER;
            }

            @Override
            public int maxClients() {
                return 10;
            }
        };
    }
}
