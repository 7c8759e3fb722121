package id.netra.clarification.clarification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

import id.netra.clarification.Api;
import id.netra.clarification.Database;
import id.netra.clarification.IntakeEvents;
import id.netra.clarification.TopicReader;
import id.netra.contracts.Attendance;
import id.netra.contracts.CaseRegistered;
import id.netra.contracts.ClarificationAttendanceRecorded;
import id.netra.contracts.ClarificationEvidenceReviewed;
import id.netra.contracts.ClarificationRescheduled;
import id.netra.contracts.ClarificationStatementRecorded;
import id.netra.contracts.CloudEventHeaders;
import id.netra.contracts.EventCodec;
import id.netra.contracts.EventType;
import id.netra.contracts.EvidenceAttached;
import id.netra.contracts.Topics;
import id.netra.devstack.DemoAccount;
import id.netra.kit.time.AdjustableClock;

/** Reschedule, attendance and no-show, statements, evidence review and internal notes, with their events. */
@QuarkusTest
class ClarificationHearingFlowTest {

    private static final int NEXT_YEAR = LocalDate.now().getYear() + 1;
    private static final String HASH = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";

    @Inject
    Clock clock;

    @AfterEach
    void resetTheClock() {
        ((AdjustableClock) clock).reset();
    }

    @Test
    void shouldPublishARescheduleWithThePreviousTimeButNotItsReason() {
        CaseRegistered registered = IntakeEvents.registered("64.71");
        schedule(registered, NEXT_YEAR + "-02-05T09:00", null).then().statusCode(200);

        schedule(registered, NEXT_YEAR + "-02-12T13:00", "Terlapor sakit, surat dokter terlampir.")
                .then().statusCode(200).body("schedules.current", contains(false, true));

        ClarificationRescheduled moved = (ClarificationRescheduled) await(registered,
                EventType.CLARIFICATION_RESCHEDULED, r -> true);
        assertThat(moved.previousScheduledAt()).isEqualTo(Instant.parse(NEXT_YEAR + "-02-05T01:00:00Z"));
        assertThat(moved.scheduledAt()).isEqualTo(Instant.parse(NEXT_YEAR + "-02-12T05:00:00Z"));
        assertThat(Database.count("SELECT count(*) FROM outbox_event WHERE aggregate_id = ? AND payload LIKE ?",
                registered.caseId().toString(), "%surat dokter%")).isZero();
        assertThat(Database.count("SELECT count(*) FROM clarification_audit WHERE case_number = ? AND action = ?",
                registered.caseNumber(), "RESCHEDULED")).isEqualTo(1);
    }

    @Test
    void shouldRecordANoShowOnceTheHearingTimeHasComeThenAttendanceAtTheNextSummons() {
        CaseRegistered registered = IntakeEvents.registered("64.71");
        attendance(registered, Map.of("attendance", "NO_SHOW"))
                .then().statusCode(409).contentType(Api.PROBLEM_JSON).body("code", equalTo("NO_HEARING_SCHEDULED"));
        schedule(registered, NEXT_YEAR + "-03-04T09:00", null).then().statusCode(200);

        // one second before the hearing, on Balikpapan's clock (WITA, UTC+8)
        ((AdjustableClock) clock).set(Instant.parse(NEXT_YEAR + "-03-04T00:59:59Z"));
        attendance(registered, Map.of("attendance", "NO_SHOW"))
                .then().statusCode(409).body("code", equalTo("HEARING_NOT_YET_HELD"));
        ((AdjustableClock) clock).set(Instant.parse(NEXT_YEAR + "-03-04T01:00:00Z"));
        attendance(registered, Map.of("attendance", "NO_SHOW", "note", "Tidak hadir tanpa kabar."))
                .then().statusCode(200)
                .body("schedules[0].attendance.attendance", equalTo("NO_SHOW"))
                .body("schedules[0].attendance.note", equalTo("Tidak hadir tanpa kabar."))
                .body("schedules[0].attendance.recordedBy", equalTo("inspektorat.balikpapan"));
        attendance(registered, Map.of("attendance", "ATTENDED"))
                .then().statusCode(409).body("code", equalTo("ATTENDANCE_ALREADY_RECORDED"));

        schedule(registered, NEXT_YEAR + "-03-11T09:00", "Terlapor tidak hadir pada panggilan pertama.")
                .then().statusCode(200);
        ((AdjustableClock) clock).set(Instant.parse(NEXT_YEAR + "-03-11T02:00:00Z"));
        attendance(registered, Map.of("attendance", "ATTENDED")).then().statusCode(200)
                .body("schedules.attendance.attendance", contains("NO_SHOW", "ATTENDED"));

        ClarificationAttendanceRecorded noShow = (ClarificationAttendanceRecorded) await(registered,
                EventType.CLARIFICATION_ATTENDANCE_RECORDED, r -> r.value().contains("NO_SHOW"));
        assertThat(noShow.scheduledAt()).isEqualTo(Instant.parse(NEXT_YEAR + "-03-04T01:00:00Z"));
        assertThat(noShow.attendance()).isEqualTo(Attendance.NO_SHOW);
        assertThat(Database.count("SELECT count(*) FROM outbox_event WHERE aggregate_id = ? AND payload LIKE ?",
                registered.caseId().toString(), "%tanpa kabar%")).isZero();
    }

    @Test
    void shouldRefuseAnAttendanceWithoutAValue() {
        CaseRegistered registered = IntakeEvents.registered("64.71");

        attendance(registered, Map.of("note", "x".repeat(4001)))
                .then().statusCode(400).contentType(Api.PROBLEM_JSON)
                .body("errors.field", contains("attendance", "note"));
        attendance(registered, Map.of("attendance", "LATE"))
                .then().statusCode(400).body("code", equalTo("BODY_UNREADABLE"))
                .body("errors[0].field", equalTo("attendance"));
    }

    @Test
    void shouldPublishThatAStatementWasHeardWithoutTheNameOrTheText() {
        CaseRegistered registered = IntakeEvents.registered("64.71");
        String statedAt = OffsetDateTime.now(ZoneOffset.ofHours(8)).minusHours(2).withNano(0).toString();

        String id = Api.as(DemoAccount.INSPEKTORAT_BALIKPAPAN).contentType(ContentType.JSON)
                .body(Map.of("role", "REPORTER", "name", "Rahasia Pelapor", "statedAt", statedAt, "text",
                        "Pelapor melihat unggahan terlapor."))
                .post(Api.CLARIFICATIONS + "/" + registered.caseNumber() + "/statements")
                .then().statusCode(201).extract().path("id");

        ConsumerRecord<String, String> record = awaitRecord(registered, EventType.CLARIFICATION_STATEMENT_RECORDED,
                r -> true);
        ClarificationStatementRecorded recorded = (ClarificationStatementRecorded) decode(
                EventType.CLARIFICATION_STATEMENT_RECORDED, record);
        assertThat(recorded.statementId()).isEqualTo(UUID.fromString(id));
        assertThat(recorded.role()).isEqualTo("REPORTER");
        assertThat(recorded.statedAt()).isEqualTo(OffsetDateTime.parse(statedAt).toInstant());
        assertThat(record.value()).doesNotContain("Rahasia").doesNotContain("unggahan");
    }

    @Test
    void shouldReviewEvidenceByReferenceAndTellWhetherTheHashIsIntakes() {
        CaseRegistered registered = IntakeEvents.registered("64.71");
        EvidenceAttached evidence = IntakeEvents.attached(registered, HASH);

        review(registered, evidence.evidenceId().toString(),
                Map.of("sha256", HASH.toUpperCase(), "note", "Foto asli, terlapor terlihat jelas."))
                .then().statusCode(201).contentType(ContentType.JSON)
                .body("hashMatches", equalTo(true))
                .body("sha256Seen", equalTo(HASH))
                .body("reviewedBy", equalTo("inspektorat.balikpapan"));
        review(registered, evidence.evidenceId().toString(), Map.of("sha256", "0".repeat(64)))
                .then().statusCode(201).body("hashMatches", equalTo(false)).body("note", nullValue());

        Api.as(DemoAccount.BKN).get(Api.CLARIFICATIONS + "/" + registered.caseNumber())
                .then().statusCode(200)
                .body("evidence[0].reviews.hashMatches", contains(true, false))
                .body("evidence[0].reviews[0].note", equalTo("Foto asli, terlapor terlihat jelas."));
        ClarificationEvidenceReviewed reviewed = (ClarificationEvidenceReviewed) await(registered,
                EventType.CLARIFICATION_EVIDENCE_REVIEWED, r -> r.value().contains("\"hashMatches\":true"));
        assertThat(reviewed.evidenceId()).isEqualTo(evidence.evidenceId());
        assertThat(Database.count("SELECT count(*) FROM outbox_event WHERE aggregate_id = ? AND payload LIKE ?",
                registered.caseId().toString(), "%terlihat jelas%")).isZero();
    }

    @Test
    void shouldNotReviewEvidenceOfAnotherCaseOrAMalformedReference() {
        CaseRegistered registered = IntakeEvents.registered("64.71");
        CaseRegistered other = IntakeEvents.registered("64.71");
        EvidenceAttached othersEvidence = IntakeEvents.attached(other, HASH);

        review(registered, othersEvidence.evidenceId().toString(), Map.of("sha256", HASH))
                .then().statusCode(404).contentType(Api.PROBLEM_JSON).body("code", equalTo("EVIDENCE_NOT_FOUND"));
        review(registered, "not-a-uuid", Map.of("sha256", "xyz"))
                .then().statusCode(400).contentType(Api.PROBLEM_JSON)
                .body("errors.field", contains("evidenceId", "sha256"))
                .body("errors.code", contains("UUID_FORMAT", "SHA256_FORMAT"));
        assertThat(Database.count("SELECT count(*) FROM clarification_evidence_review r JOIN clarification c "
                + "ON c.id = r.clarification_id WHERE c.case_id = ?", registered.caseId())).isZero();
    }

    @Test
    void shouldKeepInternalNotesOutOfEveryEvent() {
        CaseRegistered registered = IntakeEvents.registered("64.71");

        note(registered, Map.of("text", "Catatan internal: minta SK jabatan."))
                .then().statusCode(201).contentType(ContentType.JSON)
                .body("text", equalTo("Catatan internal: minta SK jabatan."))
                .body("recordedBy", equalTo("inspektorat.balikpapan"));
        note(registered, Map.of("text", " ")).then().statusCode(400).body("errors.field", contains("text"));

        Api.as(DemoAccount.AUDITOR).get(Api.CLARIFICATIONS + "/" + registered.caseNumber())
                .then().statusCode(200).body("internalNotes", hasSize(1))
                .body("internalNotes[0].text", equalTo("Catatan internal: minta SK jabatan."));
        assertThat(Database.count("SELECT count(*) FROM outbox_event WHERE payload LIKE ?", "%minta SK jabatan%"))
                .isZero();
        // the audit says that a note was added, not what it says
        assertThat(Database.count("SELECT count(*) FROM clarification_audit WHERE case_number = ? AND action = ? "
                + "AND details NOT LIKE ?", registered.caseNumber(), "NOTE_ADDED", "%SK jabatan%")).isEqualTo(1);
    }

    private static Response schedule(CaseRegistered registered, String at, String reason) {
        Map<String, Object> body = new HashMap<>(Map.of("scheduledAt", at, "place", "Ruang Rapat Inspektorat",
                "letterNumber", "700/9/INSP"));
        if (reason != null) {
            body.put("reason", reason);
        }
        return post(registered, "/schedule", body);
    }

    private static Response attendance(CaseRegistered registered, Map<String, Object> body) {
        return post(registered, "/attendance", body);
    }

    private static Response review(CaseRegistered registered, String evidenceId, Map<String, Object> body) {
        return post(registered, "/evidence/" + evidenceId + "/reviews", body);
    }

    private static Response note(CaseRegistered registered, Map<String, Object> body) {
        return post(registered, "/notes", body);
    }

    private static Response post(CaseRegistered registered, String path, Map<String, Object> body) {
        return Api.as(DemoAccount.INSPEKTORAT_BALIKPAPAN).contentType(ContentType.JSON).body(body)
                .post(Api.CLARIFICATIONS + "/" + registered.caseNumber() + path);
    }

    private static ConsumerRecord<String, String> awaitRecord(CaseRegistered registered, EventType type,
            java.util.function.Predicate<ConsumerRecord<String, String>> matching) {
        return TopicReader.awaitRecord(Topics.CLARIFICATION, registered.caseId().toString(),
                r -> type.type().equals(TopicReader.header(r, CloudEventHeaders.TYPE)) && matching.test(r));
    }

    private static Object await(CaseRegistered registered, EventType type,
            java.util.function.Predicate<ConsumerRecord<String, String>> matching) {
        return decode(type, awaitRecord(registered, type, matching));
    }

    private static Object decode(EventType type, ConsumerRecord<String, String> record) {
        return new EventCodec().fromJson(type.type(), record.value());
    }
}
