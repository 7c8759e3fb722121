package id.netra.integration;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.kafka.clients.producer.ProducerRecord;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;

import id.netra.contracts.Accused;
import id.netra.contracts.CandidacyObligationMet;
import id.netra.contracts.CandidacyRegistered;
import id.netra.contracts.CaseClosed;
import id.netra.contracts.CaseEvent;
import id.netra.contracts.CaseRegistered;
import id.netra.contracts.ClarificationOverdue;
import id.netra.contracts.EventCodec;
import id.netra.contracts.EventType;
import id.netra.devstack.test.KafkaProbe;
import id.netra.devstack.test.KafkaTestResource;

/** Case events as the three services publish them, for cases no other test uses. */
public final class Events {

    public static final String ACCUSED_NAME = "Budi Santoso";
    public static final String ACCUSED_NIP = "196608011988031001";
    private static final AtomicInteger SEQUENCE = new AtomicInteger();
    private static final EventCodec CODEC = new EventCodec();

    private Events() {
    }

    /** A case of the region: its id and number. */
    public record Case(UUID id, String number, String region) {
    }

    public static Case newCase(String region) {
        return new Case(UUID.randomUUID(), "%s-2026-%06d".formatted(region, SEQUENCE.incrementAndGet()), region);
    }

    public static CaseRegistered registered(Case c) {
        return new CaseRegistered(c.id(), c.number(), c.region(), "DEMO", "PARTNER",
                new Accused(ACCUSED_NAME, ACCUSED_NIP, "Camat", "Kecamatan Balikpapan Kota"), List.of("D7"),
                LocalDate.of(2026, 11, 20), "rep-4f1c2a", Instant.now());
    }

    public static ClarificationOverdue overdue(Case c) {
        return new ClarificationOverdue(c.id(), c.number(), c.region(), UUID.randomUUID(), "inspektorat.balikpapan",
                LocalDate.of(2026, 11, 30), Instant.parse("2026-11-30T16:00:00Z"), Instant.now());
    }

    public static CaseClosed closed(Case c) {
        return new CaseClosed(c.id(), c.number(), c.region(), "NOT_PROVEN", Instant.now());
    }

    /** A watch of an ASN who registered for the DPRD without unpaid leave, and the D3 case it opened. */
    public static CandidacyRegistered candidacyRegistered(UUID candidacyId, Case d3) {
        return new CandidacyRegistered(candidacyId, d3.region(), "PEMILU_2024", "DPRD", "PARTNER",
                LocalDate.of(2023, 5, 10), "NONE", true, d3.id(), d3.number(),
                List.of(new CandidacyRegistered.Obligation("RESIGNATION_LETTER", LocalDate.of(2023, 5, 10), "P"),
                        new CandidacyRegistered.Obligation("DISMISSAL_WITH_HONOUR", LocalDate.of(2023, 11, 30), "C")),
                Instant.now());
    }

    /** That watch's resignation letter, filed ten days late. */
    public static CandidacyObligationMet resignationMet(UUID candidacyId, String region) {
        return new CandidacyObligationMet(candidacyId, region, "PEMILU_2024", "DPRD", "RESIGNATION_LETTER",
                LocalDate.of(2023, 5, 10), LocalDate.of(2023, 5, 20), true, UUID.randomUUID(), Instant.now());
    }

    /** Publishes the event on its service's topic; returns its CloudEvents id. */
    public static String send(CaseEvent event) {
        String id = UUID.randomUUID().toString();
        KafkaProbe.sendAll(KafkaTestResource.bootstrapServers(), List.of(record(id, event)));
        return id;
    }

    /** The event as its service's relay would publish it, under {@code id}. */
    public static ProducerRecord<String, String> record(String id, CaseEvent event) {
        EventType type = EventType.of(event);
        return KafkaProbe.cloudEvent(type.topic(), id, type.type(), event.caseNumber(), event.key(),
                CODEC.toJson(event));
    }

    /**
     * Appends a closed event of {@code c} to the feed as the consumers do, in the caller's transaction (left open),
     * stored at {@code storedAt}; its seq.
     */
    public static long append(Connection connection, String id, Case c, Instant storedAt) throws SQLException {
        ArrayNode events = JsonNodeFactory.instance.arrayNode();
        events.addObject().put("id", id).put("type", "id.netra.case.closed.v1").put("source", "/test")
                .put("subject", c.number()).put("region", c.region()).put("occurred", storedAt.toString())
                .put("data", JsonNodeFactory.instance.objectNode().put("caseNumber", c.number()).toString());
        try (PreparedStatement append = connection.prepareStatement("SELECT feed_append_all(cast(? as jsonb), ?)");
                PreparedStatement seq = connection.prepareStatement("SELECT seq FROM feed_event WHERE event_id = ?")) {
            append.setString(1, events.toString());
            append.setTimestamp(2, Timestamp.from(storedAt));
            append.execute();
            seq.setString(1, id);
            try (ResultSet rows = seq.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }
}
