package id.netra.integration.feed;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;

/** Reads the feed in seq order within a region scope. */
@ApplicationScoped
public class FeedStore {

    /**
     * $1 the seq to read after, $2 the scope (null: every region; two digits: a province and its kabupaten/kota;
     * else one kabupaten/kota), $3 the types (null: all), $4 the page size.
     */
    private static final String PAGE = """
            SELECT seq, event_id, type, source, subject, region_code, occurred_at, data
            FROM feed_event
            WHERE seq > $1
              AND ($2::text IS NULL OR region_code = $2 OR (length($2) = 2 AND province_code = $2))
              AND ($3::text[] IS NULL OR type = ANY($3))
            ORDER BY seq
            LIMIT $4""";

    private final Pool pool;

    public FeedStore(Pool pool) {
        this.pool = pool;
    }

    /** One stored event. */
    public record Stored(long seq, String id, String type, String source, String subject, String regionCode,
            Instant time, String data) {
    }

    public Uni<List<Stored>> page(long after, String scope, Set<String> types, int limit) {
        return pool.preparedQuery(PAGE)
                .execute(Tuple.of(after, scope, types == null ? null : types.toArray(String[]::new), limit))
                .map(rows -> {
                    List<Stored> page = new ArrayList<>();
                    for (Row row : rows) {
                        page.add(new Stored(row.getLong("seq"), row.getString("event_id"), row.getString("type"),
                                row.getString("source"), row.getString("subject"), row.getString("region_code"),
                                row.getOffsetDateTime("occurred_at").toInstant(), row.getString("data")));
                    }
                    return page;
                });
    }

    /** The highest seq retention removed: a reader behind it has missed events. */
    public Uni<Long> horizon() {
        return pool.query("SELECT last_removed_seq FROM feed_horizon WHERE id = 1").execute()
                .map(rows -> rows.iterator().next().getLong("last_removed_seq"));
    }
}
