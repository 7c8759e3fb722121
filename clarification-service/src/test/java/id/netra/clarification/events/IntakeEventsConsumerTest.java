package id.netra.clarification.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

import id.netra.clarification.Api;
import id.netra.clarification.Database;
import id.netra.clarification.IntakeEvents;
import id.netra.clarification.TopicReader;
import id.netra.contracts.CaseClosed;
import id.netra.contracts.CaseRegistered;
import id.netra.contracts.ClarificationOpened;
import id.netra.contracts.CloudEventHeaders;
import id.netra.contracts.EventCodec;
import id.netra.contracts.EventType;
import id.netra.contracts.EvidenceAttached;
import id.netra.contracts.Topics;
import id.netra.devstack.DemoAccount;
import id.netra.kit.calendar.DayUnit;
import id.netra.kit.calendar.WorkingDays;

@QuarkusTest
class IntakeEventsConsumerTest {

    private static final String DLQ = "netra.clarification.dlq";

    @Test
    void shouldOpenExactlyOneClarificationHoweverOftenTheCaseIsAnnounced() {
        CaseRegistered event = IntakeEvents.newCase("64.71");
        String eventId = UUID.randomUUID().toString();
        String anotherEventId = UUID.randomUUID().toString();

        IntakeEvents.send(event, eventId);
        Api.awaitClarification(event.caseNumber());
        IntakeEvents.send(event, eventId);
        IntakeEvents.send(event, anotherEventId);
        // same key, same partition: once the last copy is marked done, the redelivery before it was handled too
        await().atMost(Duration.ofSeconds(30))
                .until(() -> Database.count("SELECT count(*) FROM inbox_event WHERE event_id = ?", anotherEventId) == 1);

        assertThat(Database.count("SELECT count(*) FROM clarification WHERE case_id = ?", event.caseId())).isEqualTo(1);
        assertThat(Database.count("SELECT count(*) FROM outbox_event WHERE aggregate_id = ? AND type = ?",
                event.caseId().toString(), EventType.CLARIFICATION_OPENED.type())).isEqualTo(1);
        assertThat(Database.count("SELECT count(*) FROM clarification_audit WHERE case_number = ? AND action = ?",
                event.caseNumber(), "OPENED")).isEqualTo(1);
        Api.as(DemoAccount.INSPEKTORAT_BALIKPAPAN).get(Api.CLARIFICATIONS + "/" + event.caseNumber())
                .then().statusCode(200).contentType(ContentType.JSON)
                .body("caseId", equalTo(event.caseId().toString()))
                .body("status", equalTo("OPEN"))
                .body("overdue", equalTo(false))
                .body("electionCode", equalTo("PILKADA_2024"))
                .body("accused.name", equalTo("Budi Santoso"))
                .body("allegedViolationCodes", hasItem("D7"));
    }

    @Test
    void shouldPublishClarificationOpenedKeyedByTheCaseWithTheDueDate() {
        CaseRegistered event = IntakeEvents.registered("64.71");

        ConsumerRecord<String, String> record = TopicReader.awaitRecord(Topics.CLARIFICATION, event.caseId().toString(),
                r -> EventType.CLARIFICATION_OPENED.type().equals(TopicReader.header(r, CloudEventHeaders.TYPE)));

        assertThat(TopicReader.header(record, CloudEventHeaders.SUBJECT)).isEqualTo(event.caseNumber());
        assertThat(TopicReader.header(record, CloudEventHeaders.SOURCE)).isEqualTo("/netra/clarification");
        assertThat(TopicReader.header(record, CloudEventHeaders.SPEC_VERSION)).isEqualTo("1.0");
        ClarificationOpened opened = (ClarificationOpened) new EventCodec()
                .fromJson(EventType.CLARIFICATION_OPENED.type(), record.value());
        assertThat(opened.caseNumber()).isEqualTo(event.caseNumber());
        assertThat(opened.regionCode()).isEqualTo("64.71");
        // PILKADA: 5 working days in Balikpapan's zone (WITA), ending when the due day ends there
        assertThat(opened.dueAt()).isEqualTo(WorkingDays.standard()
                .deadline(opened.openedAt(), 5, DayUnit.WORKING_DAYS, ZoneId.of("Asia/Makassar")).dueAt());
        assertThat(opened.dueAt().atZone(ZoneId.of("Asia/Makassar")).toLocalTime()).isEqualTo(LocalTime.MIDNIGHT);
    }

    @Test
    void shouldKeepEachEvidenceFileOnceHoweverOftenItIsAnnounced() {
        CaseRegistered registered = IntakeEvents.registered("64.71");
        EvidenceAttached evidence = IntakeEvents.evidence(registered, "AB".repeat(32));
        String eventId = UUID.randomUUID().toString();
        String anotherEventId = UUID.randomUUID().toString();

        IntakeEvents.send(evidence, eventId);
        IntakeEvents.send(evidence, eventId);
        IntakeEvents.send(evidence, anotherEventId);
        await().atMost(Duration.ofSeconds(30))
                .until(() -> Database.count("SELECT count(*) FROM inbox_event WHERE event_id = ?", anotherEventId) == 1);

        assertThat(Database.count("SELECT count(*) FROM clarification_evidence WHERE evidence_id = ?",
                evidence.evidenceId())).isEqualTo(1);
        assertThat(Database.count("SELECT count(*) FROM clarification_audit WHERE case_number = ? AND action = ?",
                registered.caseNumber(), "EVIDENCE_RECEIVED")).isEqualTo(1);
        Api.as(DemoAccount.INSPEKTORAT_BALIKPAPAN).get(Api.CLARIFICATIONS + "/" + registered.caseNumber())
                .then().statusCode(200)
                .body("evidence.evidenceId", contains(evidence.evidenceId().toString()))
                // stored as intake's hex in lower case, so a review compares like with like
                .body("evidence[0].sha256", equalTo("ab".repeat(32)))
                .body("evidence[0].fileName", equalTo("foto-deklarasi.jpg"))
                .body("evidence[0].reviews", hasSize(0));
    }

    @Test
    void shouldKeepEvidenceAnnouncedBeforeTheRegistration() {
        CaseRegistered registered = IntakeEvents.newCase("64.71");
        EvidenceAttached evidence = IntakeEvents.evidence(registered, "cd".repeat(32));

        IntakeEvents.send(evidence, UUID.randomUUID().toString());
        IntakeEvents.send(registered, UUID.randomUUID().toString());
        Api.awaitClarification(registered.caseNumber());

        Api.as(DemoAccount.INSPEKTORAT_BALIKPAPAN).get(Api.CLARIFICATIONS + "/" + registered.caseNumber())
                .then().statusCode(200).body("evidence.evidenceId", contains(evidence.evidenceId().toString()));
    }

    @Test
    void shouldParkAMalformedEventOnTheDeadLetterTopicAndGoOnWithTheNext() {
        CaseRegistered next = IntakeEvents.newCase("64.71");
        String key = next.caseId().toString();

        // the same key puts both on one partition: the good event waits behind the bad one
        IntakeEvents.sendRaw(key, UUID.randomUUID().toString(), EventType.CASE_REGISTERED.type(), next.caseNumber(),
                "{not json");
        IntakeEvents.send(next, UUID.randomUUID().toString());

        ConsumerRecord<String, String> parked = TopicReader.awaitRecord(DLQ, key, r -> "{not json".equals(r.value()));
        assertThat(TopicReader.header(parked, "dead-letter-reason")).isNotBlank();
        Api.awaitClarification(next.caseNumber());
    }

    @Test
    void shouldParkARegistrationWithoutTheAccused() {
        CaseRegistered incomplete = new CaseRegistered(UUID.randomUUID(), IntakeEvents.newCase("64.71").caseNumber(),
                "64.71", "PILKADA_2024", "PARTNER", null, List.of(), null, "rep-1", Instant.now());
        IntakeEvents.send(incomplete, UUID.randomUUID().toString());

        ConsumerRecord<String, String> parked = TopicReader.awaitRecord(DLQ, incomplete.caseId().toString(),
                r -> true);
        assertThat(TopicReader.header(parked, "dead-letter-reason")).contains("accused");
        assertThat(Database.count("SELECT count(*) FROM clarification WHERE case_id = ?", incomplete.caseId()))
                .isZero();
    }

    @Test
    void shouldIgnoreEventTypesItDoesNotHandle() {
        CaseRegistered event = IntakeEvents.newCase("64.71");
        String eventId = UUID.randomUUID().toString();
        String closed = new EventCodec().toJson(new CaseClosed(event.caseId(), event.caseNumber(),
                "64.71", "NOT_PROVEN", Instant.now()));
        IntakeEvents.sendRaw(event.caseId().toString(), eventId, EventType.CASE_CLOSED.type(), event.caseNumber(),
                closed);
        IntakeEvents.send(event, UUID.randomUUID().toString());

        // the handled event behind it arrives: the foreign one neither blocked it nor opened anything
        Api.awaitClarification(event.caseNumber());
        assertThat(Database.count("SELECT count(*) FROM inbox_event WHERE event_id = ?", eventId)).isZero();
    }
}
