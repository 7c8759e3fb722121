package id.netra.clarification.clarification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import java.util.HashMap;
import java.util.Map;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

import id.netra.clarification.Api;
import id.netra.clarification.Database;
import id.netra.clarification.IntakeEvents;
import id.netra.clarification.TopicReader;
import id.netra.contracts.CandidacyStage;
import id.netra.contracts.CaseRegistered;
import id.netra.contracts.ClarificationCorrected;
import id.netra.contracts.CloudEventHeaders;
import id.netra.contracts.EventCodec;
import id.netra.contracts.EventType;
import id.netra.contracts.Outcome;
import id.netra.contracts.PositionCategory;
import id.netra.contracts.Topics;
import id.netra.devstack.DemoAccount;

/** A conclusion is final: a correction is its own audited act with its own event. */
@QuarkusTest
class ClarificationCorrectionTest {

    private static final Map<String, Object> PROVEN = Map.of("outcome", "PROVEN", "violationCodes",
            new String[] { "D7" }, "actDate", "2024-10-01", "positionCategory", "OTHER", "reason",
            "Foto dengan gestur jari.");

    @Test
    void shouldCorrectAConclusionAndSayWhatChangedFromWhatAndWhy() {
        CaseRegistered registered = IntakeEvents.registered("64.71");
        post(registered, "/conclusion", PROVEN).then().statusCode(200);

        Map<String, Object> correction = new HashMap<>(PROVEN);
        correction.put("actDate", "2024-09-20");
        correction.put("positionCategory", "JPT");
        correction.put("correctionReason", "Tanggal dan jabatan salah ketik.");
        post(registered, "/conclusion/corrections", correction)
                .then().statusCode(200).contentType(ContentType.JSON)
                .body("status", equalTo("CONCLUDED"))
                .body("conclusion.actDate", equalTo("2024-09-20"))
                .body("conclusion.positionCategory", equalTo("JPT"))
                .body("conclusion.candidacyStage", equalTo("PROSPECTIVE_CANDIDATE"))
                .body("conclusion.concludedBy", equalTo("inspektorat.balikpapan"))
                .body("conclusion.corrections", hasSize(1))
                .body("conclusion.corrections[0].changedFields",
                        contains("actDate", "candidacyStage", "positionCategory"))
                .body("conclusion.corrections[0].before.actDate", equalTo("2024-10-01"))
                .body("conclusion.corrections[0].before.candidacyStage", equalTo("CANDIDATE"))
                .body("conclusion.corrections[0].after.positionCategory", equalTo("JPT"))
                .body("conclusion.corrections[0].reason", equalTo("Tanggal dan jabatan salah ketik."));

        ConsumerRecord<String, String> record = TopicReader.awaitRecord(Topics.CLARIFICATION,
                registered.caseId().toString(),
                r -> EventType.CLARIFICATION_CORRECTED.type().equals(TopicReader.header(r, CloudEventHeaders.TYPE)));
        ClarificationCorrected corrected = (ClarificationCorrected) new EventCodec()
                .fromJson(EventType.CLARIFICATION_CORRECTED.type(), record.value());
        assertThat(corrected.outcome()).isEqualTo(Outcome.PROVEN);
        assertThat(corrected.candidacyStage()).isEqualTo(CandidacyStage.PROSPECTIVE_CANDIDATE);
        assertThat(corrected.positionCategory()).isEqualTo(PositionCategory.JPT);
        assertThat(corrected.changedFields()).containsExactly("actDate", "candidacyStage", "positionCategory");
        assertThat(corrected.correctionReason()).isEqualTo("Tanggal dan jabatan salah ketik.");
        assertThat(corrected.correctedBy()).isEqualTo("inspektorat.balikpapan");
        Api.as(DemoAccount.ADMIN).get(Api.CLARIFICATIONS + "/" + registered.caseNumber() + "/audit")
                .then().statusCode(200)
                .body("entries.action", contains("OPENED", "CONCLUDED", "CORRECTED"))
                .body("entries[2].details.changedFields", contains("actDate", "candidacyStage", "positionCategory"))
                .body("entries[2].details.before.positionCategory", equalTo("OTHER"));
    }

    @Test
    void shouldTurnAProvenConclusionIntoNotProvenOnlyWithAllItsFacts() {
        CaseRegistered registered = IntakeEvents.registered("64.71");
        post(registered, "/conclusion", PROVEN).then().statusCode(200);

        post(registered, "/conclusion/corrections", Map.of("outcome", "NOT_PROVEN", "violationCodes",
                new String[] { "D7" }, "reason", "Bukti ternyata rekayasa.", "correctionReason", "Bukti baru."))
                .then().statusCode(400).contentType(Api.PROBLEM_JSON)
                .body("errors.code", contains("VIOLATION_CODES_NOT_ALLOWED", "REASON_CODE_REQUIRED"));
        post(registered, "/conclusion/corrections", Map.of("outcome", "NOT_PROVEN", "reasonCode",
                "INSUFFICIENT_EVIDENCE", "reason", "Bukti ternyata rekayasa.", "correctionReason", "Bukti baru."))
                .then().statusCode(200)
                .body("conclusion.outcome", equalTo("NOT_PROVEN"))
                .body("conclusion.violationCodes", hasSize(0))
                .body("conclusion.corrections[0].changedFields", contains("outcome", "violationCodes", "actDate", "reasonCode",
                        "reason", "candidacyStage", "positionCategory"));
    }

    @Test
    void shouldRefuseACorrectionOfAnOpenClarificationOneThatChangesNothingAndOneWithoutReason() {
        CaseRegistered registered = IntakeEvents.registered("64.71");
        Map<String, Object> same = new HashMap<>(PROVEN);
        same.put("correctionReason", "Tidak ada.");

        post(registered, "/conclusion/corrections", same)
                .then().statusCode(409).contentType(Api.PROBLEM_JSON)
                .body("code", equalTo("CLARIFICATION_NOT_CONCLUDED"));
        post(registered, "/conclusion", PROVEN).then().statusCode(200);
        post(registered, "/conclusion/corrections", same)
                .then().statusCode(422).contentType(Api.PROBLEM_JSON)
                .body("code", equalTo("CORRECTION_CHANGES_NOTHING"));
        post(registered, "/conclusion/corrections", PROVEN)
                .then().statusCode(400).contentType(Api.PROBLEM_JSON)
                .body("errors.field", contains("correctionReason"))
                .body("errors.code", contains("CORRECTION_REASON_REQUIRED"));
        assertThat(Database.count("SELECT count(*) FROM clarification_correction co JOIN clarification c "
                + "ON c.id = co.clarification_id WHERE c.case_id = ?", registered.caseId())).isZero();
        assertThat(Database.count("SELECT count(*) FROM outbox_event WHERE aggregate_id = ? AND type = ?",
                registered.caseId().toString(), EventType.CLARIFICATION_CORRECTED.type())).isZero();
    }

    @Test
    void shouldAuditEveryChangeWithWhoAndWhen() {
        CaseRegistered registered = IntakeEvents.registered("64.71");
        post(registered, "/assignment", Map.of("assignee", "ani.inspektorat")).then().statusCode(200);
        post(registered, "/notes", Map.of("text", "Catatan.")).then().statusCode(201);
        post(registered, "/conclusion",
                Map.of("outcome", "NOT_PROVEN", "reasonCode", "ACT_NOT_A_VIOLATION", "reason", "Bukan pelanggaran."))
                .then().statusCode(200);

        Api.as(DemoAccount.AUDITOR).get(Api.CLARIFICATIONS + "/" + registered.caseNumber() + "/audit")
                .then().statusCode(200).contentType(ContentType.JSON)
                .body("caseNumber", equalTo(registered.caseNumber()))
                .body("entries.action", contains("OPENED", "ASSIGNED", "NOTE_ADDED", "CONCLUDED"))
                .body("entries.actor", contains("system", "inspektorat.balikpapan", "inspektorat.balikpapan",
                        "inspektorat.balikpapan"))
                .body("entries[3].details.reasonCode", equalTo("ACT_NOT_A_VIOLATION"));
        Api.as(DemoAccount.AUDITOR).get(Api.CLARIFICATIONS + "/64.71-2024-999999/audit")
                .then().statusCode(404).contentType(Api.PROBLEM_JSON).body("code", equalTo("CASE_NOT_FOUND"));
    }

    private static Response post(CaseRegistered registered, String path, Map<String, Object> body) {
        return Api.as(DemoAccount.INSPEKTORAT_BALIKPAPAN).contentType(ContentType.JSON).body(body)
                .post(Api.CLARIFICATIONS + "/" + registered.caseNumber() + path);
    }
}
