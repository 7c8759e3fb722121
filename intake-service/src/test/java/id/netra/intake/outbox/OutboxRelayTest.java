package id.netra.intake.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.mutiny.Uni;

import id.netra.contracts.CaseRejected;
import id.netra.contracts.EventCodec;
import id.netra.contracts.EventType;
import id.netra.devstack.test.KafkaProbe;
import id.netra.devstack.test.KafkaTestResource;
import id.netra.devstack.test.PostgresTestResource;
import id.netra.kit.id.Ids;
import id.netra.kit.outbox.OutboxRelay;

@QuarkusTest
class OutboxRelayTest {

    private static final int CASES = 20;
    private static final int EVENTS_PER_CASE = 10;

    @Inject
    OutboxRelay relay;

    @Test
    void shouldPublishEveryEventOnceAndEachCasesEventsInOrderWhenThreeRelaysDrainAtOnce() throws SQLException {
        Map<String, List<String>> written = new HashMap<>();
        EventCodec codec = new EventCodec();
        try (Connection connection = PostgresTestResource.connect();
                PreparedStatement insert = connection.prepareStatement(
                        "INSERT INTO outbox_event (id, aggregate_id, subject, type, payload, occurred_at) VALUES (?, ?, ?, ?, ?, ?)")) {
            connection.setAutoCommit(false);
            // interleaved across cases, as concurrent requests would write them
            for (int round = 0; round < EVENTS_PER_CASE; round++) {
                for (int c = 0; c < CASES; c++) {
                    UUID caseId = new UUID(0x0001_0000_0000_0000L + c, 7L);
                    String caseNumber = "64.71-2099-%06d".formatted(c);
                    UUID eventId = Ids.uuidV7();
                    insert.setObject(1, eventId);
                    insert.setString(2, caseId.toString());
                    insert.setString(3, caseNumber);
                    // an intake type: the relay sends each type to its own topic
                    insert.setString(4, EventType.CASE_REJECTED.type());
                    insert.setString(5, codec.toJson(new CaseRejected(caseId, caseNumber, "64.71", "REVIEW_REJECTED",
                            "ROUND_" + round, Instant.now())));
                    insert.setTimestamp(6, Timestamp.from(Instant.now()));
                    insert.addBatch();
                    written.computeIfAbsent(caseId.toString(), k -> new ArrayList<>()).add(eventId.toString());
                }
            }
            insert.executeBatch();
            connection.commit();
        }

        // the application's own relay is woken by the commit too: three drains compete, as three replicas would
        Uni.join().all(relay.drain(), relay.drain()).andFailFast().await().atMost(Duration.ofSeconds(60));

        int expected = CASES * EVENTS_PER_CASE;
        List<ConsumerRecord<String, String>> records = KafkaProbe.readUntil(KafkaTestResource.bootstrapServers(),
                "netra.intake.events", new CountOf(written, expected), Duration.ofSeconds(60));
        Map<String, List<String>> published = new HashMap<>();
        for (ConsumerRecord<String, String> record : records) {
            if (written.containsKey(record.key())) {
                published.computeIfAbsent(record.key(), k -> new ArrayList<>()).add(KafkaProbe.header(record, "ce_id"));
            }
        }
        assertThat(published).isEqualTo(written);
    }

    /** Stops reading once every written event was seen. */
    private static final class CountOf implements java.util.function.Predicate<ConsumerRecord<String, String>> {
        private final Map<String, List<String>> written;
        private final int expected;
        private int seen;

        CountOf(Map<String, List<String>> written, int expected) {
            this.written = written;
            this.expected = expected;
        }

        @Override
        public boolean test(ConsumerRecord<String, String> record) {
            if (written.containsKey(record.key())) {
                seen++;
            }
            return seen >= expected;
        }
    }
}
