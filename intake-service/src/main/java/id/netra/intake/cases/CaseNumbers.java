package id.netra.intake.cases;

import java.time.Instant;
import java.time.ZoneId;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;

import id.netra.kit.db.DatabaseConnections;

/**
 * Hands out the running number of a region's year, each in a statement of its own that commits at once. Inside the
 * filing's transaction the counter's row stayed locked until that commit, and a region's filings went through one at
 * a time (the intake benchmark found five of eight waiting for it). The statement runs on a pool of its own: a filing
 * waits for a number while it holds a connection of the service's pool, so taking the number from that same pool
 * could leave every connection held by a filing that waits for one. A filing that fails after taking its number leaves
 * the number unused: numbers stay unique and increasing, not gap-free.
 */
@ApplicationScoped
public class CaseNumbers {

    /** Case numbers count per year of the region's calendar; Indonesia's western zone is used for the year. */
    private static final ZoneId NUMBERING_ZONE = ZoneId.of("Asia/Jakarta");
    private static final String NEXT = "INSERT INTO case_sequence (region_code, year, last_value) VALUES ($1, $2, 1) "
            + "ON CONFLICT (region_code, year) DO UPDATE SET last_value = case_sequence.last_value + 1 RETURNING last_value";

    private final Pool pool;

    public CaseNumbers(Vertx vertx, DatabaseConnections database,
            @ConfigProperty(name = "netra.intake.case-number-connections", defaultValue = "2") int connections) {
        this.pool = database.pool(vertx, connections, -1);
    }

    /** The next case number {@code <region>-<year>-<seq>} of the region, in the year {@code now} falls in. */
    public Uni<String> next(String regionCode, Instant now) {
        int year = now.atZone(NUMBERING_ZONE).getYear();
        return pool.preparedQuery(NEXT).execute(Tuple.of(regionCode, year))
                .map(rows -> "%s-%d-%06d".formatted(regionCode, year, rows.iterator().next().getInteger(0)));
    }

    @PreDestroy
    void close() {
        pool.closeAndAwait();
    }
}
