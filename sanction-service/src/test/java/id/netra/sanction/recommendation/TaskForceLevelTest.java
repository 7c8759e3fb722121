package id.netra.sanction.recommendation;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

import id.netra.contracts.ClarificationConcluded;
import id.netra.contracts.CloudEventHeaders;
import id.netra.contracts.EventCodec;
import id.netra.contracts.EventType;
import id.netra.contracts.RecommendationLevelSet;
import id.netra.contracts.Topics;
import id.netra.devstack.DemoAccount;
import id.netra.devstack.test.TestTokens;
import id.netra.kit.problem.Problem;
import id.netra.sanction.Conclusions;
import id.netra.sanction.Database;
import id.netra.sanction.TopicReader;

@QuarkusTest
class TaskForceLevelTest {

    private static final String LEVEL = "/api/v1/recommendations/{caseNumber}/level";
    private static final String REASON = "Satgas menilai penggunaan mobil dinas setara pelanggaran sedang.";

    @Test
    void shouldIssueAD13CaseOnceBknSetsTheLevelAndPublishIt() {
        ClarificationConcluded event = Conclusions.sendAndAwait(d13());

        setLevel(DemoAccount.BKN, event.caseNumber(), "SEDANG", REASON)
                .statusCode(200)
                .body("status", equalTo("ISSUED"))
                .body("level", equalTo("SEDANG"))
                .body("taskForce.level", equalTo("SEDANG"))
                .body("taskForce.reason", equalTo(REASON))
                .body("taskForce.setBy", equalTo("bkn"))
                .body("decisionDue.dueAt", notNullValue())
                .body("sanctionOptions.code", contains("TUKIN_25_6", "TUKIN_25_9", "TUKIN_25_12"))
                .body("violations[0].violationCode", equalTo("D13"))
                .body("violations[0].level", nullValue());

        ConsumerRecord<String, String> record = TopicReader.awaitRecord(Topics.SANCTION,
                r -> event.caseId().toString().equals(r.key())
                        && EventType.RECOMMENDATION_LEVEL_SET.type().equals(TopicReader.header(r, CloudEventHeaders.TYPE)));
        RecommendationLevelSet set = (RecommendationLevelSet) new EventCodec()
                .fromJson(EventType.RECOMMENDATION_LEVEL_SET.type(), record.value());
        assertThat(set.taskForceLevel()).isEqualTo("SEDANG");
        assertThat(set.level()).isEqualTo("SEDANG");
        assertThat(set.reason()).isEqualTo(REASON);
        assertThat(set.dueAt()).isNotNull();
        // now the PPK may decide
        given().header("Authorization", TestTokens.bearer(DemoAccount.PPK_BALIKPAPAN)).contentType(ContentType.JSON)
                .body(Map.of("sanctionCode", "TUKIN_25_6", "decreeNumber", "800/1/BKPSDM", "decreeDate",
                        LocalDate.now(id.netra.kit.region.RegionCatalog.WITA).toString()))
                .post("/api/v1/recommendations/{caseNumber}/decision", event.caseNumber())
                .then().statusCode(200).body("decision.compliant", equalTo(true));
    }

    @Test
    void shouldNotLetTheTaskForceGoBelowTheOtherProvenCodes() {
        ClarificationConcluded event = Conclusions.sendAndAwait(Conclusions.proven("64.71", "PILKADA_2024",
                LocalDate.of(2024, 10, 5), Instant.now(), "D7", "D13"));
        given().header("Authorization", TestTokens.bearer(DemoAccount.ADMIN))
                .get("/api/v1/recommendations/{caseNumber}", event.caseNumber())
                .then().statusCode(200)
                .body("status", equalTo("AWAITING_TASK_FORCE"))
                .body("taskForce.minimumLevel", equalTo("BERAT"));

        setLevel(DemoAccount.BKN, event.caseNumber(), "RINGAN", REASON)
                .statusCode(200)
                .body("taskForce.level", equalTo("RINGAN"))
                .body("level", equalTo("BERAT"));
    }

    @Test
    void shouldRefuseASecondLevelAndACaseNotWaiting() {
        ClarificationConcluded waiting = Conclusions.sendAndAwait(d13());
        ClarificationConcluded issued = Conclusions.sendAndAwait(Conclusions.provenD7("64.71"));
        setLevel(DemoAccount.BKN, waiting.caseNumber(), "BERAT", REASON).statusCode(200);

        setLevel(DemoAccount.BKN, waiting.caseNumber(), "RINGAN", REASON)
                .statusCode(409).contentType(Problem.MEDIA_TYPE).body("code", equalTo("NOT_AWAITING_TASK_FORCE"));
        setLevel(DemoAccount.BKN, issued.caseNumber(), "RINGAN", REASON)
                .statusCode(409).body("code", equalTo("NOT_AWAITING_TASK_FORCE"));
        assertThat(Database.eventTypes(waiting.caseNumber())).containsExactly(EventType.RECOMMENDATION_ISSUED.type(),
                EventType.RECOMMENDATION_LEVEL_SET.type());
    }

    @Test
    void shouldNameTheFieldsOfAnUnknownLevelAndAMissingReason() {
        ClarificationConcluded event = Conclusions.sendAndAwait(d13());

        given().header("Authorization", TestTokens.bearer(DemoAccount.BKN)).header("Accept-Language", "en")
                .contentType(ContentType.JSON).body(Map.of("level", "SKORSING", "reason", " "))
                .post(LEVEL, event.caseNumber())
                .then().statusCode(400).contentType(Problem.MEDIA_TYPE)
                .body("errors.find { it.field == 'level' }.code", equalTo("UNKNOWN_LEVEL"))
                .body("errors.find { it.field == 'level' }.message",
                        equalTo("There is no sanction level SKORSING; choose one of MORAL, RINGAN, SEDANG, BERAT, PTDH."))
                .body("errors.find { it.field == 'reason' }.code", equalTo("REQUIRED"));
        given().header("Authorization", TestTokens.bearer(DemoAccount.ADMIN))
                .get("/api/v1/recommendations/{caseNumber}", event.caseNumber())
                .then().statusCode(200).body("status", equalTo("AWAITING_TASK_FORCE"));
    }

    @Test
    void shouldLetOnlyBknSetTheLevel() {
        ClarificationConcluded event = Conclusions.sendAndAwait(d13());

        setLevel(DemoAccount.PPK_BALIKPAPAN, event.caseNumber(), "SEDANG", REASON).statusCode(403);
        setLevel(DemoAccount.ADMIN, event.caseNumber(), "SEDANG", REASON).statusCode(403);
        setLevel(DemoAccount.BKN, "64.71-2024-999999", "SEDANG", REASON).statusCode(404)
                .body("code", equalTo("CASE_NOT_FOUND"));
    }

    private static ClarificationConcluded d13() {
        return Conclusions.proven("64.71", "PILKADA_2024", LocalDate.of(2024, 10, 5), Instant.now(), "D13");
    }

    private static ValidatableResponse setLevel(DemoAccount account, String caseNumber, String level, String reason) {
        return given().header("Authorization", TestTokens.bearer(account)).contentType(ContentType.JSON)
                .body(Map.of("level", level, "reason", reason)).post(LEVEL, caseNumber).then();
    }
}
