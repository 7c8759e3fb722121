package id.netra.integration.stream;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.sse.OutboundSseEvent;
import jakarta.ws.rs.sse.Sse;

import io.smallrye.mutiny.Multi;

/** One client's stream as server-sent events, the same for an API client and the console's page. */
public final class StreamSse {

    /** How long a browser's EventSource waits before it reconnects. */
    private static final long RECONNECT_MILLIS = 2000;

    private StreamSse() {
    }

    /**
     * The hub's items for this filter as SSE, ending at {@code expires} (the caller's access token's end), so that
     * the client reconnects with a valid one (a browser's session refreshes it).
     */
    public static Multi<OutboundSseEvent> stream(StreamHub hub, StreamFilter filter, String lastEventId,
            Instant expires, Clock clock, Sse sse) {
        Duration left = Duration.between(clock.instant(), expires);
        return hub.subscribe(filter, lastEventId).select().first(left.isNegative() ? Duration.ZERO : left)
                .map(item -> event(hub, sse, item));
    }

    private static OutboundSseEvent event(StreamHub hub, Sse sse, StreamHub.Item item) {
        if (item instanceof StreamHub.Event event) {
            return sse.newEventBuilder().id(hub.sseId(event.event())).mediaType(MediaType.TEXT_PLAIN_TYPE)
                    .data(event.event().json()).build();
        }
        if (item instanceof StreamHub.Reset) {
            return sse.newEventBuilder().name("reset").mediaType(MediaType.TEXT_PLAIN_TYPE).data("{}").build();
        }
        if (item instanceof StreamHub.Opened) {
            return sse.newEventBuilder().comment("netra stream").reconnectDelay(RECONNECT_MILLIS).build();
        }
        return sse.newEventBuilder().comment("heartbeat").build();
    }
}
