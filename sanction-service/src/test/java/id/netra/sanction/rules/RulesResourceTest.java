package id.netra.sanction.rules;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.startsWith;

import java.util.Set;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

import id.netra.devstack.DemoAccount;
import id.netra.devstack.test.TestTokens;
import id.netra.kit.problem.Problem;

@QuarkusTest
class RulesResourceTest {

    @Test
    void shouldShowTheRulesInForceWithTheirVersion() {
        given().header("Authorization", TestTokens.bearer(DemoAccount.INSPEKTORAT_KALTARA))
                .get("/api/v1/rules")
                .then().statusCode(200)
                .body("version", matchesPattern("SKB-2022/3#[0-9a-f]{8}"))
                .body("violations.find { it.code == 'D7' }.level", equalTo("BERAT"))
                .body("violations.find { it.code == 'D7' }.legalBasis",
                        equalTo("PP 94/2021 Pasal 8 ayat (4) jo. Pasal 14; UU 20/2023 Pasal 9 ayat (2) dan Pasal 24 ayat (1) huruf d; SKB Netralitas ASN 2022"))
                .body("violations.find { it.code == 'D3' }.disputed", equalTo(true))
                .body("violations.find { it.code == 'D3' }.alternativeLevel", equalTo("BERAT"))
                .body("ladder.find { it.level == 'PTDH' }.sanctions.code", hasItem("PTDH"))
                .body("stagePairs.find { it.earlier == 'KE5' }.later", equalTo("D7"))
                .body("aggravation.policy.aggravationRaisesLevel", equalTo(false))
                .body("aggravation.policy.aggravatedEthicsOpenOnly", equalTo(false))
                .body("ladder.find { it.level == 'PTDH' }.legalBasis", containsString("UU 20/2023 Pasal 52"))
                .body("supervisingBodies.body", contains("KASN", "BKN"))
                .body("notes", hasSize(4))
                .body("ladder.find { it.level == 'BERAT' }.pppkSanctions.code", contains("PUTUS_PK_TAPS"))
                .body("ladder.find { it.level == 'SEDANG' }.pppkSanctions.code", hasItem("TUKIN_25_6"))
                .body("elections.find { it.code == 'PILKADA_2024' }.candidateSettingDate", equalTo("2024-09-22"))
                .body("elections.code", hasItems("PEMILU_2019", "PILKADA_2020", "PEMILU_2024", "PILKADA_2024"))
                .body("aggravation.facts.fact", hasItems("REPEAT_OFFENDER", "SENIOR_OFFICIAL"))
                .body("aggravation.levels.find { it.level == 'SEDANG' }.aggravatedLevel", equalTo("BERAT"))
                .body("aggravation.levels.find { it.level == 'BERAT' }.aggravatedLevel", equalTo("BERAT"))
                .body("aggravation.levels.find { it.level == 'MORAL' }.sanctions.code", contains("MORAL_OPEN"));
    }

    @Test
    void shouldShowTheRulesToAnyoneSignedIn() {
        given().header("Authorization", "Bearer " + TestTokens.token("someone", Set.of(), null))
                .get("/api/v1/rules")
                .then().statusCode(200);
    }

    @Test
    void shouldAskForATokenAsProblemJson() {
        given().get("/api/v1/rules")
                .then().statusCode(401).contentType(Problem.MEDIA_TYPE).body("code", equalTo("UNAUTHENTICATED"));
    }

    @org.junit.jupiter.params.ParameterizedTest(name = "{0} from {1} in {2}: {4}")
    @org.junit.jupiter.params.provider.CsvSource(nullValues = "-", value = {
            // Lebaran 2025: 14 working days from Thu 27 Mar end on Mon 28 Apr, not 16 Apr
            "PPK_DECISION,  2025-03-27, 64.71, -,            2025-04-28, false, NETRA_SETTING",
            "BLOCK,         2025-03-27, 64.71, -,            2025-05-06, false, NETRA_SETTING",
            "CLARIFICATION, 2026-03-16, 64.71, PILKADA_2024, 2026-03-30, false, INTERNAL_TARGET",
            "CLARIFICATION, 2026-03-13, 64.71, PEMILU_2024,  2026-03-31, false, INTERNAL_TARGET",
            "FILING,        2026-03-13, 64.71, PEMILU_2024,  2026-03-31, false, LAW",
            "FILING,        2026-03-13, 64.71, PILKADA_2024, 2026-03-20, false, LAW",
            "INITIAL_REVIEW,2026-12-30, 64.71, PILKADA_2024, 2027-01-01, false, LAW",
            // into 2027, whose list is not loaded: a guess
            "PPK_DECISION,  2026-12-21, 64.71, -,            2027-01-13, true,  NETRA_SETTING",
            // the Pangkalpinang re-run's voting day is a holiday there only
            "CLARIFICATION, 2025-08-25, 19.71, PILKADA_2024, 2025-09-02, false, INTERNAL_TARGET",
            "CLARIFICATION, 2025-08-25, 19.01, PILKADA_2024, 2025-09-01, false, INTERNAL_TARGET",
    })
    void shouldComputeEveryDeadlineAsTheSuiteDoes(String rule, String from, String region, String election,
            String due, boolean provisional, String nature) {
        io.restassured.specification.RequestSpecification request = given()
                .header("Authorization", TestTokens.bearer(DemoAccount.INSPEKTORAT_KALTARA))
                .queryParam("from", from).queryParam("region", region);
        if (election != null) {
            request = request.queryParam("election", election);
        }
        request.get("/api/v1/rules/deadlines/{rule}", rule)
                .then().statusCode(200)
                .body("dueDate", equalTo(due))
                .body("provisional", equalTo(provisional))
                .body("nature", equalTo(nature));
    }

    @Test
    void shouldShowTheSkippedDaysWithTheirSource() {
        given().header("Authorization", TestTokens.bearer(DemoAccount.PPK_BALIKPAPAN))
                .queryParam("from", "2025-03-27").queryParam("region", "64.71")
                .get("/api/v1/rules/deadlines/PPK_DECISION")
                .then().statusCode(200)
                .body("skipped.find { it.date == '2025-03-31' }.holidays[0].name", equalTo("Idul Fitri 1446 H"))
                .body("skipped.find { it.date == '2025-03-31' }.holidays[0].source", containsString("SKB"))
                .body("skipped.find { it.date == '2025-03-29' }.holidays[0].kind", equalTo("LIBUR_NASIONAL"));
    }

    @Test
    void shouldRefuseAnUnknownRuleDateRegionOrElection() {
        given().header("Authorization", TestTokens.bearer(DemoAccount.PPK_BALIKPAPAN))
                .queryParam("from", "27-03-2025").queryParam("region", "64.99").queryParam("election", "X")
                .get("/api/v1/rules/deadlines/CLARIFICATION")
                .then().statusCode(400).contentType(Problem.MEDIA_TYPE)
                .body("errors.field", containsInAnyOrder("from", "region", "election"));
        given().header("Authorization", TestTokens.bearer(DemoAccount.PPK_BALIKPAPAN))
                .queryParam("from", "2025-03-27").queryParam("region", "64.71")
                .get("/api/v1/rules/deadlines/FILING")
                .then().statusCode(400).body("errors[0].code", equalTo("ELECTION_REQUIRED"));
        given().header("Authorization", TestTokens.bearer(DemoAccount.PPK_BALIKPAPAN))
                .queryParam("from", "2025-03-27").queryParam("region", "64.71")
                .get("/api/v1/rules/deadlines/LEBARAN")
                .then().statusCode(400).body("errors[0].field", equalTo("rule"));
        given().get("/api/v1/rules/deadlines/FILING").then().statusCode(401);
    }

    @Test
    void shouldListAYearsHolidaysWithTheirSourceAndSayWhetherTheYearIsComplete() {
        given().header("Authorization", TestTokens.bearer(DemoAccount.BKN)).queryParam("year", 2026)
                .get("/api/v1/rules/holidays")
                .then().statusCode(200)
                .body("year", equalTo(2026))
                .body("complete", equalTo(true))
                .body("holidays", hasSize(25))
                .body("holidays.find { it.date == '2026-03-19' }.source", containsString("SKB"));
        given().header("Authorization", TestTokens.bearer(DemoAccount.BKN)).queryParam("year", 2027)
                .get("/api/v1/rules/holidays")
                .then().statusCode(200)
                .body("complete", equalTo(false))
                .body("holidays.date", contains("2027-01-01", "2027-05-01", "2027-06-01", "2027-08-17", "2027-12-25"));
        given().header("Authorization", TestTokens.bearer(DemoAccount.BKN)).queryParam("year", 2025)
                .get("/api/v1/rules/holidays")
                .then().statusCode(200)
                .body("regionalHolidays.regionCode", contains("72.08", "19.71"));
        given().header("Authorization", TestTokens.bearer(DemoAccount.BKN)).queryParam("year", "dua ribu")
                .get("/api/v1/rules/holidays")
                .then().statusCode(400).body("errors[0].code", equalTo("INVALID_YEAR"));
    }

    @Test
    void shouldReportTheCoveredYearsInTheReadinessCheck() {
        given().get("/q/health/ready")
                .then().statusCode(200)
                .body("checks.find { it.name == 'holiday-calendar' }.status", equalTo("UP"))
                // the shipped years; RulesAdminTest may have loaded far years (2035, 2036) in this JVM before
                .body("checks.find { it.name == 'holiday-calendar' }.data.coveredYears",
                        startsWith("[2024, 2025, 2026"));
    }
}
