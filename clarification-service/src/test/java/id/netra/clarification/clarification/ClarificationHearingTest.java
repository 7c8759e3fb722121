package id.netra.clarification.clarification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

import id.netra.clarification.Api;
import id.netra.clarification.IntakeEvents;
import id.netra.clarification.TopicReader;
import id.netra.contracts.CaseRegistered;
import id.netra.contracts.ClarificationScheduled;
import id.netra.contracts.CloudEventHeaders;
import id.netra.contracts.EventCodec;
import id.netra.contracts.EventType;
import id.netra.contracts.Topics;
import id.netra.devstack.DemoAccount;

@QuarkusTest
class ClarificationHearingTest {

    // a year ahead keeps the hearing in the future whenever the test runs
    private static final int NEXT_YEAR = LocalDate.now().getYear() + 1;

    @Test
    void shouldScheduleOnTheRegionsClockAndPublishOnlyTheTime() {
        CaseRegistered registered = IntakeEvents.registered("64.71");

        schedule(registered, summons(NEXT_YEAR + "-12-10T09:00", null))
                .then().statusCode(200).contentType(ContentType.JSON)
                .body("status", equalTo("OPEN"))
                .body("schedules", hasSize(1))
                // Balikpapan keeps WITA, UTC+8
                .body("schedules[0].scheduledAt", equalTo(NEXT_YEAR + "-12-10T01:00:00Z"))
                .body("schedules[0].scheduledAtLocal", equalTo(NEXT_YEAR + "-12-10T09:00:00"))
                .body("schedules[0].zone", equalTo("Asia/Makassar"))
                .body("schedules[0].place", equalTo("Ruang Rapat Inspektorat"))
                .body("schedules[0].letterNumber", equalTo("700/123/INSP/2024"))
                .body("schedules[0].current", equalTo(true))
                .body("schedules[0].recordedBy", equalTo("inspektorat.balikpapan"));

        ConsumerRecord<String, String> record = TopicReader.awaitRecord(Topics.CLARIFICATION,
                registered.caseId().toString(),
                r -> EventType.CLARIFICATION_SCHEDULED.type().equals(TopicReader.header(r, CloudEventHeaders.TYPE)));
        ClarificationScheduled scheduled = (ClarificationScheduled) new EventCodec()
                .fromJson(EventType.CLARIFICATION_SCHEDULED.type(), record.value());
        assertThat(scheduled.scheduledAt()).isEqualTo(Instant.parse(NEXT_YEAR + "-12-10T01:00:00Z"));
        assertThat(scheduled.rescheduled()).isFalse();
        assertThat(scheduled.caseNumber()).isEqualTo(registered.caseNumber());
        assertThat(TopicReader.header(record, CloudEventHeaders.SUBJECT)).isEqualTo(registered.caseNumber());
        assertThat(record.value()).doesNotContain("Ruang Rapat").doesNotContain("700/123");
    }

    @Test
    void shouldRequireAReasonToRescheduleAndKeepTheHistory() {
        CaseRegistered registered = IntakeEvents.registered("64.71");
        schedule(registered, summons(NEXT_YEAR + "-01-10T09:00", null)).then().statusCode(200);

        schedule(registered, summons(NEXT_YEAR + "-01-17T09:00", " "))
                .then().statusCode(400).contentType(Api.PROBLEM_JSON)
                .body("code", equalTo("VALIDATION_FAILED"))
                .body("errors.field", contains("reason"))
                .body("errors.code", contains("RESCHEDULE_REASON_REQUIRED"))
                .body("errors[0].message", equalTo("Penjadwalan ulang memerlukan alasan."));

        schedule(registered, summons(NEXT_YEAR + "-01-17T10:30", "Terlapor sedang dinas luar kota."))
                .then().statusCode(200)
                .body("schedules", hasSize(2))
                .body("schedules.scheduledAt", contains(NEXT_YEAR + "-01-10T01:00:00Z", NEXT_YEAR + "-01-17T02:30:00Z"))
                .body("schedules.current", contains(false, true))
                .body("schedules[1].reason", equalTo("Terlapor sedang dinas luar kota."));
        Api.as(DemoAccount.AUDITOR).get(Api.CLARIFICATIONS + "/" + registered.caseNumber())
                .then().statusCode(200).body("schedules", hasSize(2));

        ConsumerRecord<String, String> record = TopicReader.awaitRecord(Topics.CLARIFICATION,
                registered.caseId().toString(),
                r -> EventType.CLARIFICATION_SCHEDULED.type().equals(TopicReader.header(r, CloudEventHeaders.TYPE))
                        && r.value().contains("\"rescheduled\":true"));
        ClarificationScheduled moved = (ClarificationScheduled) new EventCodec()
                .fromJson(EventType.CLARIFICATION_SCHEDULED.type(), record.value());
        assertThat(moved.scheduledAt()).isEqualTo(Instant.parse(NEXT_YEAR + "-01-17T02:30:00Z"));
    }

    @Test
    void shouldRefuseAHearingInThePastAndMissingFields() {
        CaseRegistered registered = IntakeEvents.registered("64.71");

        schedule(registered, summons("2024-10-10T09:00", null))
                .then().statusCode(400).contentType(Api.PROBLEM_JSON)
                .body("errors.field", contains("scheduledAt"))
                .body("errors.code", contains("SCHEDULED_AT_NOT_IN_FUTURE"));
        schedule(registered, Map.of("scheduledAt", NEXT_YEAR + "-12-10T09:00", "place", "x".repeat(301)))
                .then().statusCode(400).contentType(Api.PROBLEM_JSON)
                .body("code", equalTo("VALIDATION_FAILED"))
                .body("errors.field", contains("letterNumber", "place"));
        Api.as(DemoAccount.INSPEKTORAT_BALIKPAPAN).get(Api.CLARIFICATIONS + "/" + registered.caseNumber())
                .then().statusCode(200).body("schedules", hasSize(0));
    }

    @Test
    void shouldRecordStatementsAndShowThemWithTheClarification() {
        CaseRegistered registered = IntakeEvents.registered("64.71");
        String statedAt = OffsetDateTime.now(ZoneOffset.ofHours(8)).minusHours(1).withNano(0).toString();

        String id = statement(registered, Map.of("role", "WITNESS", "name", "Siti Aminah", "statedAt", statedAt,
                "text", "Saksi melihat terlapor pada deklarasi."))
                .then().statusCode(201).contentType(ContentType.JSON)
                .body("id", matchesPattern("[0-9a-f-]{36}"))
                .extract().path("id");
        statement(registered, Map.of("role", "ACCUSED", "name", "Budi Santoso", "statedAt", statedAt,
                "text", "Terlapor membantah.")).then().statusCode(201).body("id", not(equalTo(id)));

        Api.as(DemoAccount.BKN).get(Api.CLARIFICATIONS + "/" + registered.caseNumber())
                .then().statusCode(200)
                .body("statements", hasSize(2))
                .body("statements[0].id", equalTo(id))
                .body("statements.role", contains("WITNESS", "ACCUSED"))
                .body("statements[0].name", equalTo("Siti Aminah"))
                .body("statements[0].text", equalTo("Saksi melihat terlapor pada deklarasi."))
                .body("statements[0].statedAt", equalTo(OffsetDateTime.parse(statedAt).toInstant().toString()));
    }

    @Test
    void shouldRefuseAnInvalidStatement() {
        CaseRegistered registered = IntakeEvents.registered("64.71");

        statement(registered, Map.of("role", "WITNESS", "name", " ", "text", "x".repeat(20001)))
                .then().statusCode(400).contentType(Api.PROBLEM_JSON)
                .body("code", equalTo("VALIDATION_FAILED"))
                .body("errors.field", contains("name", "statedAt", "text"));
        statement(registered, Map.of("role", "NEIGHBOUR", "name", "Ani", "statedAt", "2024-10-10T09:00:00+08:00",
                "text", "Keterangan."))
                .then().statusCode(400).contentType(Api.PROBLEM_JSON)
                .body("code", equalTo("BODY_UNREADABLE"))
                .body("errors[0].field", equalTo("role"));
        statement(registered, Map.of("role", "REPORTER", "name", "Ani",
                "statedAt", OffsetDateTime.now().plusDays(1).toString(), "text", "Keterangan."))
                .then().statusCode(400).contentType(Api.PROBLEM_JSON)
                .body("errors.code", contains("STATED_AT_IN_FUTURE"));
        Api.as(DemoAccount.INSPEKTORAT_BALIKPAPAN).get(Api.CLARIFICATIONS + "/" + registered.caseNumber())
                .then().statusCode(200).body("statements", hasSize(0));
    }

    @Test
    void shouldRefuseScheduleAndStatementOnceConcluded() {
        CaseRegistered registered = IntakeEvents.registered("64.71");
        Api.as(DemoAccount.INSPEKTORAT_BALIKPAPAN).contentType(ContentType.JSON)
                .body(Map.of("outcome", "NOT_PROVEN", "reasonCode", "INSUFFICIENT_EVIDENCE", "reason", "Tidak terbukti."))
                .post(Api.CLARIFICATIONS + "/" + registered.caseNumber() + "/conclusion").then().statusCode(200);

        schedule(registered, summons(NEXT_YEAR + "-12-10T09:00", "Ulang."))
                .then().statusCode(409).contentType(Api.PROBLEM_JSON)
                .body("code", equalTo("CLARIFICATION_CLOSED"));
        statement(registered, Map.of("role", "ACCUSED", "name", "Budi Santoso",
                "statedAt", "2024-10-10T09:00:00+08:00", "text", "Terlambat."))
                .then().statusCode(409).contentType(Api.PROBLEM_JSON)
                .body("code", equalTo("CLARIFICATION_CLOSED"))
                .body("detail", equalTo("Klarifikasi perkara " + registered.caseNumber()
                        + " sudah disimpulkan; jadwal dan keterangan tidak dapat ditambahkan lagi."));
    }

    private static Map<String, Object> summons(String scheduledAt, String reason) {
        Map<String, Object> body = new HashMap<>(Map.of("scheduledAt", scheduledAt, "place",
                "Ruang Rapat Inspektorat", "letterNumber", "700/123/INSP/2024"));
        if (reason != null) {
            body.put("reason", reason);
        }
        return body;
    }

    private static Response schedule(CaseRegistered registered, Map<String, Object> body) {
        return Api.as(DemoAccount.INSPEKTORAT_BALIKPAPAN).contentType(ContentType.JSON).body(body)
                .post(Api.CLARIFICATIONS + "/" + registered.caseNumber() + "/schedule");
    }

    private static Response statement(CaseRegistered registered, Map<String, Object> body) {
        return Api.as(DemoAccount.INSPEKTORAT_BALIKPAPAN).contentType(ContentType.JSON).body(body)
                .post(Api.CLARIFICATIONS + "/" + registered.caseNumber() + "/statements");
    }
}
