package id.netra.intake.timeline;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

import id.netra.contracts.BlockRequested;
import id.netra.contracts.CaseEvent;
import id.netra.contracts.ClarificationAssigned;
import id.netra.contracts.ClarificationConcluded;
import id.netra.contracts.ClarificationOpened;
import id.netra.contracts.ClarificationReminder;
import id.netra.contracts.DecisionOverdue;
import id.netra.contracts.EventCodec;
import id.netra.contracts.EventType;
import id.netra.contracts.Outcome;
import id.netra.contracts.PositionCategory;
import id.netra.contracts.RecommendationIssued;
import id.netra.contracts.SanctionDecided;
import id.netra.contracts.UnblockRequested;
import id.netra.devstack.DemoAccount;
import id.netra.devstack.test.KafkaProbe;
import id.netra.devstack.test.KafkaTestResource;
import id.netra.devstack.test.PostgresTestResource;
import id.netra.devstack.test.TestTokens;
import id.netra.intake.Intake;
import id.netra.intake.PilkadaMorningTest;

@QuarkusTest
class TimelineProjectorTest extends PilkadaMorningTest {

    private static final EventCodec CODEC = new EventCodec();

    @Test
    void shouldFollowAnOverduePpkThroughTheBlockToTheDecisionAndLeaveRemindersOff() throws SQLException {
        JsonPath receipt = Intake.submit(Intake.report(), DemoAccount.BAWASLU_MONITOR)
                .statusCode(201).body("status", equalTo("DIREGISTRASI")).extract().jsonPath();
        String caseNumber = receipt.getString("caseNumber");
        String trackingCode = receipt.getString("trackingCode");
        UUID caseId = caseId(caseNumber);
        UUID clarificationId = UUID.randomUUID();
        UUID recommendationId = UUID.randomUUID();
        Instant now = Instant.now();

        send(EventType.CLARIFICATION_OPENED,
                new ClarificationOpened(caseId, caseNumber, "64.71", clarificationId, now, now.plusSeconds(86_400)));
        send(EventType.CLARIFICATION_ASSIGNED, new ClarificationAssigned(caseId, caseNumber, "64.71",
                clarificationId, "inspektorat.balikpapan", null, "inspektorat.kaltim", now));
        send(EventType.CLARIFICATION_REMINDER, new ClarificationReminder(caseId, caseNumber, "64.71",
                clarificationId, "inspektorat.balikpapan", LocalDate.of(2024, 10, 10), now, now));
        send(EventType.CLARIFICATION_CONCLUDED, new ClarificationConcluded(caseId, caseNumber, "64.71",
                "PILKADA_2024", clarificationId, Outcome.PROVEN, List.of("D7"), LocalDate.of(2024, 10, 1), null,
                "Foto terverifikasi.", null, PositionCategory.OTHER, now));
        send(EventType.RECOMMENDATION_ISSUED, new RecommendationIssued(caseId, caseNumber, "64.71", recommendationId,
                "BERAT", "SKB-2022/2", List.of(new RecommendationIssued.Item("D7", "BERAT", "PP 94/2021 Pasal 8")),
                now, now));
        send(EventType.DECISION_OVERDUE,
                new DecisionOverdue(caseId, caseNumber, "64.71", recommendationId, "BERAT", now, now));
        awaitStatus(caseNumber, "BELUM_DITINDAKLANJUTI");

        send(EventType.BLOCK_REQUESTED, new BlockRequested(caseId, caseNumber, "64.71", recommendationId,
                "196608011988031001", now, now));
        awaitStatus(caseNumber, "DATA_DIBLOKIR");
        given().header("Accept-Language", "en").when().get("/api/v1/tracking/" + trackingCode)
                .then().statusCode(200)
                .body("status", equalTo("DATA_DIBLOKIR"))
                .body("steps.text", hasItem("Blocking of personnel data requested"))
                .body(not(containsString("196608011988031001")), not(containsString("inspektorat.balikpapan")));

        send(EventType.SANCTION_DECIDED, new SanctionDecided(caseId, caseNumber, "64.71", recommendationId,
                "TURUN_JABATAN_12", "BERAT", true, "800/123/BKPSDM", LocalDate.of(2024, 12, 2), now));
        send(EventType.UNBLOCK_REQUESTED, new UnblockRequested(caseId, caseNumber, "64.71", recommendationId,
                "196608011988031001", "DECIDED", now));

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> given()
                .header("Authorization", TestTokens.bearer(DemoAccount.BKN)).when().get("/api/v1/cases/" + caseNumber)
                .then().statusCode(200)
                .body("status", equalTo("DITINDAKLANJUTI"))
                .body("timeline.kind", contains("REPORT_RECEIVED", "CASE_REGISTERED", "CLARIFICATION_OPENED",
                        "CLARIFICATION_ASSIGNED", "CLARIFICATION_CONCLUDED", "RECOMMENDATION_ISSUED",
                        "DECISION_OVERDUE", "BLOCK_REQUESTED", "SANCTION_DECIDED", "UNBLOCK_REQUESTED")));
    }

    @Test
    void shouldNotMoveADecidedCaseBackWhenALateBlockRequestArrives() throws SQLException {
        String caseNumber = Intake.submit(Intake.report(), DemoAccount.BAWASLU_MONITOR)
                .statusCode(201).extract().jsonPath().getString("caseNumber");
        UUID caseId = caseId(caseNumber);
        UUID recommendationId = UUID.randomUUID();
        Instant now = Instant.now();

        send(EventType.SANCTION_DECIDED, new SanctionDecided(caseId, caseNumber, "64.71", recommendationId,
                "TEGURAN_LISAN", "RINGAN", true, "800/7/BKPSDM", LocalDate.of(2024, 12, 2), now));
        awaitStatus(caseNumber, "DITINDAKLANJUTI");
        send(EventType.BLOCK_REQUESTED, new BlockRequested(caseId, caseNumber, "64.71", recommendationId,
                "196608011988031001", now, now));

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> given()
                .header("Authorization", TestTokens.bearer(DemoAccount.BKN)).when().get("/api/v1/cases/" + caseNumber)
                .then().statusCode(200)
                .body("timeline.kind", hasItem("BLOCK_REQUESTED"))
                .body("status", equalTo("DITINDAKLANJUTI")));
    }

    private static void awaitStatus(String caseNumber, String status) {
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> given()
                .header("Authorization", TestTokens.bearer(DemoAccount.BKN)).when().get("/api/v1/cases/" + caseNumber)
                .then().statusCode(200).body("status", equalTo(status)));
    }

    private static void send(EventType type, CaseEvent event) {
        KafkaProbe.sendCloudEvent(KafkaTestResource.bootstrapServers(), type.topic(), UUID.randomUUID().toString(),
                type.type(), event.caseNumber(), event.caseId().toString(), CODEC.toJson(event));
    }

    private static UUID caseId(String caseNumber) throws SQLException {
        try (Connection connection = PostgresTestResource.connect();
                PreparedStatement query = connection.prepareStatement("select id from case_file where case_number = ?")) {
            query.setString(1, caseNumber);
            try (ResultSet row = query.executeQuery()) {
                row.next();
                return row.getObject(1, UUID.class);
            }
        }
    }
}
