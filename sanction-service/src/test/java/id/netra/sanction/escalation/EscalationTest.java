package id.netra.sanction.escalation;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.VertxContextSupport;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

import id.netra.contracts.BlockRequested;
import id.netra.contracts.ClarificationConcluded;
import id.netra.contracts.CloudEventHeaders;
import id.netra.contracts.EventCodec;
import id.netra.contracts.EventType;
import id.netra.contracts.Outcome;
import id.netra.contracts.Topics;
import id.netra.devstack.DemoAccount;
import id.netra.devstack.test.TestTokens;
import id.netra.kit.problem.Problem;
import id.netra.kit.time.AdjustableClock;
import id.netra.sanction.Conclusions;
import id.netra.sanction.Database;
import id.netra.sanction.TopicReader;

@QuarkusTest
class EscalationTest {

    // Thu 7 Nov 2024, 10:00 WITA. 14 working days: Fri 8 (1), 11-15 Nov (6), 18-22 Nov (11), Mon 25 (12), Tue 26
    // (13), Wed 27 Nov is the Pilkada voting holiday, Thu 28 Nov is day 14: due at the end of it, 16:00 UTC.
    private static final Instant CONCLUDED = Instant.parse("2024-11-07T02:00:00Z");
    private static final Instant DUE = Instant.parse("2024-11-28T16:00:00Z");
    // 5 working days after the due day: Fri 29 Nov (1), the weekend skipped, Mon 2 - Thu 5 Dec (5)
    private static final Instant BLOCK_DUE = Instant.parse("2024-12-05T16:00:00Z");
    private static final String OVERDUE = EventType.DECISION_OVERDUE.type();
    private static final String BLOCK = EventType.BLOCK_REQUESTED.type();
    private static final String UNBLOCK = EventType.UNBLOCK_REQUESTED.type();

    @Inject
    Clock clock;

    @Inject
    EscalationService escalation;

    @AfterEach
    void resetClock() {
        adjustable().reset();
    }

    @Test
    void shouldWarnThenAskForABlockThenForItsLiftingAcrossWeekendsAndTheVotingHoliday() {
        adjustable().set(CONCLUDED);
        ClarificationConcluded event = Conclusions.sendAndAwait(Conclusions.proven("64.71", "PILKADA_2024",
                LocalDate.of(2024, 10, 5), CONCLUDED, "D7"));
        String caseNumber = event.caseNumber();
        given().header("Authorization", TestTokens.bearer(DemoAccount.PPK_BALIKPAPAN))
                .get("/api/v1/recommendations/{caseNumber}", caseNumber)
                .then().statusCode(200)
                .body("decisionDue.dueAt", equalTo(DUE.toString()))
                .body("escalation.blockDueAt", equalTo(BLOCK_DUE.toString()))
                .body("escalation.overdueAt", nullValue());

        // the last second of the due day in Balikpapan: not yet overdue
        sweepAt(DUE.minusSeconds(1));
        assertThat(count(caseNumber, OVERDUE)).isZero();

        sweepAt(DUE);
        sweepAt(DUE.plusSeconds(3600));
        assertThat(count(caseNumber, OVERDUE)).isEqualTo(1);
        assertThat(count(caseNumber, BLOCK)).isZero();

        sweepAt(BLOCK_DUE.minusSeconds(1));
        assertThat(count(caseNumber, BLOCK)).isZero();

        // two replicas sweeping at the same instant: one block request, not two
        adjustable().set(BLOCK_DUE);
        CompletableFuture<EscalationService.Result> first = CompletableFuture
                .supplyAsync(() -> subscribe());
        CompletableFuture<EscalationService.Result> second = CompletableFuture
                .supplyAsync(() -> subscribe());
        first.join();
        second.join();
        assertThat(count(caseNumber, BLOCK)).isEqualTo(1);

        JsonPath blocks = given().header("Authorization", TestTokens.bearer(DemoAccount.BKN))
                .queryParam("status", "ACTIVE").queryParam("limit", 100)
                .get("/api/v1/blocks").then().statusCode(200).extract().jsonPath();
        assertThat(blocks.getList("items.caseNumber", String.class)).contains(caseNumber);
        Map<String, Object> block = blocks.getMap("items.find { it.caseNumber == '" + caseNumber + "' }");
        assertThat(block).containsEntry("nip", event.accused().nip()).containsEntry("status", "ACTIVE")
                .containsEntry("requestedAt", BLOCK_DUE.toString());

        // the PPK decides the next morning: the block's lifting is requested in the same transaction
        adjustable().set(Instant.parse("2024-12-06T02:00:00Z"));
        given().header("Authorization", TestTokens.bearer(DemoAccount.PPK_BALIKPAPAN)).contentType(ContentType.JSON)
                .body(Map.of("sanctionCode", "TURUN_JABATAN_12", "decreeNumber", "800/77/BKPSDM", "decreeDate",
                        "2024-12-06"))
                .post("/api/v1/recommendations/{caseNumber}/decision", caseNumber)
                .then().statusCode(200)
                .body("status", equalTo("DECIDED"))
                .body("escalation.blocked", equalTo(false))
                .body("escalation.unblockRequestedAt", equalTo("2024-12-06T02:00:00Z"));
        sweepAt(Instant.parse("2025-06-01T00:00:00Z"));

        assertThat(Database.eventTypes(caseNumber)).containsExactly(EventType.RECOMMENDATION_ISSUED.type(), OVERDUE,
                BLOCK, EventType.SANCTION_DECIDED.type(), UNBLOCK);
        given().header("Authorization", TestTokens.bearer(DemoAccount.BKN)).queryParam("status", "LIFTED")
                .queryParam("limit", 100).get("/api/v1/blocks")
                .then().statusCode(200)
                .body("items.find { it.caseNumber == '" + caseNumber + "' }.status", equalTo("LIFTED"));
        ConsumerRecord<String, String> published = TopicReader.awaitRecord(Topics.SANCTION,
                r -> event.caseId().toString().equals(r.key())
                        && BLOCK.equals(TopicReader.header(r, CloudEventHeaders.TYPE)));
        BlockRequested requested = (BlockRequested) new EventCodec().fromJson(BLOCK, published.value());
        assertThat(requested.nip()).isEqualTo(event.accused().nip());
        assertThat(requested.dueAt()).isEqualTo(DUE);
        assertThat(requested.requestedAt()).isEqualTo(BLOCK_DUE);
    }

    @Test
    void shouldKeepTheBlockAfterADecisionBelowTheLevelAndLiftItOnlyWithACompliantOne() {
        adjustable().set(CONCLUDED);
        ClarificationConcluded event = Conclusions.sendAndAwait(Conclusions.proven("64.71", "PILKADA_2024",
                LocalDate.of(2024, 10, 5), CONCLUDED, "D7"));
        String caseNumber = event.caseNumber();
        sweepAt(DUE);
        sweepAt(BLOCK_DUE);
        assertThat(count(caseNumber, BLOCK)).isEqualTo(1);

        // a lighter sanction than BERAT, justified: recorded, non-compliant, and the block stays
        adjustable().set(Instant.parse("2024-12-06T02:00:00Z"));
        decide(caseNumber, "TUKIN_25_6", "800/80/BKPSDM", "2024-12-06", "Terlapor mengakui perbuatannya.")
                .then().statusCode(200)
                .body("status", equalTo("NON_COMPLIANT"))
                .body("decision.compliant", equalTo(false))
                .body("escalation.blocked", equalTo(true))
                .body("escalation.unblockRequestedAt", nullValue());
        sweepAt(Instant.parse("2025-01-15T00:00:00Z"));
        assertThat(count(caseNumber, UNBLOCK)).isZero();
        given().header("Authorization", TestTokens.bearer(DemoAccount.BKN)).queryParam("overdue", true)
                .queryParam("limit", 100).get("/api/v1/recommendations")
                .then().statusCode(200)
                .body("items.find { it.caseNumber == '" + caseNumber + "' }.status", equalTo("NON_COMPLIANT"));

        // the compliant decree follows: only now is the block lifted, and the first decree stays on record
        adjustable().set(Instant.parse("2025-01-20T02:00:00Z"));
        decide(caseNumber, "TURUN_JABATAN_12", "800/95/BKPSDM", "2025-01-20", null)
                .then().statusCode(200)
                .body("status", equalTo("DECIDED"))
                .body("decision.compliant", equalTo(true))
                .body("pastDecisions.sanctionCode", contains("TUKIN_25_6"))
                .body("pastDecisions[0].compliant", equalTo(false))
                .body("escalation.blocked", equalTo(false))
                .body("escalation.unblockRequestedAt", equalTo("2025-01-20T02:00:00Z"));
        decide(caseNumber, "PDH_TAPS", "800/96/BKPSDM", "2025-01-20", null)
                .then().statusCode(409).body("code", equalTo("ALREADY_DECIDED"));

        assertThat(Database.eventTypes(caseNumber)).containsExactly(EventType.RECOMMENDATION_ISSUED.type(), OVERDUE,
                BLOCK, EventType.SANCTION_DECIDED.type(), EventType.SANCTION_NONCOMPLIANT.type(),
                EventType.SANCTION_DECIDED.type(), UNBLOCK);
    }

    @Test
    void shouldEscalateADecisionBelowTheLevelMadeBeforeTheDueDayLikeAMissingOne() {
        adjustable().set(CONCLUDED);
        ClarificationConcluded event = Conclusions.sendAndAwait(Conclusions.proven("64.71", "PILKADA_2024",
                LocalDate.of(2024, 10, 5), CONCLUDED, "D7"));
        adjustable().set(Instant.parse("2024-11-12T02:00:00Z"));
        decide(event.caseNumber(), "TEGURAN_LISAN", "800/81/BKPSDM", "2024-11-12", "Alasan PPK.")
                .then().statusCode(200).body("status", equalTo("NON_COMPLIANT"));

        sweepAt(DUE.minusSeconds(1));
        assertThat(count(event.caseNumber(), OVERDUE)).isZero();
        sweepAt(DUE);
        sweepAt(BLOCK_DUE);

        assertThat(count(event.caseNumber(), OVERDUE)).isEqualTo(1);
        assertThat(count(event.caseNumber(), BLOCK)).isEqualTo(1);
    }

    @Test
    void shouldRaiseNothingOnADueDayCountedOverAYearWithoutItsHolidayList() {
        // Mon 21 Dec 2026: 14 working days run into 2027, whose list of holidays is not loaded
        Instant concluded = Instant.parse("2026-12-21T02:00:00Z");
        adjustable().set(concluded);
        ClarificationConcluded event = Conclusions.sendAndAwait(Conclusions.proven("64.71", "PILKADA_2024",
                LocalDate.of(2024, 10, 5), concluded, "D7"));
        given().header("Authorization", TestTokens.bearer(DemoAccount.PPK_BALIKPAPAN))
                .get("/api/v1/recommendations/{caseNumber}", event.caseNumber())
                .then().statusCode(200)
                .body("decisionDue.provisional", equalTo(true))
                .body("escalation.blockDueProvisional", equalTo(true));

        sweepAt(Instant.parse("2027-06-01T00:00:00Z"));

        assertThat(Database.eventTypes(event.caseNumber())).containsExactly(EventType.RECOMMENDATION_ISSUED.type());
    }

    private io.restassured.response.Response decide(String caseNumber, String sanction, String decree, String date,
            String justification) {
        Map<String, Object> body = new java.util.HashMap<>(Map.of("sanctionCode", sanction, "decreeNumber", decree,
                "decreeDate", date));
        if (justification != null) {
            body.put("justification", justification);
        }
        return given().header("Authorization", TestTokens.bearer(DemoAccount.PPK_BALIKPAPAN))
                .contentType(ContentType.JSON).body(body)
                .post("/api/v1/recommendations/{caseNumber}/decision", caseNumber);
    }

    @Test
    void shouldNotEscalateACaseWaitingForTheTaskForceOrAlreadyDecided() {
        adjustable().set(CONCLUDED);
        ClarificationConcluded waiting = Conclusions.sendAndAwait(Conclusions.proven("64.71", "PILKADA_2024",
                LocalDate.of(2024, 10, 5), CONCLUDED, "D13"));
        ClarificationConcluded decided = Conclusions.sendAndAwait(Conclusions.proven("64.71", "PILKADA_2024",
                LocalDate.of(2024, 10, 5), CONCLUDED, "D7"));
        adjustable().set(Instant.parse("2024-11-08T02:00:00Z"));
        given().header("Authorization", TestTokens.bearer(DemoAccount.PPK_BALIKPAPAN)).contentType(ContentType.JSON)
                .body(Map.of("sanctionCode", "PDH_TAPS", "decreeNumber", "800/78/BKPSDM", "decreeDate", "2024-11-08"))
                .post("/api/v1/recommendations/{caseNumber}/decision", decided.caseNumber())
                .then().statusCode(200);

        sweepAt(Instant.parse("2025-06-01T00:00:00Z"));

        assertThat(Database.eventTypes(waiting.caseNumber())).containsExactly(EventType.RECOMMENDATION_ISSUED.type());
        assertThat(Database.eventTypes(decided.caseNumber())).containsExactly(EventType.RECOMMENDATION_ISSUED.type(),
                EventType.SANCTION_DECIDED.type());
    }

    @Test
    void shouldAskToLiftTheBlockWhenACorrectionFindsTheCaseNotProven() {
        adjustable().set(CONCLUDED);
        ClarificationConcluded event = Conclusions.sendAndAwait(Conclusions.proven("64.71", "PILKADA_2024",
                LocalDate.of(2024, 10, 5), CONCLUDED, "D7"));
        sweepAt(BLOCK_DUE);
        assertThat(count(event.caseNumber(), BLOCK)).isEqualTo(1);

        Conclusions.send(Conclusions.correction(event, Outcome.NOT_PROVEN, List.of("outcome")),
                UUID.randomUUID().toString());

        await().atMost(Duration.ofSeconds(30)).until(() -> count(event.caseNumber(), UNBLOCK) == 1);
        assertThat(Database.eventTypes(event.caseNumber())).containsExactly(EventType.RECOMMENDATION_ISSUED.type(),
                OVERDUE, BLOCK, EventType.CASE_CLOSED.type(), UNBLOCK);
        given().header("Authorization", TestTokens.bearer(DemoAccount.BKN)).queryParam("status", "LIFTED")
                .queryParam("limit", 100).get("/api/v1/blocks")
                .then().statusCode(200)
                .body("items.find { it.caseNumber == '" + event.caseNumber() + "' }.status", equalTo("LIFTED"));
    }

    @Test
    void shouldShowBlocksOnlyToBknAdminAndAuditorAndRefuseABadLimit() {
        given().header("Authorization", TestTokens.bearer(DemoAccount.PPK_BALIKPAPAN)).get("/api/v1/blocks")
                .then().statusCode(403).contentType(Problem.MEDIA_TYPE);
        given().header("Authorization", TestTokens.bearer(DemoAccount.AUDITOR)).queryParam("limit", "abc")
                .queryParam("status", "OPEN").get("/api/v1/blocks")
                .then().statusCode(400).contentType(Problem.MEDIA_TYPE)
                .body("code", equalTo("VALIDATION_FAILED"))
                .body("errors.find { it.field == 'limit' }.code", equalTo("LIMIT_RANGE"))
                .body("errors.find { it.field == 'status' }.code", equalTo("INVALID_VALUE"));
    }

    private void sweepAt(Instant instant) {
        adjustable().set(instant);
        subscribe();
    }

    private EscalationService.Result subscribe() {
        try {
            return VertxContextSupport.subscribeAndAwait(() -> escalation.sweep());
        } catch (Throwable e) {
            throw new IllegalStateException(e);
        }
    }

    private static long count(String caseNumber, String type) {
        List<String> types = Database.eventTypes(caseNumber);
        return types.stream().filter(type::equals).count();
    }

    private AdjustableClock adjustable() {
        return (AdjustableClock) clock;
    }
}
