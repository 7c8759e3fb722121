package id.netra.intake.ratelimit;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;

import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;

import id.netra.intake.report.ReporterVault;
import id.netra.kit.db.DatabaseConnections;

/**
 * Token buckets per path rule and client address, kept in intake's database so that every replica draws from the
 * same bucket: with the buckets in memory, two replicas let through twice the rate. One statement refills, takes and
 * answers under the row's lock, so concurrent requests of one client never both take the last token. The client's
 * address is stored only as a keyed hash (the reporter pseudonym key), and a bucket left idle for its whole period is
 * full again, so the sweep removes it.
 *
 * <p>
 * The buckets have a small pool of their own with a bounded queue: a flood of public requests waits there, not in
 * front of the connections the rest of the service needs. When that pool cannot take a request, or the database does
 * not answer, the request is turned away for a second (429): a public request needs the database anyway, and letting
 * everyone through while it is overloaded would lift the limit exactly when it matters.
 */
@ApplicationScoped
public class RateLimiter {

    private static final Logger LOG = Logger.getLogger(RateLimiter.class);
    /**
     * $1 key, $2 capacity, $3 now, $4 tokens per second. A new bucket starts full less this request. An existing one is
     * refilled for the time since it was last touched (never backwards: replicas' clocks differ a little), capped at
     * the capacity, and gives a token if it has one. A hair of tolerance: refills summed in floating point must not
     * miss a whole token by 1e-16.
     */
    private static final String TAKE = "INSERT INTO rate_limit_bucket AS b (key, tokens, updated_at, allowed)"
            + " VALUES ($1, $2::float8 - 1, $3::timestamptz, true) ON CONFLICT (key) DO UPDATE SET"
            + " tokens = CASE WHEN " + available() + " >= 1 - 1e-9 THEN greatest(0, " + available() + " - 1)"
            + " ELSE " + available() + " END,"
            + " allowed = " + available() + " >= 1 - 1e-9,"
            + " updated_at = greatest(b.updated_at, $3::timestamptz)"
            + " RETURNING allowed, tokens";

    private final AdmissionConfig config;
    private final Clock clock;
    private final Pool pool;
    private final ReporterVault vault;
    private final AtomicLong lastWarning = new AtomicLong(System.nanoTime() - 20_000_000_000L);

    @Inject
    public RateLimiter(AdmissionConfig config, Clock clock, Vertx vertx, DatabaseConnections database,
            ReporterVault vault) {
        this(config, clock, database.pool(vertx, config.connections(), config.waitQueue()), vault);
    }

    /** Over a given pool: a second replica in tests. */
    RateLimiter(AdmissionConfig config, Clock clock, Pool pool, ReporterVault vault) {
        this.config = config;
        this.clock = clock;
        this.pool = pool;
        this.vault = vault;
    }

    @PreDestroy
    void close() {
        pool.closeAndAwait();
    }

    /** The rule for a path, by its longest matching prefix; empty if the path is not limited. */
    public Optional<Map.Entry<String, AdmissionConfig.Rule>> ruleFor(String path) {
        return config.paths().entrySet().stream().filter(rule -> path.startsWith(rule.getKey()))
                .max(Comparator.comparingInt(rule -> rule.getKey().length()));
    }

    /** Takes one request from the client's bucket: empty if allowed, else how long until the next one is. */
    public Uni<Optional<Duration>> acquire(String prefix, AdmissionConfig.Rule rule, String client) {
        double perSecond = rule.requests() / (rule.period().toNanos() / 1e9);
        OffsetDateTime now = OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
        return pool.preparedQuery(TAKE)
                .execute(Tuple.of(key(prefix, client), (double) rule.requests(), now, perSecond))
                .map(rows -> wait(rows.iterator().next(), perSecond))
                .onFailure().recoverWithItem(failure -> {
                    long at = System.nanoTime();
                    long last = lastWarning.get();
                    // one line per ten seconds: a flood must not flood the log as well
                    if (at - last > 10_000_000_000L && lastWarning.compareAndSet(last, at)) {
                        LOG.warnf("Rate limit not checked, public requests turned away for a second: %s",
                                failure.getMessage());
                    }
                    return Optional.of(Duration.ofSeconds(1));
                });
    }

    private static Optional<Duration> wait(Row row, double perSecond) {
        if (row.getBoolean("allowed")) {
            return Optional.empty();
        }
        double missing = 1 - row.getDouble("tokens");
        return Optional.of(Duration.ofNanos((long) Math.ceil(missing / perSecond * 1e9)));
    }

    /** The bucket's tokens refilled for the time since it was last touched, capped at the capacity. */
    private static String available() {
        return "least($2::float8, b.tokens + greatest(0, extract(epoch FROM $3::timestamptz - b.updated_at)::float8)"
                + " * $4::float8)";
    }

    /** Never the address itself: the rule and the address, hashed with a key only the service holds. */
    private String key(String prefix, String client) {
        return vault.pseudonym("rate-limit " + prefix + " " + client);
    }

    /** A bucket untouched for its whole period is full again: removing it changes nothing. */
    @Scheduled(every = "${netra.rate-limit.sweep-interval:10m}", delayed = "1m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP, skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    Uni<Void> forgetIdle() {
        Duration longest = config.paths().values().stream().map(AdmissionConfig.Rule::period)
                .max(Comparator.naturalOrder()).orElse(Duration.ZERO);
        Instant before = clock.instant().minus(longest);
        return forgetIdleBefore(before);
    }

    Uni<Void> forgetIdleBefore(Instant before) {
        return pool.preparedQuery("""
                DELETE FROM rate_limit_bucket WHERE updated_at < $1 AND key IN (
                    SELECT key FROM rate_limit_bucket WHERE updated_at < $1 LIMIT 10000)""")
                .execute(Tuple.of(OffsetDateTime.ofInstant(before, ZoneOffset.UTC)))
                .onFailure().invoke(failure -> LOG.debugf("Idle rate-limit buckets not removed: %s", failure.getMessage()))
                .onFailure().recoverWithNull().replaceWithVoid();
    }
}
