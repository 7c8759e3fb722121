package id.netra.kit.outbox;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.apache.kafka.common.header.internals.RecordHeaders;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.jboss.logging.Logger;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.pgclient.pubsub.PgSubscriber;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;

import id.netra.contracts.CloudEventHeaders;
import id.netra.contracts.EventType;
import id.netra.kit.db.DatabaseConnections;

/**
 * Publishes outbox events to Kafka as CloudEvents (binary mode) and marks them published once Kafka acknowledged
 * them. Wakes at once on the outbox's NOTIFY and also sweeps on a timer. Safe with several replicas: rows are taken
 * with {@code FOR UPDATE SKIP LOCKED}, and only the oldest unpublished event of each case is eligible, so a case's
 * events leave in order even when two replicas relay at the same time.
 */
@ApplicationScoped
public class OutboxRelay {

    static final String CHANNEL = "netra_outbox";
    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);
    /**
     * The oldest unpublished event of up to $1 cases that no other relay holds, and the later unpublished events of
     * those cases: all of a case's waiting events leave in one batch, in order. Another relay never takes those later
     * events, because each still has an earlier unpublished event of its case (the head this relay locked).
     */
    private static final String TAKE = """
            WITH heads AS (
                SELECT o.aggregate_id
                FROM outbox_event o
                WHERE o.published_at IS NULL
                  AND NOT EXISTS (SELECT 1 FROM outbox_event e
                                  WHERE e.aggregate_id = o.aggregate_id AND e.published_at IS NULL AND e.seq < o.seq)
                ORDER BY o.seq
                LIMIT $1
                FOR UPDATE SKIP LOCKED)
            SELECT o.id, o.aggregate_id, o.subject, o.type, o.payload, o.occurred_at, (SELECT count(*) FROM heads) AS heads
            FROM outbox_event o
            WHERE o.published_at IS NULL AND o.aggregate_id IN (SELECT aggregate_id FROM heads)
            ORDER BY o.seq
            FOR UPDATE OF o""";

    private final Pool pool;
    private final Vertx vertx;
    private final MutinyEmitter<String> emitter;
    private final EventsConfig config;
    private final Counter published;
    private final DatabaseConnections connections;
    private final AtomicInteger draining = new AtomicInteger();
    private final AtomicBoolean again = new AtomicBoolean();
    private volatile PgSubscriber subscriber;
    private volatile boolean stopped;

    public OutboxRelay(Pool pool, Vertx vertx, @Channel("netra-events-out") MutinyEmitter<String> emitter,
            EventsConfig config, MeterRegistry registry, DatabaseConnections connections) {
        this.pool = pool;
        this.vertx = vertx;
        this.emitter = emitter;
        this.config = config;
        this.published = registry.counter("netra.outbox.published");
        this.connections = connections;
    }

    void onStart(@Observes StartupEvent event) {
        if (!config.relayEnabled()) {
            return;
        }
        subscriber = PgSubscriber.subscriber(vertx, connections.options()).reconnectPolicy(retries -> 1_000L);
        subscriber.channel(CHANNEL).handler(payload -> wake());
        subscriber.connect().subscribe().with(ok -> wake(),
                failure -> LOG.warnf("Outbox LISTEN failed (%s); the sweep still publishes", failure.getMessage()));
    }

    void onStop(@Observes ShutdownEvent event) {
        stopped = true;
        if (subscriber != null) {
            subscriber.close().subscribe().with(ok -> {
            }, failure -> {
            });
        }
    }

    // not before the application runs: the emitter is wired only then
    @Scheduled(every = "${netra.events.sweep-interval:2s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP, skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void sweep() {
        wake();
    }

    /**
     * Starts a drain unless {@code relay-concurrency} drains run already; then a drain that ends goes round once more.
     * A second drain takes what was committed while the first waits for Kafka, instead of letting it wait a round.
     */
    public void wake() {
        if (!config.relayEnabled() || stopped) {
            return;
        }
        again.set(true);
        for (int running = draining.get(); running < config.relayConcurrency(); running = draining.get()) {
            if (draining.compareAndSet(running, running + 1)) {
                again.set(false);
                drain().subscribe().with(count -> finish(), failure -> {
                    LOG.warnf("Outbox relay paused: %s", failure.getMessage());
                    draining.decrementAndGet();
                });
                return;
            }
        }
    }

    private void finish() {
        draining.decrementAndGet();
        if (again.get()) {
            Infrastructure.getDefaultExecutor().execute(this::wake);
        }
    }

    /**
     * Publishes batches until none is left; emits how many events went out. Several drains may run at once (as two
     * replicas would): each event still leaves once, and a case's events in order. A batch of fewer cases than the
     * batch size took all there was, so no empty round follows it: an event committed since then has notified, and
     * {@link #wake} goes round again.
     */
    public Uni<Integer> drain() {
        return batch().chain(batch -> !batch.full() || stopped ? Uni.createFrom().item(batch.events())
                : drain().map(rest -> rest + batch.events()));
    }

    private record Batch(int events, boolean full) {
    }

    private Uni<Batch> batch() {
        return pool.withTransaction(connection -> take(connection).chain(rows -> {
            if (rows.isEmpty()) {
                return Uni.createFrom().item(new Batch(0, false));
            }
            boolean full = rows.get(0).getLong("heads") >= config.batchSize();
            List<Uni<Void>> sends = new ArrayList<>();
            List<UUID> ids = new ArrayList<>();
            for (Row row : rows) {
                sends.add(send(row));
                ids.add(row.getUUID("id"));
            }
            return Uni.join().all(sends).andFailFast()
                    .chain(() -> connection
                            .preparedQuery("UPDATE outbox_event SET published_at = now() WHERE id = ANY($1)")
                            .execute(Tuple.of(ids.toArray(UUID[]::new))))
                    .invoke(() -> published.increment(ids.size()))
                    .map(result -> new Batch(ids.size(), full));
        }));
    }

    private Uni<List<Row>> take(SqlConnection connection) {
        return connection.preparedQuery(TAKE).execute(Tuple.of(config.batchSize())).map(rows -> {
            List<Row> list = new ArrayList<>();
            rows.forEach(list::add);
            return list;
        });
    }

    private Uni<Void> send(Row row) {
        RecordHeaders headers = new RecordHeaders();
        header(headers, CloudEventHeaders.SPEC_VERSION, CloudEventHeaders.SPEC_VERSION_VALUE);
        header(headers, CloudEventHeaders.ID, row.getUUID("id").toString());
        header(headers, CloudEventHeaders.SOURCE, config.source());
        header(headers, CloudEventHeaders.TYPE, row.getString("type"));
        header(headers, CloudEventHeaders.SUBJECT, row.getString("subject"));
        OffsetDateTime time = row.getOffsetDateTime("occurred_at");
        header(headers, CloudEventHeaders.TIME, DateTimeFormatter.ISO_INSTANT.format(time.toInstant()));
        header(headers, CloudEventHeaders.CONTENT_TYPE, CloudEventHeaders.JSON);
        OutgoingKafkaRecordMetadata.OutgoingKafkaRecordMetadataBuilder<String> metadata = OutgoingKafkaRecordMetadata
                .<String> builder().withKey(row.getString("aggregate_id")).withHeaders(headers);
        // each type has its topic (a service's own, or the rules'); the channel's topic is only the fallback
        EventType.fromType(row.getString("type")).map(EventType::topic).ifPresent(metadata::withTopic);
        return emitter.sendMessage(Message.of(row.getString("payload")).addMetadata(metadata.build()));
    }

    private static void header(RecordHeaders headers, String name, String value) {
        headers.add(name, value.getBytes(StandardCharsets.UTF_8));
    }
}
