package id.netra.integration.feed;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;

/**
 * Removes events older than the retention, always a prefix of the feed (up to the newest old event), and moves the
 * horizon past it, so a reader whose cursor lies behind learns that it missed events instead of skipping them
 * silently. Safe on several replicas: a second run removes nothing more.
 */
@ApplicationScoped
public class FeedRetention {

    private static final Logger LOG = Logger.getLogger(FeedRetention.class);
    private static final String REMOVE = """
            WITH last_old AS (SELECT max(seq) AS seq FROM feed_event WHERE stored_at < $1),
                 gone AS (DELETE FROM feed_event WHERE seq <= (SELECT seq FROM last_old) RETURNING seq)
            UPDATE feed_horizon
               SET last_removed_seq = greatest(last_removed_seq, coalesce((SELECT max(seq) FROM gone), 0))
             WHERE id = 1
            RETURNING (SELECT count(*) FROM gone) AS removed""";

    private final Pool pool;
    private final Clock clock;
    private final Duration retention;

    public FeedRetention(Pool pool, Clock clock,
            @ConfigProperty(name = "netra.integration.feed.retention") Duration retention) {
        this.pool = pool;
        this.clock = clock;
        this.retention = retention;
    }

    @Scheduled(every = "${netra.integration.feed.retention-interval}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP, skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    Uni<Void> scheduled() {
        return removeOld().replaceWithVoid();
    }

    /** Removes what is older than the retention now; returns how many events. */
    public Uni<Long> removeOld() {
        OffsetDateTime cut = OffsetDateTime.ofInstant(clock.instant().minus(retention), ZoneOffset.UTC);
        return pool.withTransaction(connection -> connection.preparedQuery(REMOVE).execute(Tuple.of(cut)))
                .map(rows -> rows.iterator().next().getLong("removed"))
                .invoke(removed -> {
                    if (removed > 0) {
                        LOG.infof("Feed: %d events older than %s removed", removed, retention);
                    }
                });
    }
}
