package id.netra.integration.feed;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.jboss.logging.Logger;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.pgclient.pubsub.PgSubscriber;

import id.netra.kit.db.DatabaseConnections;

/**
 * Wakes long-polling readers when any replica appends to the feed: the append notifies at its commit, and every
 * replica listens. A reader takes {@link #next()} before it reads, so an event committed in between still wakes it.
 */
@ApplicationScoped
public class FeedSignal {

    static final String CHANNEL = "netra_feed";
    private static final Logger LOG = Logger.getLogger(FeedSignal.class);

    private final Vertx vertx;
    private final DatabaseConnections connections;
    private final AtomicReference<CompletableFuture<Void>> next = new AtomicReference<>(new CompletableFuture<>());
    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();
    private volatile PgSubscriber subscriber;

    public FeedSignal(Vertx vertx, DatabaseConnections connections) {
        this.vertx = vertx;
        this.connections = connections;
    }

    void onStart(@Observes StartupEvent event) {
        subscriber = PgSubscriber.subscriber(vertx, connections.options()).reconnectPolicy(retries -> 1_000L);
        subscriber.channel(CHANNEL).handler(payload -> fire());
        subscriber.connect().subscribe().with(ok -> fire(),
                failure -> LOG.warnf("Feed LISTEN failed (%s); long polls wait their full time", failure.getMessage()));
    }

    void onStop(@Observes ShutdownEvent event) {
        if (subscriber != null) {
            subscriber.close().subscribe().with(ok -> {
            }, failure -> {
            });
        }
    }

    /** Completes at the next append after this call. */
    public CompletableFuture<Void> next() {
        return next.get();
    }

    /** Runs {@code listener} after every append (on the listening connection's thread: it must not block). */
    public void onAppend(Runnable listener) {
        listeners.add(listener);
    }

    private void fire() {
        next.getAndSet(new CompletableFuture<>()).complete(null);
        listeners.forEach(Runnable::run);
    }
}
