package id.netra.sanction.rules;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.nullValue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.VertxContextSupport;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

import id.netra.contracts.ClarificationConcluded;
import id.netra.contracts.CloudEventHeaders;
import id.netra.contracts.EventCodec;
import id.netra.contracts.EventType;
import id.netra.contracts.RulesChanged;
import id.netra.contracts.Topics;
import id.netra.devstack.DemoAccount;
import id.netra.devstack.test.TestTokens;
import id.netra.kit.time.AdjustableClock;
import id.netra.sanction.Conclusions;
import id.netra.sanction.Database;
import id.netra.sanction.TopicReader;
import id.netra.sanction.escalation.EscalationService;

/**
 * Elections and holiday lists as data an admin changes while the suite runs: checked whole, audited, published to the
 * other services, in force at once, and counting open deadlines again. Years far ahead (2035, 2036) keep the lists
 * loaded here away from the other tests of this JVM.
 */
@QuarkusTest
class RulesAdminTest {

    @Inject
    Clock clock;

    @Inject
    EscalationService escalation;

    @AfterEach
    void resetClock() {
        ((AdjustableClock) clock).reset();
    }

    @Test
    void shouldListEachElectionWithItsContestsReRunsAndTheOnesWithoutDates() {
        given().header("Authorization", TestTokens.bearer(DemoAccount.INSPEKTORAT_KALTARA))
                .get("/api/v1/rules/elections")
                .then().statusCode(200)
                .body("find { it.code == 'PEMILU_2024' }.contestRequired", equalTo(true))
                .body("find { it.code == 'PEMILU_2024' }.contests.find { it.code == 'PRESIDEN' }.candidateSettingDate",
                        equalTo("2023-11-13"))
                .body("find { it.code == 'PEMILU_2024' }.contests.find { it.code == 'DPR' }.candidateSettingDate",
                        equalTo("2023-11-03"))
                .body("find { it.code == 'PEMILU_2024' }.confidence", equalTo("high"))
                .body("find { it.code == 'PSU_2025_PARIGI_MOUTONG' }.regions", contains("72.08"))
                .body("find { it.code == 'PSU_2025_PARIGI_MOUTONG' }.votingDate", equalTo("2025-04-16"))
                .body("find { it.code == 'PSU_2025_EMPAT_LAWANG' }.confidence", equalTo("medium"))
                .body("find { it.code == 'PILKADA_2024' }.period.from", equalTo("2023-09-22"))
                .body("find { it.code == 'PILKADA_2024' }.periodIsDefault", equalTo(true))
                .body("find { it.code == 'PEMILU_2029' }.scheduled", equalTo(false))
                .body("find { it.code == 'PEMILU_2029' }.period", nullValue())
                .body("find { it.code == 'DEMO' }.demo", equalTo(true));
    }

    @Test
    void shouldAddAnElectionAuditedPublishedAndInForceAndReplaceItByItsCode() {
        String code = "PSU_2027_UJI_" + UUID.randomUUID().toString().substring(0, 6).toUpperCase().replace('-', '_');
        Map<String, Object> election = Map.of("code", code, "kind", "PILKADA_PSU", "votingDate", "2027-04-10",
                "candidateSettingDate", "2027-02-01", "regions", List.of("64.71"),
                "contests", List.of(Map.of("code", "WALIKOTA")), "confidence", "high",
                "sources", List.of("Keputusan KPU Kota Balikpapan (uji)"));

        String version = admin(election, "/api/v1/rules/elections").then().statusCode(201)
                .body("version", matchesPattern("[0-9]{8}T[0-9]{6}Z-[0-9a-f]{6}"))
                .body("changedBy", equalTo("admin"))
                .body("election.code", equalTo(code))
                .extract().path("version");

        given().header("Authorization", TestTokens.bearer(DemoAccount.BKN)).get("/api/v1/rules/elections")
                .then().statusCode(200)
                .body("find { it.code == '" + code + "' }.regions", contains("64.71"))
                .body("find { it.code == '" + code + "' }.candidateSettingDate", equalTo("2027-02-01"));
        given().header("Authorization", TestTokens.bearer(DemoAccount.BKN)).get("/api/v1/rules")
                .then().statusCode(200).body("electionsAndHolidaysVersion", equalTo(version))
                .body("elections.code", hasItem(code));
        // published once, under the one key all rules changes share, with the version as subject
        ConsumerRecord<String, String> record = TopicReader.awaitRecord(Topics.RULES,
                r -> version.equals(TopicReader.header(r, CloudEventHeaders.SUBJECT)));
        assertThat(record.key()).isEqualTo(RulesChanged.KEY);
        RulesChanged published = (RulesChanged) new EventCodec().fromJson(EventType.RULES_CHANGED.type(),
                record.value());
        assertThat(published.election().code()).isEqualTo(code);
        assertThat(record.value()).doesNotContain("admin");
        // the trail says who did it
        given().header("Authorization", TestTokens.bearer(DemoAccount.AUDITOR)).get("/api/v1/rules/changes")
                .then().statusCode(200)
                .body("find { it.version == '" + version + "' }.changedBy", equalTo("admin"));

        Map<String, Object> moved = new java.util.HashMap<>(election);
        moved.put("votingDate", "2027-05-08");
        admin(moved, "/api/v1/rules/elections").then().statusCode(200).body("election.votingDate",
                equalTo("2027-05-08"));
        given().header("Authorization", TestTokens.bearer(DemoAccount.BKN)).get("/api/v1/rules/elections")
                .then().body("find { it.code == '" + code + "' }.votingDate", equalTo("2027-05-08"));
    }

    @Test
    void shouldRefuseABadChangeWholeStoreNothingAndLetOnlyAnAdminChange() {
        long before = Database.count("SELECT count(*) FROM rules_change");

        admin(Map.of("code", "psu", "kind", "PEMILIHAN", "votingDate", "2027-01-01",
                "candidateSettingDate", "2027-02-01", "regions", List.of("99.99")), "/api/v1/rules/elections")
                .then().statusCode(400).contentType("application/problem+json")
                .body("code", equalTo("VALIDATION_FAILED"))
                .body("errors.field", hasItems("code", "kind", "candidateSettingDate", "regions[0]", "sources"));
        admin(Map.of("days", List.of(
                Map.of("date", "2036-01-01", "kind", "LIBUR_NASIONAL", "name", "Tahun Baru", "source", "SKB"),
                Map.of("date", "2036-03-01", "kind", "LIBUR_DAERAH", "name", "PSU", "source", "Keputusan"))),
                "/api/v1/rules/holidays")
                .then().statusCode(400)
                .body("errors.code", hasItems("NATIONAL_DAY_NEEDS_YEAR", "REQUIRED"));
        admin(Map.of("year", 2036, "days", List.of(
                Map.of("date", "2037-01-01", "kind", "LIBUR_NASIONAL", "name", "Tahun Baru", "source", "SKB"))),
                "/api/v1/rules/holidays")
                .then().statusCode(400).body("errors[0].code", equalTo("DATE_OUTSIDE_YEAR"));
        // a year's list of regional days only would leave the year without its national holidays
        admin(Map.of("year", 2036, "days", List.of(Map.of("date", "2036-03-01", "kind", "LIBUR_DAERAH", "name", "PSU",
                "source", "Keputusan", "regionCode", "64.71"))), "/api/v1/rules/holidays")
                .then().statusCode(400).body("errors.code", hasItem("REGIONAL_DAY_NOT_IN_YEAR_LIST"));
        java.util.List<String> sources = new java.util.ArrayList<>(List.of("Keputusan KPU"));
        sources.add(null);
        admin(Map.of("code", "PEMILU_2034_UJI", "kind", "PEMILU", "period", Map.of("from", "2033-01-01", "to",
                "2034-12-31"), "sources", sources), "/api/v1/rules/elections")
                .then().statusCode(400).body("errors.field", hasItems("period", "sources[1]"))
                .body("errors.code", hasItems("PERIOD_NEEDS_DATES", "REQUIRED"));
        // a number where the contract says text is refused, not read as "2036"
        admin(Map.of("year", "2036", "days", List.of(Map.of("date", "2036-01-01", "kind", "LIBUR_NASIONAL", "name",
                "Tahun Baru", "source", "SKB"))), "/api/v1/rules/holidays").then().statusCode(400)
                .body("code", equalTo("BODY_UNREADABLE")).body("errors[0].field", equalTo("year"));

        given().header("Authorization", TestTokens.bearer(DemoAccount.BAWASLU_BALIKPAPAN))
                .contentType(ContentType.JSON).body(Map.of("code", "PSU_X_UJI", "kind", "PILKADA_PSU"))
                .post("/api/v1/rules/elections").then().statusCode(403);
        given().contentType(ContentType.JSON).body(Map.of("year", 2036, "days", List.of()))
                .post("/api/v1/rules/holidays").then().statusCode(401);
        given().header("Authorization", TestTokens.bearer(DemoAccount.BAWASLU_BALIKPAPAN))
                .get("/api/v1/rules/changes").then().statusCode(403);
        assertThat(Database.count("SELECT count(*) FROM rules_change")).isEqualTo(before);
    }

    @Test
    void shouldCountAProvisionalDeadlineAgainWhenItsYearsListArrivesAndOnlyThenEscalate() {
        // Thu 20 Dec 2035: the PPK's 14 working days run into 2036; neither year's list is loaded
        Instant concluded = Instant.parse("2035-12-20T02:00:00Z");
        ((AdjustableClock) clock).set(concluded);
        ClarificationConcluded event = Conclusions.sendAndAwait(Conclusions.proven("64.71", "PILKADA_2024",
                LocalDate.of(2024, 10, 5), concluded, "D7"));
        recommendation(event).then().body("decisionDue.provisional", equalTo(true));
        sweepAt(Instant.parse("2036-03-01T00:00:00Z"));
        assertThat(Database.eventTypes(event.caseNumber())).containsExactly(EventType.RECOMMENDATION_ISSUED.type());

        admin(Map.of("year", 2035, "days", List.of(
                Map.of("date", "2035-12-25", "kind", "LIBUR_NASIONAL", "name", "Kelahiran Yesus Kristus", "source",
                        "SKB 2035 (uji)"),
                Map.of("date", "2035-12-26", "kind", "CUTI_BERSAMA", "name", "Cuti bersama Natal", "source",
                        "SKB 2035 (uji)"))),
                "/api/v1/rules/holidays").then().statusCode(201);
        admin(Map.of("year", 2036, "days", List.of(Map.of("date", "2036-01-01", "kind", "LIBUR_NASIONAL", "name",
                "Tahun Baru Masehi", "source", "SKB 2036 (uji)"))), "/api/v1/rules/holidays").then().statusCode(201);

        // 21, 24, 27, 28, 31 Dec and 2-14 Jan without 1 Jan: due when 14 Jan ends in WITA; the block 5 days later
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> recommendation(event).then()
                .body("decisionDue.provisional", equalTo(false))
                .body("decisionDue.dueAt", equalTo("2036-01-14T16:00:00Z"))
                .body("escalation.blockDueProvisional", equalTo(false))
                .body("escalation.blockDueAt", equalTo("2036-01-21T16:00:00Z")));
        sweepAt(Instant.parse("2036-01-14T16:00:00Z"));
        assertThat(Database.eventTypes(event.caseNumber())).containsExactly(EventType.RECOMMENDATION_ISSUED.type(),
                EventType.DECISION_OVERDUE.type());
    }

    private static Response recommendation(ClarificationConcluded event) {
        return given().header("Authorization", TestTokens.bearer(DemoAccount.PPK_BALIKPAPAN))
                .get("/api/v1/recommendations/{caseNumber}", event.caseNumber());
    }

    private static Response admin(Object body, String path) {
        return given().header("Authorization", TestTokens.bearer(DemoAccount.ADMIN)).contentType(ContentType.JSON)
                .body(body).post(path);
    }

    private void sweepAt(Instant instant) {
        ((AdjustableClock) clock).set(instant);
        try {
            VertxContextSupport.subscribeAndAwait(() -> escalation.sweep());
        } catch (Throwable e) {
            throw new IllegalStateException(e);
        }
    }
}
