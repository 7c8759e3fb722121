package id.netra.kit.outbox;

import java.util.concurrent.atomic.AtomicLong;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;

/**
 * How many events wait in the outbox and how old the oldest is, as gauges ({@code netra.outbox.pending},
 * {@code netra.outbox.oldest.seconds}): a relay that cannot reach Kafka shows here first. Counted on a timer, not on
 * each scrape, so that many readers cost one query; -1 until the first count and while the database cannot be read.
 */
@ApplicationScoped
public class OutboxBacklog {

    private static final Logger LOG = Logger.getLogger(OutboxBacklog.class);

    private final Pool pool;
    private final AtomicLong pending = new AtomicLong(-1);
    private final AtomicLong oldestSeconds = new AtomicLong(-1);

    public OutboxBacklog(Pool pool, MeterRegistry registry) {
        this.pool = pool;
        registry.gauge("netra.outbox.pending", pending, AtomicLong::get);
        registry.gauge("netra.outbox.oldest.seconds", oldestSeconds, AtomicLong::get);
    }

    @Scheduled(every = "${netra.events.backlog-interval:10s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP, skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    Uni<Void> count() {
        return pool.query("""
                SELECT count(*) AS pending,
                       coalesce(extract(epoch FROM now() - min(occurred_at)), 0)::bigint AS oldest
                FROM outbox_event WHERE published_at IS NULL""").execute()
                .invoke(rows -> {
                    var row = rows.iterator().next();
                    pending.set(row.getLong("pending"));
                    oldestSeconds.set(row.getLong("oldest"));
                })
                .onFailure().invoke(failure -> {
                    LOG.debugf("Outbox backlog not counted: %s", failure.getMessage());
                    pending.set(-1);
                    oldestSeconds.set(-1);
                })
                .onFailure().recoverWithNull().replaceWithVoid();
    }

    /** The last count; -1 if there is none. */
    public long pending() {
        return pending.get();
    }
}
