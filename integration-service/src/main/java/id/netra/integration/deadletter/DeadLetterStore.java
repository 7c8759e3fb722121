package id.netra.integration.deadletter;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.smallrye.mutiny.Uni;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;
import io.vertx.mutiny.sqlclient.Tuple;

import id.netra.kit.id.Ids;

/** The collected dead letters and their redrives, in plain SQL like the feed's. */
@ApplicationScoped
public class DeadLetterStore {

    private static final String COLUMNS = """
            id, dlq_topic, dlq_partition, dlq_offset, consumer, original_topic, original_partition, original_offset,
            record_key, payload, headers, reason, event_id, event_type, subject, region_code, parked_at, redrive_count""";
    /** $1 scope (null: every region; two digits: a province and its kabupaten/kota), as the feed's. */
    private static final String IN_SCOPE = "($1::text IS NULL OR region_code = $1 OR region_code LIKE $1 || '.%')";

    private final Pool pool;

    public DeadLetterStore(Pool pool) {
        this.pool = pool;
    }

    /** A stored dead letter with how often it was sent back. */
    public record Stored(UUID id, DeadLetter letter, int redriveCount) {
    }

    /** A redrive as recorded. */
    public record Redriven(UUID id, UUID deadLetterId, String redrivenBy, Instant redrivenAt, String targetTopic,
            String status, Instant sentAt) {
    }

    /** Stores a parked record once, however often the topic is read again. */
    public Uni<Void> collect(DeadLetter letter, Instant now) {
        JsonArray headers = new JsonArray();
        letter.headers().forEach(h -> headers.add(new JsonObject().put("name", h.name()).put("value", h.value())));
        return pool.preparedQuery("""
                INSERT INTO dead_letter (id, dlq_topic, dlq_partition, dlq_offset, consumer, original_topic,
                    original_partition, original_offset, record_key, payload, headers, reason, event_id, event_type,
                    subject, region_code, parked_at, collected_at)
                VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18)
                ON CONFLICT (dlq_topic, dlq_partition, dlq_offset) DO NOTHING""")
                .execute(Tuple.from(new Object[] { Ids.uuidV7(), letter.dlqTopic(), letter.dlqPartition(),
                        letter.dlqOffset(), letter.consumer(), letter.originalTopic(), letter.originalPartition(),
                        letter.originalOffset(), letter.key(), letter.payload(), headers, letter.reason(),
                        letter.eventId(), letter.eventType(), letter.subject(), letter.regionCode(),
                        letter.parkedAt().atOffset(ZoneOffset.UTC), now.atOffset(ZoneOffset.UTC) }))
                .replaceWithVoid();
    }

    /** Newest first, before {@code before} (null: from the newest), of one consumer (null: all), in the scope. */
    public Uni<List<Stored>> page(String scope, String consumer, UUID before, int limit) {
        return pool.preparedQuery("SELECT " + COLUMNS + " FROM dead_letter WHERE " + IN_SCOPE
                + " AND ($2::text IS NULL OR consumer = $2) AND ($3::uuid IS NULL OR id < $3) ORDER BY id DESC LIMIT $4")
                .execute(Tuple.of(scope, consumer, before, limit)).map(DeadLetterStore::letters);
    }

    /** The dead letter if it is in the scope; null otherwise, as if there were none. */
    public Uni<Stored> find(UUID id, String scope) {
        return pool.preparedQuery("SELECT " + COLUMNS + " FROM dead_letter WHERE " + IN_SCOPE + " AND id = $2")
                .execute(Tuple.of(scope, id)).map(rows -> letters(rows).stream().findFirst().orElse(null));
    }

    public Uni<List<Redriven>> redrives(UUID deadLetterId) {
        return pool.preparedQuery("""
                SELECT id, dead_letter_id, redriven_by, redriven_at, target_topic, status, sent_at
                FROM dead_letter_redrive WHERE dead_letter_id = $1 ORDER BY id""")
                .execute(Tuple.of(deadLetterId)).map(DeadLetterStore::redriven);
    }

    /**
     * Records a redrive, PENDING, and counts it on the dead letter, in one transaction: the audit row exists before
     * anything is sent. Null when the dead letter is not in the scope or names no topic to go back to.
     */
    public Uni<Redriven> request(UUID id, String scope, String by, String roles, Instant now) {
        return pool.withTransaction(connection -> connection.preparedQuery("SELECT original_topic FROM dead_letter WHERE "
                + IN_SCOPE + " AND id = $2 AND original_topic IS NOT NULL FOR UPDATE")
                .execute(Tuple.of(scope, id)).chain(rows -> {
                    if (rows.size() == 0) {
                        return Uni.createFrom().nullItem();
                    }
                    String topic = rows.iterator().next().getString("original_topic");
                    Redriven redrive = new Redriven(Ids.uuidV7(), id, by, now, topic, "PENDING", null);
                    return connection.preparedQuery("""
                            INSERT INTO dead_letter_redrive (id, dead_letter_id, redriven_by, redriven_roles,
                                redriven_at, target_topic, status, last_attempt_at)
                            VALUES ($1, $2, $3, $4, $5, $6, 'PENDING', $5)""")
                            .execute(Tuple.of(redrive.id(), id, by, roles, now.atOffset(ZoneOffset.UTC), topic))
                            .chain(() -> connection.preparedQuery(
                                    "UPDATE dead_letter SET redrive_count = redrive_count + 1 WHERE id = $1")
                                    .execute(Tuple.of(id)))
                            .replaceWith(redrive);
                }));
    }

    public Uni<Void> sent(UUID redriveId, Instant now) {
        return pool.preparedQuery("UPDATE dead_letter_redrive SET status = 'SENT', sent_at = $2 WHERE id = $1")
                .execute(Tuple.of(redriveId, now.atOffset(ZoneOffset.UTC))).replaceWithVoid();
    }

    /**
     * Claims redrives left PENDING whose last attempt is older than {@code staleBefore} (the service stopped between
     * recording and sending, or the broker refused): each is marked as attempted now, so another replica leaves it.
     */
    public Uni<List<Redriven>> claimStalled(Instant staleBefore, Instant now, int limit) {
        return pool.preparedQuery("""
                UPDATE dead_letter_redrive SET last_attempt_at = $2
                WHERE id IN (SELECT id FROM dead_letter_redrive WHERE status = 'PENDING' AND last_attempt_at < $1
                             ORDER BY last_attempt_at LIMIT $3 FOR UPDATE SKIP LOCKED)
                RETURNING id, dead_letter_id, redriven_by, redriven_at, target_topic, status, sent_at""")
                .execute(Tuple.of(staleBefore.atOffset(ZoneOffset.UTC), now.atOffset(ZoneOffset.UTC), limit))
                .map(DeadLetterStore::redriven);
    }

    private static List<Stored> letters(RowSet<Row> rows) {
        List<Stored> letters = new ArrayList<>();
        for (Row row : rows) {
            List<DeadLetter.RecordHeader> headers = new ArrayList<>();
            JsonArray stored = (JsonArray) row.getValue("headers");
            for (int i = 0; i < stored.size(); i++) {
                JsonObject header = stored.getJsonObject(i);
                headers.add(new DeadLetter.RecordHeader(header.getString("name"), header.getString("value")));
            }
            DeadLetter letter = new DeadLetter(row.getString("dlq_topic"), row.getInteger("dlq_partition"),
                    row.getLong("dlq_offset"), row.getString("consumer"), row.getString("original_topic"),
                    row.getInteger("original_partition"), row.getLong("original_offset"), row.getString("record_key"),
                    row.getString("payload"), headers, row.getString("reason"), row.getString("event_id"),
                    row.getString("event_type"), row.getString("subject"), row.getString("region_code"),
                    row.getOffsetDateTime("parked_at").toInstant());
            letters.add(new Stored(row.getUUID("id"), letter, row.getInteger("redrive_count")));
        }
        return letters;
    }

    private static List<Redriven> redriven(RowSet<Row> rows) {
        List<Redriven> redrives = new ArrayList<>();
        for (Row row : rows) {
            redrives.add(new Redriven(row.getUUID("id"), row.getUUID("dead_letter_id"), row.getString("redriven_by"),
                    row.getOffsetDateTime("redriven_at").toInstant(), row.getString("target_topic"),
                    row.getString("status"),
                    row.getOffsetDateTime("sent_at") == null ? null : row.getOffsetDateTime("sent_at").toInstant()));
        }
        return redrives;
    }
}
