package id.netra.sanction.recommendation;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

import id.netra.contracts.ClarificationConcluded;
import id.netra.contracts.CloudEventHeaders;
import id.netra.contracts.EventCodec;
import id.netra.contracts.EventType;
import id.netra.contracts.SanctionDecided;
import id.netra.contracts.SanctionNonCompliant;
import id.netra.contracts.Topics;
import id.netra.devstack.DemoAccount;
import id.netra.devstack.test.PostgresTestResource;
import id.netra.devstack.test.TestTokens;
import id.netra.kit.problem.Problem;
import id.netra.kit.region.RegionCatalog;
import id.netra.sanction.Conclusions;
import id.netra.sanction.TopicReader;

@QuarkusTest
class DecisionResourceTest {

    private static final String DECISION = "/api/v1/recommendations/{caseNumber}/decision";
    private static final String ONE = "/api/v1/recommendations/{caseNumber}";

    @Test
    void shouldRecordASanctionAtTheRecommendedLevelAsCompliantAndPublishIt() {
        ClarificationConcluded event = Conclusions.sendAndAwait(Conclusions.provenD7("64.71"));
        LocalDate today = today();

        decide(DemoAccount.PPK_BALIKPAPAN, event.caseNumber(), body("TURUN_JABATAN_12", null))
                .statusCode(200)
                .body("status", equalTo("DECIDED"))
                .body("decision.sanctionCode", equalTo("TURUN_JABATAN_12"))
                .body("decision.level", equalTo("BERAT"))
                .body("decision.compliant", equalTo(true))
                .body("decision.decreeNumber", equalTo("800.1.6.4/123/BKPSDM"))
                .body("decision.decreeDate", equalTo(today.toString()))
                .body("decision.decidedBy", equalTo("ppk.balikpapan"))
                .body("decisionDue.overdue", equalTo(false));

        ConsumerRecord<String, String> record = TopicReader.awaitRecord(Topics.SANCTION,
                r -> event.caseId().toString().equals(r.key())
                        && EventType.SANCTION_DECIDED.type().equals(TopicReader.header(r, CloudEventHeaders.TYPE)));
        SanctionDecided decided = (SanctionDecided) new EventCodec().fromJson(EventType.SANCTION_DECIDED.type(),
                record.value());
        assertThat(decided.caseNumber()).isEqualTo(event.caseNumber());
        assertThat(decided.sanctionCode()).isEqualTo("TURUN_JABATAN_12");
        assertThat(decided.level()).isEqualTo("BERAT");
        assertThat(decided.compliant()).isTrue();
        assertThat(decided.decreeDate()).isEqualTo(today);
    }

    @Test
    void shouldRefuseALowerLevelWithoutJustificationAndStoreNothing() throws SQLException {
        ClarificationConcluded event = Conclusions.sendAndAwait(Conclusions.provenD7("64.71"));

        decide(DemoAccount.PPK_BALIKPAPAN, event.caseNumber(), body("TUKIN_25_6", "  "))
                .statusCode(422).contentType(Problem.MEDIA_TYPE)
                .body("code", equalTo("JUSTIFICATION_REQUIRED"));

        given().header("Authorization", TestTokens.bearer(DemoAccount.PPK_BALIKPAPAN)).get(ONE, event.caseNumber())
                .then().statusCode(200).body("status", equalTo("ISSUED")).body("decision", nullValue());
        assertThat(count("SELECT count(*) FROM outbox_event WHERE aggregate_id = ?", event.caseId().toString()))
                .isEqualTo(1);
    }

    @Test
    void shouldRecordAJustifiedLowerLevelAsNonCompliant() {
        ClarificationConcluded event = Conclusions.sendAndAwait(Conclusions.provenD7("64.71"));

        decide(DemoAccount.PPK_BALIKPAPAN, event.caseNumber(),
                body("TUKIN_25_6", "Terlapor baru pertama kali melanggar dan mengakui perbuatannya."))
                .statusCode(200)
                // the law keeps the case open until the recommended sanction is imposed
                .body("status", equalTo("NON_COMPLIANT"))
                .body("decision.level", equalTo("SEDANG"))
                .body("decision.compliant", equalTo(false))
                .body("decision.justification", equalTo("Terlapor baru pertama kali melanggar dan mengakui perbuatannya."));
    }

    @Test
    void shouldPublishTheNonComplianceOfAJustifiedLowerLevelAfterTheDecision() {
        ClarificationConcluded event = Conclusions.sendAndAwait(Conclusions.provenD7("64.71"));

        decide(DemoAccount.PPK_BALIKPAPAN, event.caseNumber(), body("TEGURAN_LISAN", "Terlapor sakit berat."))
                .statusCode(200).body("decision.compliant", equalTo(false));

        assertThat(id.netra.sanction.Database.eventTypes(event.caseNumber())).containsExactly(
                EventType.RECOMMENDATION_ISSUED.type(), EventType.SANCTION_DECIDED.type(),
                EventType.SANCTION_NONCOMPLIANT.type());
        ConsumerRecord<String, String> record = TopicReader.awaitRecord(Topics.SANCTION,
                r -> event.caseId().toString().equals(r.key()) && EventType.SANCTION_NONCOMPLIANT.type()
                        .equals(TopicReader.header(r, CloudEventHeaders.TYPE)));
        SanctionNonCompliant nonCompliant = (SanctionNonCompliant) new EventCodec()
                .fromJson(EventType.SANCTION_NONCOMPLIANT.type(), record.value());
        assertThat(nonCompliant.recommendedLevel()).isEqualTo("BERAT");
        assertThat(nonCompliant.imposedLevel()).isEqualTo("RINGAN");
        assertThat(nonCompliant.sanctionCode()).isEqualTo("TEGURAN_LISAN");
        assertThat(nonCompliant.justification()).isEqualTo("Terlapor sakit berat.");
    }

    @Test
    void shouldRecordAHeavierSanctionThanRecommendedAsCompliantWithoutJustification() {
        ClarificationConcluded event = Conclusions.sendAndAwait(Conclusions.proven("64.71", "PILKADA_2024",
                LocalDate.of(2024, 10, 5), Instant.now(), "D3"));

        decide(DemoAccount.PPK_BALIKPAPAN, event.caseNumber(), body("TURUN_JABATAN_12", null))
                .statusCode(200)
                .body("level", equalTo("SEDANG"))
                .body("decision.level", equalTo("BERAT"))
                .body("decision.compliant", equalTo(true));
        assertThat(id.netra.sanction.Database.eventTypes(event.caseNumber()))
                .doesNotContain(EventType.SANCTION_NONCOMPLIANT.type());
    }

    @Test
    void shouldRecordASanctionAtTheRecommendedLevelOfADisputedRowAsCompliant() {
        ClarificationConcluded event = Conclusions.sendAndAwait(Conclusions.proven("64.71", "PILKADA_2024",
                LocalDate.of(2024, 10, 5), Instant.now(), "D3"));

        decide(DemoAccount.PPK_BALIKPAPAN, event.caseNumber(), body("TUKIN_25_12", null))
                .statusCode(200)
                .body("disputed", equalTo(true))
                .body("alternativeLevel", equalTo("BERAT"))
                .body("decision.compliant", equalTo(true));
    }

    @Test
    void shouldMeetAPtdhRecommendationOnlyWithPtdh() {
        ClarificationConcluded event = Conclusions.sendAndAwait(Conclusions.proven("64.71", "PILKADA_2024",
                LocalDate.of(2024, 10, 5), Instant.now(), "D5"));

        decide(DemoAccount.PPK_BALIKPAPAN, event.caseNumber(), body("PDH_TAPS", "Mengundurkan diri dari partai."))
                .statusCode(422).contentType(Problem.MEDIA_TYPE)
                .body("code", equalTo("PTDH_REQUIRED"));
        decide(DemoAccount.PPK_BALIKPAPAN, event.caseNumber(), body("PTDH", null))
                .statusCode(200)
                .body("decision.level", equalTo("PTDH"))
                .body("decision.compliant", equalTo(true));
    }

    @Test
    void shouldLetOnlyOneOfTwoSimultaneousDecisionsThroughAndAnswerTheOtherWithAConflict() throws Exception {
        ClarificationConcluded event = Conclusions.sendAndAwait(Conclusions.provenD7("64.71"));
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Integer>> answers = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                answers.add(pool.submit(() -> decide(DemoAccount.PPK_BALIKPAPAN, event.caseNumber(),
                        body("TURUN_JABATAN_12", null)).extract().statusCode()));
            }
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> answer : answers) {
                statuses.add(answer.get());
            }
            assertThat(statuses).containsOnly(200, 409).containsOnlyOnce(200);
        } finally {
            pool.shutdown();
        }
        assertThat(count("SELECT count(*) FROM outbox_event WHERE subject = ? AND type = 'id.netra.sanction.decided.v1'",
                event.caseNumber())).isEqualTo(1);
    }

    @Test
    void shouldRefuseASecondDecision() {
        ClarificationConcluded event = Conclusions.sendAndAwait(Conclusions.provenD7("64.71"));
        decide(DemoAccount.PPK_BALIKPAPAN, event.caseNumber(), body("PDH_TAPS", null)).statusCode(200);

        decide(DemoAccount.PPK_BALIKPAPAN, event.caseNumber(), body("TURUN_JABATAN_12", null))
                .statusCode(409).contentType(Problem.MEDIA_TYPE)
                .body("code", equalTo("ALREADY_DECIDED"));
    }

    @Test
    void shouldNameTheFieldOfAnUnknownSanctionOrAMissingDecree() {
        ClarificationConcluded event = Conclusions.sendAndAwait(Conclusions.provenD7("64.71"));
        Map<String, Object> body = body("SKORSING", null);
        body.remove("decreeNumber");

        decide(DemoAccount.PPK_BALIKPAPAN, event.caseNumber(), body)
                .statusCode(400).contentType(Problem.MEDIA_TYPE)
                .body("code", equalTo("VALIDATION_FAILED"))
                .body("errors.find { it.field == 'sanctionCode' }.code", equalTo("UNKNOWN_SANCTION"))
                .body("errors.find { it.field == 'decreeNumber' }.code", equalTo("REQUIRED"));
    }

    @Test
    void shouldRefuseADecreeDatedInTheFuture() {
        ClarificationConcluded event = Conclusions.sendAndAwait(Conclusions.provenD7("64.71"));
        Map<String, Object> body = body("TURUN_JABATAN_12", null);
        body.put("decreeDate", today().plusDays(2).toString());

        decide(DemoAccount.PPK_BALIKPAPAN, event.caseNumber(), body)
                .statusCode(400).contentType(Problem.MEDIA_TYPE)
                .body("errors.field", hasItem("decreeDate"))
                .body("errors.find { it.field == 'decreeDate' }.code", equalTo("DECREE_DATE_IN_FUTURE"));
    }

    @Test
    void shouldHideAnotherRegionsCaseAsNotFound() {
        ClarificationConcluded event = Conclusions.sendAndAwait(Conclusions.provenD7("64.71"));
        String ppkKaltara = "Bearer " + TestTokens.token("ppk.kaltara", Set.of("ppk"), "65");

        given().header("Authorization", ppkKaltara).contentType(ContentType.JSON)
                .body(body("TURUN_JABATAN_12", null)).post(DECISION, event.caseNumber())
                .then().statusCode(404).contentType(Problem.MEDIA_TYPE).body("code", equalTo("CASE_NOT_FOUND"));
    }

    @Test
    void shouldLetOnlyAPpkDecide() {
        ClarificationConcluded event = Conclusions.sendAndAwait(Conclusions.provenD7("64.71"));

        decide(DemoAccount.BKN, event.caseNumber(), body("TURUN_JABATAN_12", null))
                .statusCode(403).contentType(Problem.MEDIA_TYPE).body("code", equalTo("FORBIDDEN"));
        given().contentType(ContentType.JSON).body(body("TURUN_JABATAN_12", null)).post(DECISION, event.caseNumber())
                .then().statusCode(401).contentType(Problem.MEDIA_TYPE).body("code", equalTo("UNAUTHENTICATED"));
    }

    @Test
    void shouldOfferAPppkTheSanctionsOfAContractAndRefuseThoseOfAPnsCareer() {
        ClarificationConcluded event = Conclusions.sendAndAwait(Conclusions.proven("64.71", "PILKADA_2024",
                LocalDate.of(2024, 10, 5), Instant.now(), Conclusions.newPppk(), null, "D7"));
        given().header("Authorization", TestTokens.bearer(DemoAccount.PPK_BALIKPAPAN)).get(ONE, event.caseNumber())
                .then().statusCode(200)
                .body("level", equalTo("BERAT"))
                .body("sanctionOptions.code", contains("PUTUS_PK_TAPS"));

        decide(DemoAccount.PPK_BALIKPAPAN, event.caseNumber(), body("TURUN_JABATAN_12", null))
                .statusCode(422).contentType(Problem.MEDIA_TYPE)
                .body("code", equalTo("SANCTION_NOT_FOR_PPPK"));
        assertThat(id.netra.sanction.Database.eventTypes(event.caseNumber()))
                .containsExactly(EventType.RECOMMENDATION_ISSUED.type());
        decide(DemoAccount.PPK_BALIKPAPAN, event.caseNumber(), body("PUTUS_PK_TAPS", null))
                .statusCode(200)
                .body("decision.level", equalTo("BERAT"))
                .body("decision.compliant", equalTo(true));
    }

    @Test
    void shouldRefuseToEndTheWorkAgreementOfAPns() {
        ClarificationConcluded event = Conclusions.sendAndAwait(Conclusions.provenD7("64.71"));
        given().header("Authorization", TestTokens.bearer(DemoAccount.PPK_BALIKPAPAN)).get(ONE, event.caseNumber())
                .then().statusCode(200)
                .body("sanctionOptions.code", contains("TURUN_JABATAN_12", "PEMBEBASAN_JABATAN_12", "PDH_TAPS"));

        decide(DemoAccount.PPK_BALIKPAPAN, event.caseNumber(), body("PUTUS_PK_TAPS", null))
                .statusCode(422).body("code", equalTo("SANCTION_ONLY_FOR_PPPK"));
    }

    @Test
    void shouldRefusePtdhWhereTheRecommendationIsNotOnThePartyMembershipGround() throws SQLException {
        ClarificationConcluded event = Conclusions.sendAndAwait(Conclusions.provenD7("64.71"));

        decide(DemoAccount.PPK_BALIKPAPAN, event.caseNumber(), body("PTDH", null))
                .statusCode(422).contentType(Problem.MEDIA_TYPE)
                .body("code", equalTo("PTDH_NOT_ALLOWED"));
        assertThat(id.netra.sanction.Database.eventTypes(event.caseNumber()))
                .containsExactly(EventType.RECOMMENDATION_ISSUED.type());
    }

    @Test
    void shouldRefuseADisciplineSanctionForAnEthicsOnlyCaseWithoutItsOwnLegalBasis() {
        // KE5 before the candidate-setting date: an ethics breach, MORAL
        ClarificationConcluded event = Conclusions.sendAndAwait(Conclusions.proven("64.71", "PILKADA_2024",
                LocalDate.of(2024, 9, 1), Instant.now(), "KE5"));

        decide(DemoAccount.PPK_BALIKPAPAN, event.caseNumber(), body("TEGURAN_TERTULIS", "Alasan PPK."))
                .statusCode(422).contentType(Problem.MEDIA_TYPE)
                .body("code", equalTo("OWN_LEGAL_BASIS_REQUIRED"));
        Map<String, Object> withBasis = body("TEGURAN_TERTULIS", null);
        withBasis.put("legalBasis", "PP 94/2021 Pasal 3 huruf f");
        decide(DemoAccount.PPK_BALIKPAPAN, event.caseNumber(), withBasis)
                .statusCode(422).body("code", equalTo("OWN_LEGAL_BASIS_REQUIRED"));

        withBasis.put("justification", "Perbuatan juga melanggar kewajiban disiplin.");
        decide(DemoAccount.PPK_BALIKPAPAN, event.caseNumber(), withBasis)
                .statusCode(200)
                .body("status", equalTo("DECIDED"))
                .body("level", equalTo("MORAL"))
                .body("decision.level", equalTo("RINGAN"))
                .body("decision.legalBasis", equalTo("PP 94/2021 Pasal 3 huruf f"))
                .body("decision.justification", equalTo("Perbuatan juga melanggar kewajiban disiplin."));
    }

    @Test
    void shouldRecordTheSupervisingBodyOfTheIssueDateAndTheCriminalSide() {
        ClarificationConcluded kasn = Conclusions.sendAndAwait(Conclusions.proven("64.71", "PEMILU_2024",
                LocalDate.of(2024, 1, 10), Instant.parse("2024-07-01T02:00:00Z"), "D12"));
        ClarificationConcluded bkn = Conclusions.sendAndAwait(Conclusions.proven("64.71", "PILKADA_2024",
                LocalDate.of(2024, 10, 5), Instant.parse("2024-10-20T02:00:00Z"), "D10"));
        ClarificationConcluded plain = Conclusions.sendAndAwait(Conclusions.provenD7("64.71"));

        given().header("Authorization", TestTokens.bearer(DemoAccount.BKN)).get(ONE, kasn.caseNumber())
                .then().statusCode(200)
                .body("supervisingBody", equalTo("KASN"))
                .body("criminalNotice", equalTo(
                        "UU 7/2017 Pasal 280 ayat (3) jo. Pasal 494 (ASN dalam tim kampanye)"));
        given().header("Authorization", TestTokens.bearer(DemoAccount.BKN)).get(ONE, bkn.caseNumber())
                .then().statusCode(200)
                .body("supervisingBody", equalTo("BKN"))
                .body("criminalNotice", org.hamcrest.Matchers.startsWith("UU 10/2016 Pasal 71 ayat (1) jo. Pasal 188"));
        given().header("Authorization", TestTokens.bearer(DemoAccount.BKN)).get(ONE, plain.caseNumber())
                .then().statusCode(200)
                .body("supervisingBody", equalTo("BKN"))
                .body("criminalNotice", nullValue());
    }

    private static ValidatableResponse decide(DemoAccount account, String caseNumber, Map<String, Object> body) {
        return given().header("Authorization", TestTokens.bearer(account)).contentType(ContentType.JSON).body(body)
                .post(DECISION, caseNumber).then();
    }

    private static Map<String, Object> body(String sanctionCode, String justification) {
        Map<String, Object> body = new HashMap<>();
        body.put("sanctionCode", sanctionCode);
        body.put("decreeNumber", "800.1.6.4/123/BKPSDM");
        body.put("decreeDate", today().toString());
        if (justification != null) {
            body.put("justification", justification);
        }
        return body;
    }

    // the recommendation was issued moments ago, so today in Balikpapan is neither before it nor in the future
    private static LocalDate today() {
        return LocalDate.now(RegionCatalog.WITA);
    }

    private static long count(String sql, Object parameter) throws SQLException {
        return PostgresTestResource.number(sql, parameter);
    }
}
