package id.netra.kit.outbox;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;

/**
 * Removes what the outbox and the inbox no longer need, in small batches so that no statement holds many rows or runs
 * long beside the requests: published events older than {@code netra.retention.outbox-age} (the relay is done with
 * them; the broker keeps the record) and processed-event ids older than {@code netra.retention.inbox-age} (the broker
 * can no longer deliver those events again, so there is nothing left to recognise). Every batch first takes one
 * transaction-scoped advisory lock: with two replicas, one removes and the other finds the lock taken and leaves the
 * run to it.
 *
 * <p>
 * The tables' sizes are gauges ({@code netra.table.rows}, estimated by PostgreSQL's statistics, and
 * {@code netra.table.bytes}, with indexes), so a job that stopped working shows as growth.
 */
@ApplicationScoped
public class EventRetention {

    /** The advisory lock every service's retention takes in its own database ("netra-rt" in ASCII). */
    static final long LOCK = 0x6e65747261_2d7274L;
    static final List<String> TABLES = List.of("outbox_event", "inbox_event");

    private static final Logger LOG = Logger.getLogger(EventRetention.class);
    private static final String REMOVE_PUBLISHED = """
            DELETE FROM outbox_event WHERE id IN (
                SELECT id FROM outbox_event
                WHERE published_at IS NOT NULL AND published_at < now() - make_interval(secs => $1)
                ORDER BY published_at LIMIT $2)""";
    private static final String REMOVE_PROCESSED = """
            DELETE FROM inbox_event WHERE event_id IN (
                SELECT event_id FROM inbox_event
                WHERE received_at < now() - make_interval(secs => $1)
                ORDER BY received_at LIMIT $2)""";

    private final Pool pool;
    private final RetentionConfig config;
    private final Map<String, AtomicLong> rows = new ConcurrentHashMap<>();
    private final Map<String, AtomicLong> bytes = new ConcurrentHashMap<>();

    public EventRetention(Pool pool, RetentionConfig config, MeterRegistry registry) {
        this.pool = pool;
        this.config = config;
        for (String table : TABLES) {
            rows.put(table, registry.gauge("netra.table.rows", Tags.of("table", table), new AtomicLong(-1)));
            bytes.put(table, registry.gauge("netra.table.bytes", Tags.of("table", table), new AtomicLong(-1)));
        }
    }

    /** What one run removed; {@code skipped} when another replica held the lock. */
    public record Removed(long outboxEvents, long inboxEvents, boolean skipped) {
    }

    @Scheduled(every = "${netra.retention.interval:1h}", delayed = "${netra.retention.first-delay:5m}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP, skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    Uni<Void> scheduled() {
        if (!config.enabled()) {
            return measure();
        }
        return run()
                .invoke(removed -> {
                    if (removed.outboxEvents() + removed.inboxEvents() > 0) {
                        LOG.infof("Retention removed %d published outbox events and %d processed inbox ids",
                                removed.outboxEvents(), removed.inboxEvents());
                    }
                })
                .onFailure().invoke(failure -> LOG.warnf("Retention run failed, the next run tries again: %s",
                        failure.getMessage()))
                .onFailure().recoverWithNull()
                .flatMap(ignored -> measure());
    }

    /** One run: batches until a batch comes back short, at most {@code max-batches} of each table. */
    public Uni<Removed> run() {
        return drain(REMOVE_PUBLISHED, config.outboxAge(), 0, 0)
                .flatMap(outbox -> outbox < 0 ? Uni.createFrom().item(new Removed(0, 0, true))
                        : drain(REMOVE_PROCESSED, config.inboxAge(), 0, 0)
                                .map(inbox -> inbox < 0 ? new Removed(outbox, 0, true) : new Removed(outbox, inbox, false)));
    }

    /** The removed count, or -1 when another replica holds the lock. */
    private Uni<Long> drain(String statement, Duration age, int batches, long removedSoFar) {
        if (batches >= config.maxBatches()) {
            return Uni.createFrom().item(removedSoFar);
        }
        return pool.withTransaction(connection -> connection.preparedQuery("SELECT pg_try_advisory_xact_lock($1)")
                .execute(Tuple.of(LOCK))
                .flatMap(locked -> {
                    if (!locked.iterator().next().getBoolean(0)) {
                        return Uni.createFrom().item(-1L);
                    }
                    return connection.preparedQuery(statement)
                            .execute(Tuple.of((double) age.toSeconds(), (long) config.batchSize()))
                            .map(result -> (long) result.rowCount());
                }))
                .flatMap(removed -> {
                    if (removed < 0) {
                        return Uni.createFrom().item(removedSoFar == 0 ? -1L : removedSoFar);
                    }
                    if (removed < config.batchSize()) {
                        return Uni.createFrom().item(removedSoFar + removed);
                    }
                    return drain(statement, age, batches + 1, removedSoFar + removed);
                });
    }

    /** Reads the tables' sizes into the gauges; -1 while the database cannot be read. */
    public Uni<Void> measure() {
        return pool.preparedQuery("""
                SELECT c.relname, greatest(c.reltuples, 0)::bigint AS estimated_rows,
                       pg_total_relation_size(c.oid) AS total_bytes
                FROM pg_class c WHERE c.relname::text = ANY($1::text[]) AND c.relkind = 'r'
                  AND c.relnamespace = to_regnamespace(current_schema())""")
                .execute(Tuple.of(TABLES.toArray(String[]::new)))
                .invoke(result -> {
                    for (Row row : result) {
                        String table = row.getString("relname");
                        rows.get(table).set(row.getLong("estimated_rows"));
                        bytes.get(table).set(row.getLong("total_bytes"));
                    }
                })
                .onFailure().invoke(failure -> {
                    LOG.debugf("Table sizes not read: %s", failure.getMessage());
                    rows.values().forEach(value -> value.set(-1));
                    bytes.values().forEach(value -> value.set(-1));
                })
                .onFailure().recoverWithNull().replaceWithVoid();
    }
}
