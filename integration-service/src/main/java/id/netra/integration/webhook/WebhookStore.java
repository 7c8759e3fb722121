package id.netra.integration.webhook;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;

import id.netra.contracts.WebhookDisabled;
import id.netra.kit.id.Ids;
import id.netra.kit.outbox.Outbox;

/** The subscriptions, their secrets, deliveries and attempts, in SQL that is safe with several replicas. */
@ApplicationScoped
public class WebhookStore {

    static final String DISABLED = "DISABLED";
    /** How many of a subscription's oldest pending deliveries one claim looks at. */
    static final int WINDOW = 200;

    /** Feed events within a subscription's region scope and types; $s is the subscription's alias {@code s}. */
    private static final String IN_SCOPE = """
            (s.scope_region IS NULL OR f.region_code = s.scope_region
                 OR (length(s.scope_region) = 2 AND f.province_code = s.scope_region))
             AND (s.types IS NULL OR f.type = ANY(s.types))""";

    /**
     * Queues, for every active subscription no other replica is queueing for, the feed events after its position up
     * to the feed's head, and moves the position there when the head is past it. The feed is gap-free, so no event below the
     * head can appear
     * later and each event is queued once.
     * <p>
     * The deliveries that may go at once are leased to this replica in the same statement and returned with what they
     * send, so a healthy subscriber's event needs no further query before it leaves: those of a subscription that is
     * not failing and not in $3 (this replica has enough waiting for it), the first of their case with no earlier
     * delivery of the case pending, at most $4 per subscription. The rest wait for {@link #claim}; the one row always
     * returned counts those of healthy subscriptions ($1 = now, $2 = the lease's end).
     */
    static final String QUEUE = """
            -- NO KEY: each attempt logged holds its subscription KEY SHARE through the foreign key, which a plain
            -- FOR UPDATE conflicts with: queueing would skip those subscribers and the logging wait for the queueing
            WITH subs AS (SELECT id, scope_region, types, after_seq, url, failing_since FROM webhook_subscription
                          WHERE status = 'ACTIVE' FOR NO KEY UPDATE SKIP LOCKED),
                 head AS (SELECT coalesce(max(seq), 0) AS seq FROM feed_event),
                 fresh AS MATERIALIZED (
                     SELECT s.id AS subscription_id, f.seq, f.event_id, f.subject,
                            s.failing_since IS NULL AND NOT (s.id = ANY($3))
                                AND row_number() OVER (PARTITION BY s.id, f.subject ORDER BY f.seq) = 1
                                AND NOT EXISTS (SELECT 1 FROM webhook_delivery p
                                                WHERE p.subscription_id = s.id AND p.subject = f.subject
                                                  AND p.status = 'PENDING') AS may_go,
                            s.failing_since IS NULL AS healthy
                     FROM subs s
                     -- each subscription reads only its new events, off the index: as a plain join (or without
                     -- the OFFSET, which keeps the planner from flattening it into one) the whole feed is read
                     CROSS JOIN LATERAL (SELECT * FROM feed_event e
                                         WHERE e.seq > s.after_seq AND e.seq <= (SELECT seq FROM head) OFFSET 0) f
                     WHERE """ + IN_SCOPE + """
            ),
                 ranked AS (
                     SELECT *, may_go AND row_number() OVER (PARTITION BY subscription_id, may_go ORDER BY seq) <= $4
                                   AS hot
                     FROM fresh),
                 queued AS (
                     INSERT INTO webhook_delivery (id, subscription_id, seq, event_id, subject, status, next_attempt_at,
                                                   lease_until)
                     SELECT gen_random_uuid(), subscription_id, seq, event_id, subject, 'PENDING', $1,
                            CASE WHEN hot THEN $2::timestamptz END
                     FROM ranked
                     ON CONFLICT (subscription_id, event_id) DO NOTHING
                     RETURNING id, subscription_id, event_id, attempts, lease_until IS NOT NULL AS hot),
                 moved AS (
                     UPDATE webhook_subscription w SET after_seq = (SELECT seq FROM head)
                       FROM subs WHERE w.id = subs.id AND subs.after_seq < (SELECT seq FROM head))
            SELECT (SELECT count(*) FROM queued q JOIN ranked r USING (subscription_id, event_id)
                    WHERE NOT q.hot AND r.healthy) AS waiting,
                   q.id, q.subscription_id, q.event_id, q.attempts, s.url, f.type, f.source, f.subject, f.region_code,
                   f.occurred_at, f.data
            FROM (SELECT 1) one
            LEFT JOIN queued q ON q.hot
            LEFT JOIN subs s ON s.id = q.subscription_id
            LEFT JOIN feed_event f ON f.event_id = q.event_id""";

    /**
     * Leases due deliveries until $2 ($1 = now). Per active subscription not in $3 (this replica has enough in flight
     * for them), it looks at the oldest {@value #WINDOW} pending deliveries only, so that a subscriber with a long
     * backlog (a dead receiver) costs no more than one with a short one; of each case only the oldest pending one
     * (a case's events arrive in order), at most $4 per subscription. A failing subscriber gets one delivery at a
     * time, a probe: its receiver is not flooded while down, and the first success lets the rest go.
     */
    private static final String CLAIM = """
            WITH window_rows AS MATERIALIZED (
                SELECT w.id, w.subscription_id, w.seq, w.next_attempt_at, w.lease_until,
                       s.failing_since IS NOT NULL AS failing,
                       row_number() OVER (PARTITION BY w.subscription_id, w.subject ORDER BY w.seq) AS in_case
                FROM webhook_subscription s
                CROSS JOIN LATERAL (SELECT d.id, d.subscription_id, d.subject, d.seq, d.next_attempt_at, d.lease_until
                                    FROM webhook_delivery d
                                    WHERE d.subscription_id = s.id AND d.status = 'PENDING'
                                    ORDER BY d.seq LIMIT %d) w
                WHERE s.status = 'ACTIVE' AND NOT (s.id = ANY($3))),
                 held AS (
                SELECT subscription_id, count(*) AS n FROM window_rows WHERE lease_until >= $1 GROUP BY subscription_id),
                 due AS MATERIALIZED (
                SELECT id, subscription_id, failing, row_number() OVER (PARTITION BY subscription_id ORDER BY seq) AS rank
                FROM window_rows
                WHERE in_case = 1 AND next_attempt_at <= $1 AND (lease_until IS NULL OR lease_until < $1)),
                 chosen AS (
                SELECT d.id, due.failing FROM webhook_delivery d
                JOIN due ON due.id = d.id
                LEFT JOIN held ON held.subscription_id = due.subscription_id
                WHERE d.status = 'PENDING' AND (d.lease_until IS NULL OR d.lease_until < $1)
                  AND due.rank <= CASE WHEN due.failing THEN 1 - coalesce(held.n, 0) ELSE $4 END
                -- a row another statement holds (its outcome being recorded) is skipped, never waited for
                FOR UPDATE OF d SKIP LOCKED)
            UPDATE webhook_delivery d SET lease_until = $2
              FROM chosen
             WHERE d.id = chosen.id
            RETURNING d.id, d.subscription_id, d.event_id, d.attempts, chosen.failing""".formatted(WINDOW);

    /** What the leased deliveries $1 send: to where, and the event (none when retention removed it meanwhile). */
    private static final String DETAILS = """
            SELECT d.id, s.url, f.event_id, f.type, f.source, f.subject, f.region_code, f.occurred_at, f.data
            FROM webhook_delivery d
            JOIN webhook_subscription s ON s.id = d.subscription_id
            LEFT JOIN feed_event f ON f.event_id = d.event_id
            WHERE d.id = ANY($1)""";

    private final Pool pool;
    private final Outbox outbox;

    public WebhookStore(Pool pool, Outbox outbox) {
        this.pool = pool;
        this.outbox = outbox;
    }

    /** A subscription as stored. */
    public record Subscription(UUID id, String owner, String scopeRegion, String url, List<String> types,
            String status, String disabledReason, Instant disabledAt, Instant createdAt) {
    }

    /** A leased delivery, with what it sends; a probe is one to a failing subscriber. */
    public record Claimed(UUID id, UUID subscriptionId, String eventId, int attempts, boolean probe,
            Details details) {

        Claimed with(Details found) {
            return new Claimed(id, subscriptionId, eventId, attempts, probe, found);
        }
    }

    /** What a leased delivery sends: to where, and the event (null when retention removed it meanwhile). */
    public record Details(String url, FeedEventRow event) {
    }

    public record FeedEventRow(String id, String type, String source, String subject, String regionCode,
            Instant time, String data) {
    }

    /** One attempt of the delivery log. */
    public record Attempt(String eventId, Instant attemptedAt, Integer statusCode, int latencyMs, String error) {
    }

    public Uni<Subscription> create(String owner, String scope, String url, List<String> types, byte[] sealedSecret,
            Instant now) {
        UUID id = Ids.uuidV7();
        return pool.withTransaction(connection -> connection.preparedQuery("""
                INSERT INTO webhook_subscription (id, owner, scope_region, url, types, status, after_seq, created_at)
                VALUES ($1, $2, $3, $4, $5, 'ACTIVE', (SELECT coalesce(max(seq), 0) FROM feed_event), $6)""")
                .execute(Tuple.tuple(java.util.Arrays.asList(id, owner, scope, url, nullable(types), at(now))))
                .chain(() -> insertSecret(connection, id, sealedSecret, now)))
                .chain(() -> find(id));
    }

    public Uni<Subscription> find(UUID id) {
        return pool.preparedQuery("SELECT * FROM webhook_subscription WHERE id = $1").execute(Tuple.of(id))
                .map(rows -> rows.size() == 0 ? null : subscription(rows.iterator().next()));
    }

    /** The owner's subscriptions, or every one for null; oldest first. */
    public Uni<List<Subscription>> list(String owner) {
        return pool.preparedQuery("SELECT * FROM webhook_subscription WHERE $1::text IS NULL OR owner = $1 "
                + "ORDER BY created_at, id").execute(Tuple.of(owner)).map(rows -> map(rows, WebhookStore::subscription));
    }

    public Uni<Boolean> delete(UUID id) {
        return pool.preparedQuery("DELETE FROM webhook_subscription WHERE id = $1").execute(Tuple.of(id))
                .map(rows -> rows.rowCount() == 1);
    }

    /** A new secret; the secrets in use until now go on signing until {@code oldUntil}. */
    public Uni<Void> rotate(UUID id, byte[] sealedSecret, Instant now, Instant oldUntil) {
        return pool.withTransaction(connection -> connection.preparedQuery(
                "UPDATE webhook_secret SET expires_at = $2 WHERE subscription_id = $1 AND (expires_at IS NULL "
                        + "OR expires_at > $2)")
                .execute(Tuple.of(id, at(oldUntil)))
                .chain(() -> insertSecret(connection, id, sealedSecret, now)));
    }

    /** The sealed secrets that sign at {@code now}, newest first. */
    public Uni<List<byte[]>> secrets(UUID subscriptionId, Instant now) {
        return pool.preparedQuery("SELECT sealed FROM webhook_secret WHERE subscription_id = $1 AND "
                + "(expires_at IS NULL OR expires_at > $2) ORDER BY created_at DESC, id DESC")
                .execute(Tuple.of(subscriptionId, at(now)))
                .map(rows -> map(rows, row -> row.getBuffer("sealed").getBytes()));
    }

    /** What one queueing leased for this replica, and how many deliveries of healthy subscribers wait for a claim. */
    public record Queued(List<Claimed> leased, long waiting) {
    }

    /**
     * Queues the new events for every subscription; leases to this replica, with what they send, those that may go
     * at once, except for the subscriptions in {@code busy}, at most {@code perSubscription} each.
     */
    public Uni<Queued> queue(Instant now, Instant leaseUntil, List<UUID> busy, int perSubscription) {
        return pool.withTransaction(connection -> connection.preparedQuery(QUEUE)
                .execute(Tuple.of(at(now), at(leaseUntil), busy.toArray(UUID[]::new), perSubscription)))
                .map(rows -> {
                    long waiting = 0;
                    List<Claimed> leased = new ArrayList<>();
                    for (Row row : rows) {
                        waiting = row.getLong("waiting");
                        if (row.getUUID("id") != null) {
                            leased.add(new Claimed(row.getUUID("id"), row.getUUID("subscription_id"),
                                    row.getString("event_id"), row.getInteger("attempts"), false, details(row)));
                        }
                    }
                    return new Queued(leased, waiting);
                });
    }

    /** Leases due deliveries and reads what they send, in two statements for the whole batch. */
    public Uni<List<Claimed>> claim(Instant now, Instant leaseUntil, List<UUID> full, int perSubscription) {
        return pool.preparedQuery(CLAIM)
                .execute(Tuple.of(at(now), at(leaseUntil), full.toArray(UUID[]::new), perSubscription))
                .map(rows -> map(rows, row -> new Claimed(row.getUUID("id"), row.getUUID("subscription_id"),
                        row.getString("event_id"), row.getInteger("attempts"), row.getBoolean("failing"), null)))
                .chain(claimed -> claimed.isEmpty() ? Uni.createFrom().item(claimed)
                        : pool.preparedQuery(DETAILS)
                                .execute(Tuple.of(claimed.stream().map(Claimed::id).toArray(UUID[]::new)))
                                .map(rows -> {
                                    Map<UUID, Details> details = new HashMap<>();
                                    rows.forEach(row -> details.put(row.getUUID("id"), details(row)));
                                    return claimed.stream().map(c -> c.with(details.get(c.id()))).toList();
                                }));
    }

    private static Details details(Row row) {
        FeedEventRow event = row.getString("event_id") == null ? null
                : new FeedEventRow(row.getString("event_id"), row.getString("type"), row.getString("source"),
                        row.getString("subject"), row.getString("region_code"),
                        row.getOffsetDateTime("occurred_at").toInstant(), row.getString("data"));
        return new Details(row.getString("url"), event);
    }

    /** A delivery the receiver took: when, its answer and how long it took. */
    public record Delivered(Claimed claimed, Instant at, int status, int latencyMs) {
    }

    /**
     * The receivers took them: delivered and the attempts logged, in one transaction (the subscriptions' lock, then one
     * statement for the batch: all or nothing). Subscribers that were failing are cleared after it, apart (see
     * {@link #healthy}).
     */
    public Uni<Void> delivered(List<Delivered> batch) {
        UUID[] subscriptions = batch.stream().map(d -> d.claimed().subscriptionId()).distinct().sorted()
                .toArray(UUID[]::new);
        return pool.withTransaction(connection -> lockSubscriptions(connection, subscriptions, "KEY SHARE")
                .chain(failing -> connection.preparedQuery("""
                        WITH taken AS (SELECT * FROM unnest($1::uuid[], $2::timestamptz[], $3::int[], $4::int[], $5::uuid[])
                                              AS t(id, at, status, latency, attempt_id)),
                             done AS (UPDATE webhook_delivery d
                                         SET status = 'DELIVERED', delivered_at = t.at, attempts = d.attempts + 1,
                                             lease_until = NULL
                                        FROM taken t
                                       WHERE d.id = t.id
                                      RETURNING d.subscription_id, d.event_id, t.at, t.status, t.latency, t.attempt_id)
                        INSERT INTO webhook_attempt (id, subscription_id, event_id, attempted_at, status_code, latency_ms)
                        SELECT attempt_id, subscription_id, event_id, at, status, latency FROM done""")
                        .execute(Tuple.of(batch.stream().map(d -> d.claimed().id()).toArray(UUID[]::new),
                                batch.stream().map(d -> at(d.at())).toArray(OffsetDateTime[]::new),
                                batch.stream().map(Delivered::status).toArray(Integer[]::new),
                                batch.stream().map(Delivered::latencyMs).toArray(Integer[]::new),
                                batch.stream().map(d -> Ids.uuidV7()).toArray(UUID[]::new)))
                        .replaceWith(failing)))
                .chain(this::healthy);
    }

    /**
     * A failing subscriber with a delivery through is healthy again, and its backlog may go (the lock above tells which
     * were failing, so the usual batch costs no statement here). Apart from the record above, which holds its
     * subscriptions only as the foreign keys do: raising that lock to change a subscription could deadlock two
     * recorders. Should this fail, the next success clears the flag.
     */
    private Uni<Void> healthy(UUID[] failing) {
        if (failing.length == 0) {
            return Uni.createFrom().voidItem();
        }
        return pool.preparedQuery("UPDATE webhook_subscription SET failing_since = NULL "
                + "WHERE id = ANY($1) AND failing_since IS NOT NULL").execute(Tuple.of(failing))
                .replaceWithVoid();
    }

    /**
     * Locks the subscriptions before their deliveries are touched, and answers the ones failing until now. Deleting a
     * subscription locks it first and then its deliveries (the cascade); recording an outcome touched the deliveries
     * first and the subscription after (the attempt's foreign key, the failing flag), and the two could deadlock. In
     * the same order, one waits for the other.
     */
    private static Uni<UUID[]> lockSubscriptions(SqlConnection connection, UUID[] ids, String strength) {
        return connection.preparedQuery("SELECT id, failing_since IS NOT NULL AS failing FROM webhook_subscription "
                + "WHERE id = ANY($1) ORDER BY id FOR " + strength).execute(Tuple.of(ids))
                .map(rows -> {
                    List<UUID> failing = new ArrayList<>();
                    for (Row row : rows) {
                        if (row.getBoolean("failing")) {
                            failing.add(row.getUUID("id"));
                        }
                    }
                    return failing.toArray(UUID[]::new);
                });
    }

    /**
     * The attempt failed: the delivery waits until {@code next}. A subscriber failing since before
     * {@code disableBefore}, or answering {@code gone}, is disabled with the reason.
     */
    public Uni<Void> failed(Claimed claimed, Instant now, Instant next, Integer status, int latencyMs, String error,
            boolean gone, Instant disableBefore) {
        return pool.withTransaction(connection -> lockSubscriptions(connection,
                new UUID[] { claimed.subscriptionId() }, "NO KEY UPDATE")
                .chain(() -> connection.preparedQuery(
                        "UPDATE webhook_delivery SET attempts = attempts + 1, next_attempt_at = $2, "
                                + "lease_until = NULL WHERE id = $1")
                        .execute(Tuple.of(claimed.id(), at(next))))
                .chain(() -> connection.preparedQuery("""
                        UPDATE webhook_subscription
                           SET failing_since = coalesce(failing_since, $2),
                               status = CASE WHEN $3 OR coalesce(failing_since, $2) < $4 THEN 'DISABLED' ELSE status END,
                               disabled_reason = CASE WHEN $3 THEN 'RECEIVER_GONE'
                                                      WHEN coalesce(failing_since, $2) < $4 THEN 'FAILING'
                                                      ELSE disabled_reason END,
                               disabled_at = CASE WHEN $3 OR coalesce(failing_since, $2) < $4 THEN $2
                                                  ELSE disabled_at END
                         WHERE id = $1 AND status = 'ACTIVE'
                        RETURNING status, disabled_reason, owner, scope_region""")
                        .execute(Tuple.of(claimed.subscriptionId(), at(now), gone, at(disableBefore)))
                        .chain(rows -> {
                            Row row = rows.size() == 0 ? null : rows.iterator().next();
                            // disabled by this very update: the event commits with it
                            return row == null || !DISABLED.equals(row.getString("status"))
                                    ? Uni.createFrom().voidItem()
                                    : outbox.record(connection, new WebhookDisabled(claimed.subscriptionId(),
                                            row.getString("owner"), row.getString("scope_region"),
                                            row.getString("disabled_reason"), now));
                        }))
                .chain(() -> attempt(connection, claimed, now, status, latencyMs, error)));
    }

    /** The event left the feed (retention) before it could be delivered: nothing is left to send. */
    public Uni<Void> dropped(Claimed claimed) {
        return pool.preparedQuery("UPDATE webhook_delivery SET status = 'EXPIRED', lease_until = NULL WHERE id = $1")
                .execute(Tuple.of(claimed.id())).replaceWithVoid();
    }

    public Uni<List<Attempt>> attempts(UUID subscriptionId, int limit) {
        return pool.preparedQuery("SELECT * FROM webhook_attempt WHERE subscription_id = $1 "
                + "ORDER BY attempted_at DESC, id DESC LIMIT $2").execute(Tuple.of(subscriptionId, limit))
                .map(rows -> map(rows, row -> new Attempt(row.getString("event_id"),
                        row.getOffsetDateTime("attempted_at").toInstant(), row.getInteger("status_code"),
                        row.getInteger("latency_ms"), row.getString("error"))));
    }

    /**
     * Queues again the subscription's events after {@code afterSeq} (or stored from {@code since}) up to its
     * position: delivered ones go out again with the same {@code webhook-id}, so a receiver that has them ignores
     * them. Returns how many.
     */
    public Uni<Long> replay(UUID subscriptionId, Long afterSeq, Instant since, Instant now) {
        return pool.withTransaction(connection -> connection.preparedQuery("""
                INSERT INTO webhook_delivery (id, subscription_id, seq, event_id, subject, status, next_attempt_at)
                SELECT gen_random_uuid(), s.id, f.seq, f.event_id, f.subject, 'PENDING', $4
                FROM webhook_subscription s JOIN feed_event f ON f.seq <= s.after_seq
                WHERE s.id = $1 AND ($2::bigint IS NULL OR f.seq > $2) AND ($3::timestamptz IS NULL OR f.stored_at >= $3)
                  AND """ + IN_SCOPE + """

                ON CONFLICT (subscription_id, event_id) DO UPDATE
                   SET status = 'PENDING', next_attempt_at = $4, lease_until = NULL, delivered_at = NULL""")
                .execute(Tuple.of(subscriptionId, afterSeq, since == null ? null : at(since), at(now))))
                .map(rows -> (long) rows.rowCount());
    }

    private static Uni<Void> insertSecret(SqlClient connection, UUID subscriptionId, byte[] sealed, Instant now) {
        return connection.preparedQuery("INSERT INTO webhook_secret (id, subscription_id, sealed, created_at) "
                + "VALUES ($1, $2, $3, $4)")
                .execute(Tuple.of(Ids.uuidV7(), subscriptionId, io.vertx.core.buffer.Buffer.buffer(sealed),
                        at(now)))
                .replaceWithVoid();
    }

    private static Uni<Void> attempt(SqlClient connection, Claimed claimed, Instant now, Integer status,
            int latencyMs, String error) {
        return connection.preparedQuery("INSERT INTO webhook_attempt (id, subscription_id, event_id, attempted_at, "
                + "status_code, latency_ms, error) VALUES ($1, $2, $3, $4, $5, $6, $7)")
                .execute(Tuple.tuple(java.util.Arrays.asList(Ids.uuidV7(), claimed.subscriptionId(),
                        claimed.eventId(), at(now), status, latencyMs,
                        error == null ? null : error.substring(0, Math.min(error.length(), 300)))))
                .replaceWithVoid();
    }

    private static Subscription subscription(Row row) {
        String[] types = row.getArrayOfStrings("types");
        OffsetDateTime disabled = row.getOffsetDateTime("disabled_at");
        return new Subscription(row.getUUID("id"), row.getString("owner"), row.getString("scope_region"),
                row.getString("url"), types == null ? null : List.of(types), row.getString("status"),
                row.getString("disabled_reason"), disabled == null ? null : disabled.toInstant(),
                row.getOffsetDateTime("created_at").toInstant());
    }

    private static <T> List<T> map(RowSet<Row> rows, Function<Row, T> mapper) {
        List<T> list = new ArrayList<>();
        rows.forEach(row -> list.add(mapper.apply(row)));
        return list;
    }

    private static OffsetDateTime at(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    private static Object nullable(Object value) {
        if (value instanceof List<?> list) {
            return list.toArray(String[]::new);
        }
        return value;
    }

    /** A subscription's health for the console: failing since when, disabled why, how many deliveries wait. */
    public record Health(String owner, String url, String status, String disabledReason, Instant failingSince,
            long backlog) {
    }

    /** Every subscription with its pending deliveries, oldest subscription first. */
    public Uni<List<Health>> health() {
        return pool.query("""
                SELECT s.owner, s.url, s.status, s.disabled_reason, s.failing_since,
                       (SELECT count(*) FROM webhook_delivery d
                        WHERE d.subscription_id = s.id AND d.status = 'PENDING') AS backlog
                FROM webhook_subscription s ORDER BY s.created_at""").execute().map(rows -> {
            List<Health> health = new ArrayList<>();
            for (Row row : rows) {
                health.add(new Health(row.getString("owner"), row.getString("url"), row.getString("status"),
                        row.getString("disabled_reason"), row.getOffsetDateTime("failing_since") == null ? null
                                : row.getOffsetDateTime("failing_since").toInstant(),
                        row.getLong("backlog")));
            }
            return health;
        });
    }
}
