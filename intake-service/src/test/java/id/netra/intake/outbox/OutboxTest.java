package id.netra.intake.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.VertxContextSupport;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.SqlConnection;

import id.netra.contracts.CaseRejected;
import id.netra.devstack.test.PostgresTestResource;
import id.netra.intake.Intake;
import id.netra.kit.outbox.Outbox;

@QuarkusTest
class OutboxTest {

    @Inject
    Outbox outbox;

    @Inject
    Clock clock;

    @Inject
    Pool pool;

    @Test
    void shouldRefuseAnEventOutsideATransactionAndStampOneInsideWithTheServicesClock() throws Throwable {
        String outside = "64.71-2099-900001";
        assertThatThrownBy(() -> VertxContextSupport
                .subscribeAndAwait(() -> Panache.withSession(() -> outbox.record(rejected(outside)))))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("outside a transaction");
        assertThat(PostgresTestResource.number("SELECT count(*) FROM outbox_event WHERE subject = ?", outside))
                .isZero();

        Instant then = Instant.parse("2024-10-04T01:20:00Z");
        String inside = "64.71-2099-900002";
        Intake.clock(clock).set(then);
        try {
            VertxContextSupport
                    .subscribeAndAwait(() -> Panache.withTransaction(() -> outbox.record(rejected(inside))));
        } finally {
            Intake.clock(clock).reset();
        }
        assertThat(PostgresTestResource.number(
                "SELECT count(*) FROM outbox_event WHERE subject = ? AND occurred_at = ?", inside,
                java.sql.Timestamp.from(then))).isOne();
    }

    @Test
    void shouldRefuseAConnectionWithoutATransactionAndRecordOnOneWithIt() throws Throwable {
        String outside = "64.71-2099-900003";
        SqlConnection plain = pool.getConnection().await().atMost(Duration.ofSeconds(30));
        try {
            assertThatThrownBy(() -> outbox.record(plain, rejected(outside)).await().atMost(Duration.ofSeconds(30)))
                    .isInstanceOf(IllegalStateException.class).hasMessageContaining("outside a transaction");
        } finally {
            plain.closeAndAwait();
        }
        assertThat(PostgresTestResource.number("SELECT count(*) FROM outbox_event WHERE subject = ?", outside))
                .isZero();

        String inside = "64.71-2099-900004";
        pool.withTransaction(connection -> outbox.record(connection, rejected(inside))).await()
                .atMost(Duration.ofSeconds(30));
        assertThat(PostgresTestResource.number("SELECT count(*) FROM outbox_event WHERE subject = ?", inside))
                .isOne();
    }

    private static CaseRejected rejected(String caseNumber) {
        return new CaseRejected(UUID.randomUUID(), caseNumber, "64.71", "REVIEW_REJECTED", "Bukan pelanggaran",
                Instant.parse("2024-10-04T01:20:00Z"));
    }
}
