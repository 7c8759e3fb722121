package id.netra.integration.stream;

import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.subscription.BackPressureStrategy;
import io.smallrye.mutiny.subscription.MultiEmitter;
import io.vertx.core.Vertx;

import id.netra.kit.problem.Refusal;

/**
 * Hands each event to every client that wants it, never waiting for one: each client has a bounded buffer, and a
 * client that lets it fill is cut off (its browser reconnects with {@code Last-Event-ID}). The last events are kept
 * for such reconnects; a client that missed more than that, or asks for an event this replica never had, is told to
 * start afresh. Replicas each read every event, but each in its own order across partitions: a stream's ids name
 * the replica ({@link #sseId}), and a reconnect that lands on another replica starts afresh rather than trust an
 * order that is not its own.
 */
@ApplicationScoped
public class StreamHub {

    /** What a client's stream carries. */
    public sealed interface Item {
    }

    /** An event. */
    public record Event(StreamEvent event) implements Item {
    }

    /** Nothing happened for a while; the connection is alive. */
    public record Heartbeat() implements Item {
    }

    /** Events were missed that cannot be sent again: reload what you show. */
    public record Reset() implements Item {
    }

    /** The first item: the stream is open. */
    public record Opened() implements Item {
    }

    /**
     * One client's stream and the items it has not taken yet. Its own bounded queue, not an operator's: a client that
     * takes nothing must be cut off at once, whereas a buffering operator would hold its failure until the client
     * took the items before it.
     */
    private final class Client {

        private final StreamFilter filter;
        private final MultiEmitter<? super Item> emitter;
        private final ArrayDeque<Item> pending = new ArrayDeque<>();
        private boolean closed;

        Client(StreamFilter filter, MultiEmitter<? super Item> emitter) {
            this.filter = filter;
            this.emitter = emitter;
        }

        synchronized void offer(Item item) {
            if (closed) {
                return;
            }
            pending.addLast(item);
            if (pending.size() > config.clientBuffer()) {
                closed = true;
                pending.clear();
                clients.remove(this);
                dropped.increment();
                emitter.complete();
                return;
            }
            drain();
        }

        /** Hands over as many items as the client asked for; called again when it asks for more. */
        synchronized void drain() {
            while (!pending.isEmpty() && emitter.requested() > 0 && !emitter.isCancelled()) {
                emitter.emit(pending.removeFirst());
            }
        }
    }

    private final StreamConfig config;
    private final Vertx vertx;
    private final Counter dropped;
    private final Counter published;
    // the recent events and the set of clients change together, so a reconnect sees neither a gap nor a repeat
    private final Object lock = new Object();
    private final ArrayDeque<StreamEvent> recent = new ArrayDeque<>();
    private final Set<Client> clients = ConcurrentHashMap.newKeySet();
    private final String replica = UUID.randomUUID().toString().substring(0, 8);

    public StreamHub(StreamConfig config, Vertx vertx, MeterRegistry registry) {
        this.config = config;
        this.vertx = vertx;
        this.dropped = registry.counter("netra.stream.dropped");
        this.published = registry.counter("netra.stream.events");
        registry.gauge("netra.stream.clients", clients, Set::size);
    }

    public void publish(StreamEvent event) {
        published.increment();
        synchronized (lock) {
            recent.addLast(event);
            Instant oldest = event.receivedAt().minus(config.resumeWindow());
            while (recent.size() > config.resumeMaxEvents() || recent.peekFirst().receivedAt().isBefore(oldest)) {
                recent.removeFirst();
            }
            for (Client client : clients) {
                if (client.filter.matches(event)) {
                    client.offer(new Event(event));
                }
            }
        }
    }

    /**
     * A client's stream from now on, after the events it missed since {@code lastEventId} (null: none). Refused with
     * 503 when this replica serves as many clients as it may.
     */
    public Multi<Item> subscribe(StreamFilter filter, String lastEventId) {
        if (clients.size() >= config.maxClients()) {
            throw Refusal.busy("STREAM_BUSY");
        }
        return Multi.createFrom().<Item> emitter(emitter -> {
            Client client = new Client(filter, emitter);
            emitter.onRequest(requested -> client.drain());
            client.offer(new Opened());
            synchronized (lock) {
                if (lastEventId != null) {
                    List<StreamEvent> missed = after(lastEventId);
                    List<StreamEvent> wanted = missed == null ? null : missed.stream().filter(filter::matches).toList();
                    if (wanted == null || wanted.size() >= config.clientBuffer()) {
                        client.offer(new Reset());
                    } else {
                        wanted.forEach(event -> client.offer(new Event(event)));
                    }
                }
                clients.add(client);
            }
            long timer = vertx.setPeriodic(config.heartbeat().toMillis(), id -> client.offer(new Heartbeat()));
            emitter.onTermination(() -> {
                clients.remove(client);
                vertx.cancelTimer(timer);
            });
        }, BackPressureStrategy.ERROR);
    }

    /** The id a stream gives the event: this replica's, then the event's own (the CloudEvent's, in the data too). */
    public String sseId(StreamEvent event) {
        return replica + ":" + event.id();
    }

    /** The events after the one with this stream id, oldest first; null if it is not this replica's recent one. */
    private List<StreamEvent> after(String lastEventId) {
        if (!lastEventId.startsWith(replica + ":")) {
            return null;
        }
        String eventId = lastEventId.substring(replica.length() + 1);
        List<StreamEvent> missed = new ArrayList<>();
        for (Iterator<StreamEvent> newestFirst = recent.descendingIterator(); newestFirst.hasNext();) {
            StreamEvent event = newestFirst.next();
            if (event.id().equals(eventId)) {
                Collections.reverse(missed);
                return missed;
            }
            missed.add(event);
        }
        return null;
    }

    int clients() {
        return clients.size();
    }
}
