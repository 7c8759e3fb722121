package id.netra.clarification.clarification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import java.time.LocalDate;
import java.util.Map;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

import id.netra.clarification.Api;
import id.netra.clarification.IntakeEvents;
import id.netra.clarification.TopicReader;
import id.netra.contracts.CandidacyStage;
import id.netra.contracts.CaseRegistered;
import id.netra.contracts.ClarificationConcluded;
import id.netra.contracts.CloudEventHeaders;
import id.netra.contracts.EventCodec;
import id.netra.contracts.EventType;
import id.netra.contracts.Outcome;
import id.netra.contracts.PositionCategory;
import id.netra.contracts.Topics;
import id.netra.devstack.DemoAccount;

@QuarkusTest
class ClarificationConclusionTest {

    private static final Map<String, Object> PROVEN_D7 = Map.of("outcome", "PROVEN", "violationCodes", new String[] { "D7" },
            "actDate", "2024-10-01", "positionCategory", "JPT", "reason",
            "Foto dengan gestur jari mendukung pasangan calon.");

    @Test
    void shouldConcludeProvenAndPublishTheCodesTheDateOfTheActAndTheAccused() {
        CaseRegistered registered = IntakeEvents.registered("64.71");

        conclude(registered, DemoAccount.INSPEKTORAT_BALIKPAPAN, PROVEN_D7)
                .then().statusCode(200).contentType(ContentType.JSON)
                .body("status", equalTo("CONCLUDED"))
                .body("conclusion.outcome", equalTo("PROVEN"))
                .body("conclusion.violationCodes", contains("D7"))
                .body("conclusion.actDate", equalTo("2024-10-01"))
                .body("conclusion.concludedBy", equalTo("inspektorat.balikpapan"))
                .body("conclusion.positionCategory", equalTo("JPT"))
                .body("conclusion.candidacyStage", equalTo("CANDIDATE"));

        ConsumerRecord<String, String> record = TopicReader.awaitRecord(Topics.CLARIFICATION,
                registered.caseId().toString(),
                r -> EventType.CLARIFICATION_CONCLUDED.type().equals(TopicReader.header(r, CloudEventHeaders.TYPE)));
        ClarificationConcluded concluded = (ClarificationConcluded) new EventCodec()
                .fromJson(EventType.CLARIFICATION_CONCLUDED.type(), record.value());
        assertThat(concluded.outcome()).isEqualTo(Outcome.PROVEN);
        assertThat(concluded.violationCodes()).containsExactly("D7");
        assertThat(concluded.actDate()).isEqualTo(LocalDate.of(2024, 10, 1));
        assertThat(concluded.electionCode()).isEqualTo("PILKADA_2024");
        assertThat(concluded.accused()).isEqualTo(registered.accused());
        // PILKADA_2024 set its candidates on 2024-09-22: an act of 2024-10-01 supported a candidate
        assertThat(concluded.candidacyStage()).isEqualTo(CandidacyStage.CANDIDATE);
        assertThat(concluded.positionCategory()).isEqualTo(PositionCategory.JPT);
        assertThat(concluded.caseNumber()).isEqualTo(registered.caseNumber());
        assertThat(TopicReader.header(record, CloudEventHeaders.SUBJECT)).isEqualTo(registered.caseNumber());
    }

    @Test
    void shouldConcludeNotProvenWithTheReasonAndNoCodes() {
        CaseRegistered registered = IntakeEvents.registered("64.71");

        conclude(registered, DemoAccount.INSPEKTORAT_BALIKPAPAN,
                Map.of("outcome", "NOT_PROVEN", "reasonCode", "INSUFFICIENT_EVIDENCE", "reason",
                        "Tidak ditemukan bukti keterlibatan terlapor."))
                .then().statusCode(200).contentType(ContentType.JSON)
                .body("conclusion.outcome", equalTo("NOT_PROVEN"))
                .body("conclusion.violationCodes", hasSize(0))
                .body("conclusion.reason", equalTo("Tidak ditemukan bukti keterlibatan terlapor."))
                .body("conclusion.reasonCode", equalTo("INSUFFICIENT_EVIDENCE"))
                .body("conclusion.candidacyStage", nullValue());

        ConsumerRecord<String, String> record = TopicReader.awaitRecord(Topics.CLARIFICATION,
                registered.caseId().toString(),
                r -> EventType.CLARIFICATION_CONCLUDED.type().equals(TopicReader.header(r, CloudEventHeaders.TYPE)));
        ClarificationConcluded concluded = (ClarificationConcluded) new EventCodec()
                .fromJson(EventType.CLARIFICATION_CONCLUDED.type(), record.value());
        assertThat(concluded.outcome()).isEqualTo(Outcome.NOT_PROVEN);
        assertThat(concluded.reason()).isEqualTo("Tidak ditemukan bukti keterlibatan terlapor.");
        assertThat(concluded.candidacyStage()).isNull();
        assertThat(concluded.positionCategory()).isNull();
    }

    @Test
    void shouldRefuseToConcludeTwice() {
        CaseRegistered registered = IntakeEvents.registered("64.71");
        conclude(registered, DemoAccount.INSPEKTORAT_BALIKPAPAN, PROVEN_D7).then().statusCode(200);

        conclude(registered, DemoAccount.INSPEKTORAT_BALIKPAPAN,
                Map.of("outcome", "NOT_PROVEN", "reasonCode", "OTHER", "reason", "Berubah pikiran."))
                .then().statusCode(409).contentType(Api.PROBLEM_JSON)
                .body("status", equalTo(409))
                .body("code", equalTo("CLARIFICATION_ALREADY_CONCLUDED"))
                .body("detail", startsWith("Klarifikasi perkara " + registered.caseNumber()));
    }

    @Test
    void shouldExplainTheRefusalInEnglishWhenAsked() {
        CaseRegistered registered = IntakeEvents.registered("64.71");
        conclude(registered, DemoAccount.INSPEKTORAT_BALIKPAPAN, PROVEN_D7).then().statusCode(200);

        Api.as(DemoAccount.INSPEKTORAT_BALIKPAPAN).header("Accept-Language", "en").contentType(ContentType.JSON)
                .body(Map.of("outcome", "PROVEN", "violationCodes", new String[] { "NOPE" }, "actDate", "2024-10-01",
                        "positionCategory", "OTHER", "reason", "Terbukti."))
                .post(Api.CLARIFICATIONS + "/" + registered.caseNumber() + "/conclusion")
                .then().statusCode(400).contentType(Api.PROBLEM_JSON)
                .body("errors[0].message", equalTo("Violation code NOPE is not in the violation catalogue."));
        Api.as(DemoAccount.INSPEKTORAT_BALIKPAPAN).header("Accept-Language", "en").contentType(ContentType.JSON)
                .body(PROVEN_D7)
                .post(Api.CLARIFICATIONS + "/" + registered.caseNumber() + "/conclusion")
                .then().statusCode(409).contentType(Api.PROBLEM_JSON)
                .body("detail", startsWith("The clarification of case " + registered.caseNumber()));
    }

    @Test
    void shouldRefuseAViolationCodeOutsideTheCatalogue() {
        CaseRegistered registered = IntakeEvents.registered("64.71");

        conclude(registered, DemoAccount.INSPEKTORAT_BALIKPAPAN,
                Map.of("outcome", "PROVEN", "violationCodes", new String[] { "D7", "X99" }, "actDate", "2024-10-01",
                        "positionCategory", "OTHER", "reason", "Terbukti."))
                .then().statusCode(400).contentType(Api.PROBLEM_JSON)
                .body("code", equalTo("VALIDATION_FAILED"))
                .body("errors", hasSize(1))
                .body("errors[0].field", equalTo("violationCodes[1]"))
                .body("errors[0].code", equalTo("UNKNOWN_VIOLATION_CODE"))
                .body("errors[0].message", equalTo("Kode pelanggaran X99 tidak ada dalam katalog pelanggaran."));
        stillOpen(registered);
    }

    @Test
    void shouldRequireCodesAndTheDateOfTheActForProven() {
        CaseRegistered registered = IntakeEvents.registered("64.71");

        conclude(registered, DemoAccount.INSPEKTORAT_BALIKPAPAN, Map.of("outcome", "PROVEN", "reason", "Terbukti."))
                .then().statusCode(400).contentType(Api.PROBLEM_JSON)
                .body("errors.code", contains("VIOLATION_CODES_REQUIRED", "ACT_DATE_REQUIRED",
                        "POSITION_CATEGORY_REQUIRED"))
                .body("errors.field", contains("violationCodes", "actDate", "positionCategory"));
        stillOpen(registered);
    }

    @Test
    void shouldRefuseAnActDateInTheFuture() {
        CaseRegistered registered = IntakeEvents.registered("64.71");

        conclude(registered, DemoAccount.INSPEKTORAT_BALIKPAPAN, Map.of("outcome", "PROVEN", "violationCodes",
                new String[] { "D7" }, "actDate", LocalDate.now().plusDays(2).toString(), "positionCategory", "LURAH",
                "reason", "Terbukti."))
                .then().statusCode(400).contentType(Api.PROBLEM_JSON)
                .body("errors.code", contains("ACT_DATE_IN_FUTURE"))
                .body("errors.field", contains("actDate"));
        stillOpen(registered);
    }

    @Test
    void shouldRequireAReasonForNotProven() {
        CaseRegistered registered = IntakeEvents.registered("64.71");

        conclude(registered, DemoAccount.INSPEKTORAT_BALIKPAPAN, Map.of("outcome", "NOT_PROVEN", "reason", "  "))
                .then().statusCode(400).contentType(Api.PROBLEM_JSON)
                .body("code", equalTo("VALIDATION_FAILED"))
                .body("errors.field", contains("reason"))
                .body("errors.code", contains("REASON_REQUIRED"));
        stillOpen(registered);
    }

    @Test
    void shouldDeriveAProspectiveCandidateFromAnActBeforeTheCandidateSettingDate() {
        CaseRegistered registered = IntakeEvents.registered("64.71");

        // PILKADA_2024 set its candidates on 2024-09-22; the day before, the act concerned a bakal calon
        conclude(registered, DemoAccount.INSPEKTORAT_BALIKPAPAN, Map.of("outcome", "PROVEN", "violationCodes",
                new String[] { "D7" }, "actDate", "2024-09-21", "positionCategory", "CAMAT", "reason", "Terbukti."))
                .then().statusCode(200)
                .body("conclusion.candidacyStage", equalTo("PROSPECTIVE_CANDIDATE"))
                .body("conclusion.positionCategory", equalTo("CAMAT"));
        CaseRegistered onTheDay = IntakeEvents.registered("64.71");
        conclude(onTheDay, DemoAccount.INSPEKTORAT_BALIKPAPAN, Map.of("outcome", "PROVEN", "violationCodes",
                new String[] { "D7" }, "actDate", "2024-09-22", "positionCategory", "CAMAT", "reason", "Terbukti."))
                .then().statusCode(200)
                .body("conclusion.candidacyStage", equalTo("CANDIDATE"));
    }

    @Test
    void shouldRequireAReasonCodeForNotProvenAndRefuseFactsOfTheOtherOutcome() {
        CaseRegistered registered = IntakeEvents.registered("64.71");

        conclude(registered, DemoAccount.INSPEKTORAT_BALIKPAPAN,
                Map.of("outcome", "NOT_PROVEN", "positionCategory", "JPT", "reason", "Tidak terbukti."))
                .then().statusCode(400).contentType(Api.PROBLEM_JSON)
                .body("errors.code", contains("REASON_CODE_REQUIRED", "POSITION_CATEGORY_NOT_ALLOWED"))
                .body("errors.field", contains("reasonCode", "positionCategory"));
        conclude(registered, DemoAccount.INSPEKTORAT_BALIKPAPAN, Map.of("outcome", "PROVEN", "violationCodes",
                new String[] { "D7" }, "actDate", "2024-10-01", "positionCategory", "JPT", "reasonCode", "OTHER",
                "reason", "Terbukti."))
                .then().statusCode(400).contentType(Api.PROBLEM_JSON)
                .body("errors.code", contains("REASON_CODE_NOT_ALLOWED"));
        conclude(registered, DemoAccount.INSPEKTORAT_BALIKPAPAN,
                Map.of("outcome", "NOT_PROVEN", "reasonCode", "BECAUSE", "reason", "Tidak terbukti."))
                .then().statusCode(400).contentType(Api.PROBLEM_JSON)
                .body("code", equalTo("BODY_UNREADABLE"))
                .body("errors[0].field", equalTo("reasonCode"));
        stillOpen(registered);
    }

    @Test
    void shouldRequireTheOutcome() {
        CaseRegistered registered = IntakeEvents.registered("64.71");

        conclude(registered, DemoAccount.INSPEKTORAT_BALIKPAPAN, Map.of("reason", "Tanpa kesimpulan."))
                .then().statusCode(400).contentType(Api.PROBLEM_JSON)
                .body("code", equalTo("VALIDATION_FAILED"))
                .body("errors.field", hasItem("outcome"));
    }

    @Test
    void shouldRefuseAnOutcomeItDoesNotKnow() {
        CaseRegistered registered = IntakeEvents.registered("64.71");

        conclude(registered, DemoAccount.INSPEKTORAT_BALIKPAPAN, Map.of("outcome", "MAYBE"))
                .then().statusCode(400).contentType(Api.PROBLEM_JSON)
                .body("code", equalTo("BODY_UNREADABLE"))
                .body("errors[0].field", equalTo("outcome"));
        stillOpen(registered);
    }

    private static io.restassured.response.Response conclude(CaseRegistered registered, DemoAccount account,
            Map<String, Object> body) {
        return Api.as(account).contentType(ContentType.JSON).body(body)
                .post(Api.CLARIFICATIONS + "/" + registered.caseNumber() + "/conclusion");
    }

    private static void stillOpen(CaseRegistered registered) {
        Api.as(DemoAccount.INSPEKTORAT_BALIKPAPAN).get(Api.CLARIFICATIONS + "/" + registered.caseNumber())
                .then().statusCode(200).body("status", equalTo("OPEN")).body("conclusion", nullValue());
    }
}
