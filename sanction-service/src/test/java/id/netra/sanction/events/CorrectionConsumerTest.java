package id.netra.sanction.events;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

import id.netra.contracts.ClarificationConcluded;
import id.netra.contracts.ClarificationCorrected;
import id.netra.contracts.EventType;
import id.netra.contracts.Outcome;
import id.netra.devstack.DemoAccount;
import id.netra.devstack.test.TestTokens;
import id.netra.kit.region.RegionCatalog;
import id.netra.sanction.Conclusions;
import id.netra.sanction.Database;
import id.netra.sanction.TopicReader;

@QuarkusTest
class CorrectionConsumerTest {

    private static final String ONE = "/api/v1/recommendations/{caseNumber}";

    @Test
    void shouldReviseAnUndecidedRecommendationOnceAndKeepWhatItReplaced() {
        ClarificationConcluded original = Conclusions.sendAndAwait(Conclusions.provenD7("64.71"));
        ClarificationCorrected correction = Conclusions.correction(original, Outcome.PROVEN, List.of("violationCodes"),
                "D3");
        String eventId = UUID.randomUUID().toString();

        Conclusions.send(correction, eventId);
        Conclusions.send(correction, eventId);

        await().atMost(Duration.ofSeconds(30)).until(() -> Database.count(
                "SELECT count(*) FROM recommendation_revision v JOIN recommendation r ON r.id = v.recommendation_id"
                        + " WHERE r.case_number = ?",
                original.caseNumber()) == 1);
        JsonPath view = given().header("Authorization", TestTokens.bearer(DemoAccount.PPK_BALIKPAPAN))
                .get(ONE, original.caseNumber()).then().statusCode(200)
                .body("status", equalTo("ISSUED"))
                .body("level", equalTo("SEDANG"))
                .body("violations.violationCode", contains("D3"))
                .body("revisions", hasSize(1))
                .body("revisions[0].previousLevel", equalTo("BERAT"))
                .body("revisions[0].previousStatus", equalTo("ISSUED"))
                .body("revisions[0].changedFields", contains("violationCodes"))
                .body("revisions[0].correctedBy", equalTo("inspektorat.balikpapan"))
                .extract().jsonPath();
        assertThat(view.getString("revisions[0].correctionReason")).contains("Salah ketik");
        assertThat(Database.count("SELECT count(*) FROM recommendation_revision v JOIN recommendation r"
                + " ON r.id = v.recommendation_id WHERE r.case_number = ? AND v.previous LIKE '%\"D7\"%'",
                original.caseNumber())).isEqualTo(1);
        // the revised recommendation is issued again, after the first
        await().atMost(Duration.ofSeconds(30)).until(() -> Database.eventTypes(original.caseNumber()).size() == 2);
        assertThat(Database.eventTypes(original.caseNumber())).containsExactly(EventType.RECOMMENDATION_ISSUED.type(),
                EventType.RECOMMENDATION_ISSUED.type());
    }

    @Test
    void shouldCloseTheCaseWhenTheCorrectionFindsItNotProven() {
        ClarificationConcluded original = Conclusions.sendAndAwait(Conclusions.provenD7("64.71"));

        Conclusions.send(Conclusions.correction(original, Outcome.NOT_PROVEN, List.of("outcome")),
                UUID.randomUUID().toString());

        ConsumerRecord<String, String> closed = TopicReader.awaitRecord(id.netra.contracts.Topics.SANCTION,
                r -> original.caseId().toString().equals(r.key()) && EventType.CASE_CLOSED.type()
                        .equals(TopicReader.header(r, id.netra.contracts.CloudEventHeaders.TYPE)));
        assertThat(closed.value()).contains("NOT_PROVEN");
        given().header("Authorization", TestTokens.bearer(DemoAccount.BKN)).get(ONE, original.caseNumber())
                .then().statusCode(200)
                .body("status", equalTo("CLOSED"))
                .body("level", nullValue())
                .body("decisionDue", nullValue())
                .body("revisions[0].previousLevel", equalTo("BERAT"));
        // no longer a proven act: it cannot make the accused a repeat offender
        assertThat(Database.count("SELECT count(*) FROM proven_act WHERE case_id = ?", original.caseId())).isZero();
    }

    @Test
    void shouldParkACorrectionOfADecidedCaseAndLeaveTheDecisionAlone() {
        ClarificationConcluded original = Conclusions.sendAndAwait(Conclusions.proven("64.71", "PILKADA_2024",
                LocalDate.of(2024, 10, 5), Instant.now(), "D7"));
        given().header("Authorization", TestTokens.bearer(DemoAccount.PPK_BALIKPAPAN)).contentType(ContentType.JSON)
                .body(Map.of("sanctionCode", "PDH_TAPS", "decreeNumber", "800/3/BKPSDM", "decreeDate",
                        LocalDate.now(RegionCatalog.WITA).toString()))
                .post(ONE + "/decision", original.caseNumber()).then().statusCode(200);

        Conclusions.send(Conclusions.correction(original, Outcome.PROVEN, List.of("violationCodes"), "KE7"),
                UUID.randomUUID().toString());

        ConsumerRecord<String, String> parked = TopicReader.awaitRecord("netra.sanction.dlq",
                r -> original.caseId().toString().equals(r.key()));
        assertThat(TopicReader.header(parked, "dead-letter-reason")).contains("already decided");
        given().header("Authorization", TestTokens.bearer(DemoAccount.BKN)).get(ONE, original.caseNumber())
                .then().statusCode(200)
                .body("status", equalTo("DECIDED"))
                .body("level", equalTo("BERAT"))
                .body("revisions", hasSize(0));
    }
}
