package id.netra.intake.outbox;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

import id.netra.devstack.test.PostgresTestResource;
import id.netra.kit.outbox.EventRetention;

/**
 * The kit's retention job against intake's real database: what is old and done goes, in batches; what is recent or
 * not yet published stays; a replica that finds another at work leaves the run to it.
 */
@QuarkusTest
class EventRetentionTest {

    private static final Duration WAIT = Duration.ofSeconds(60);
    /** More than two batches of 1000, so that the job must come back for the rest. */
    private static final int OLD_PUBLISHED = 2500;

    @Inject
    EventRetention retention;

    @Test
    void shouldRemoveOldPublishedEventsAndOldInboxIdsInBatchesAndKeepTheRest() throws SQLException {
        String marker = "retention-" + UUID.randomUUID();
        try (Connection connection = PostgresTestResource.connect()) {
            insertOutbox(connection, marker + "-old", OLD_PUBLISHED, "now() - interval '8 days'");
            insertOutbox(connection, marker + "-recent", 3, "now() - interval '1 day'");
            insertInbox(connection, marker + "-old", 40, "now() - interval '31 days'");
            insertInbox(connection, marker + "-recent", 4, "now() - interval '29 days'");
        }

        EventRetention.Removed removed = retention.run().await().atMost(WAIT);

        assertThat(removed.skipped()).isFalse();
        assertThat(removed.outboxEvents()).isGreaterThanOrEqualTo(OLD_PUBLISHED);
        assertThat(removed.inboxEvents()).isGreaterThanOrEqualTo(40);
        assertThat(count("outbox_event", "aggregate_id", marker + "-old")).isZero();
        assertThat(count("outbox_event", "aggregate_id", marker + "-recent")).isEqualTo(3);
        assertThat(count("inbox_event", "subject", marker + "-old")).isZero();
        assertThat(count("inbox_event", "subject", marker + "-recent")).isEqualTo(4);
    }

    @Test
    void shouldLeaveTheRunToTheReplicaThatHoldsTheLock() throws SQLException {
        String marker = "retention-" + UUID.randomUUID();
        try (Connection other = PostgresTestResource.connect()) {
            insertOutbox(other, marker, 10, "now() - interval '9 days'");
            other.setAutoCommit(false);
            try (Statement statement = other.createStatement();
                    ResultSet locked = statement.executeQuery("SELECT pg_try_advisory_xact_lock(" + lockKey() + ")")) {
                assertThat(locked.next() && locked.getBoolean(1)).as("the other replica holds the lock").isTrue();

                EventRetention.Removed whileHeld = retention.run().await().atMost(WAIT);

                assertThat(whileHeld.skipped()).isTrue();
                assertThat(whileHeld.outboxEvents()).isZero();
                assertThat(count("outbox_event", "aggregate_id", marker)).isEqualTo(10);
            } finally {
                other.rollback();
            }
        }

        EventRetention.Removed afterwards = retention.run().await().atMost(WAIT);

        assertThat(afterwards.skipped()).isFalse();
        assertThat(count("outbox_event", "aggregate_id", marker)).isZero();
    }

    @Test
    void shouldShowTheTablesSizesAsMetrics() {
        retention.measure().await().atMost(WAIT);

        String metrics = given().when().get("/q/metrics").then().statusCode(200).extract().asString();

        assertThat(gauge(metrics, "netra_table_bytes{table=\"outbox_event\"}")).isPositive();
        assertThat(gauge(metrics, "netra_table_bytes{table=\"inbox_event\"}")).isPositive();
        assertThat(gauge(metrics, "netra_table_rows{table=\"outbox_event\"}")).isGreaterThanOrEqualTo(0);
    }

    private static double gauge(String metrics, String series) {
        return metrics.lines().filter(line -> line.startsWith(series + " ")).findFirst()
                .map(line -> Double.parseDouble(line.substring(series.length() + 1).trim()))
                .orElseThrow(() -> new AssertionError(series + " is not in /q/metrics"));
    }

    /** The kit's lock key, read from the class so that the test holds exactly the job's lock. */
    private static long lockKey() {
        try {
            var field = EventRetention.class.getDeclaredField("LOCK");
            field.setAccessible(true);
            return field.getLong(null);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
    }

    /**
     * {@code count} events of one case, published at {@code publishedAt}: the relay reads only unpublished rows, so
     * these never reach it (and an unpublished row is never old enough to go, whatever its age: it has no
     * {@code published_at} to compare).
     */
    private static void insertOutbox(Connection connection, String aggregate, int count, String publishedAt)
            throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO outbox_event (id, aggregate_id, subject, type, payload, occurred_at, published_at) "
                        + "SELECT gen_random_uuid(), ?, 'retention', 'id.netra.test.retention.v1', '{}', now(), "
                        + publishedAt + " FROM generate_series(1, ?)")) {
            insert.setString(1, aggregate);
            insert.setInt(2, count);
            insert.executeUpdate();
        }
    }

    private static void insertInbox(Connection connection, String subject, int count, String receivedAt)
            throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO inbox_event (event_id, type, subject, received_at) "
                        + "SELECT gen_random_uuid()::text, 'id.netra.test.retention.v1', ?, " + receivedAt
                        + " FROM generate_series(1, ?)")) {
            insert.setString(1, subject);
            insert.setInt(2, count);
            insert.executeUpdate();
        }
    }

    private static long count(String table, String column, String value) throws SQLException {
        // table and column are this test's constants
        return PostgresTestResource.number("SELECT count(*) FROM " + table + " WHERE " + column + " = ?", value);
    }
}
