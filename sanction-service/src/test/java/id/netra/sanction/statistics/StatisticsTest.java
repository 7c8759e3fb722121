package id.netra.sanction.statistics;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.startsWith;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.VertxContextSupport;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

import id.netra.contracts.ClarificationConcluded;
import id.netra.devstack.DemoAccount;
import id.netra.devstack.test.TestTokens;
import id.netra.kit.problem.Problem;
import id.netra.kit.region.RegionCatalog;
import id.netra.kit.time.AdjustableClock;
import id.netra.sanction.Conclusions;
import id.netra.sanction.escalation.EscalationService;

/**
 * Statistics over a seeded data set in Kalimantan Selatan (63), a province no other test uses, so every count is
 * exact; Balikpapan's counts are compared before and after seeding, as other tests also conclude cases there.
 */
@QuarkusTest
class StatisticsTest {

    private static final String STATISTICS = "/api/v1/statistics";
    private static final Instant AFTER_2024 = Instant.parse("2024-10-10T02:00:00Z");
    private static boolean seeded;
    private static String sanctioned;

    @Inject
    Clock clock;

    @Inject
    EscalationService escalation;

    @BeforeEach
    void seedKalimantanSelatan() throws Throwable {
        if (seeded) {
            return;
        }
        List<ClarificationConcluded> cases = new ArrayList<>();
        // Kota Banjarmasin, Pilkada 2024: two photos with a candidate, one before candidates were set, one not proven
        cases.add(Conclusions.proven("63.71", "PILKADA_2024", LocalDate.of(2024, 10, 5), AFTER_2024, "D7"));
        cases.add(Conclusions.proven("63.71", "PILKADA_2024", LocalDate.of(2024, 10, 6), AFTER_2024, "D7"));
        cases.add(Conclusions.proven("63.71", "PILKADA_2024", LocalDate.of(2024, 9, 1), AFTER_2024, "KE5"));
        cases.add(Conclusions.notProven("63.71", "PILKADA_2024", AFTER_2024));
        // Kota Banjarbaru, Pilkada 2024: a party member
        cases.add(Conclusions.proven("63.72", "PILKADA_2024", LocalDate.of(2024, 10, 5), AFTER_2024, "D5"));
        // Kota Banjarmasin, Pilkada 2020: one proven, one not
        cases.add(Conclusions.proven("63.71", "PILKADA_2020", LocalDate.of(2020, 10, 15),
                Instant.parse("2020-11-02T02:00:00Z"), "D2"));
        cases.add(Conclusions.notProven("63.71", "PILKADA_2020", Instant.parse("2020-11-02T02:00:00Z")));
        cases.forEach(Conclusions::send);
        cases.forEach(c -> Conclusions.awaitRecorded(c.caseNumber()));
        // every proven case is long past its due day and grace: overdue; blocked, except the 2020 case, whose days were
        // counted without a 2020 holiday list: a guessed grace raises no block
        AdjustableClock adjustable = (AdjustableClock) clock;
        adjustable.set(Instant.parse("2025-06-02T00:00:00Z"));
        try {
            VertxContextSupport.subscribeAndAwait(() -> escalation.sweep());
        } finally {
            adjustable.reset();
        }
        sanctioned = cases.get(0).caseNumber();
        // the PPK of Banjarmasin decides one of them, late
        given().header("Authorization", "Bearer " + TestTokens.token("ppk.banjarmasin", java.util.Set.of("ppk"), "63.71"))
                .contentType(ContentType.JSON)
                .body(Map.of("sanctionCode", "TURUN_JABATAN_12", "decreeNumber", "800/9/BKPSDM", "decreeDate",
                        LocalDate.now(RegionCatalog.WITA).toString()))
                .post("/api/v1/recommendations/{caseNumber}/decision", sanctioned)
                .then().statusCode(200);
        seeded = true;
    }

    @AfterEach
    void resetClock() {
        ((AdjustableClock) clock).reset();
    }

    @Test
    void shouldCountByElectionRegionAndOutcomeWithAProvinceRollUp() {
        JsonPath stats = given().header("Authorization", TestTokens.bearer(DemoAccount.BKN))
                .queryParam("region", "63").get(STATISTICS)
                .then().statusCode(200).contentType(ContentType.JSON).extract().jsonPath();

        assertThat(stats.getString("scope")).isNull();
        assertThat(stats.getMap("totals")).isEqualTo(counts(7, 5, 2, 1, 5, 4));
        assertThat(stats.getList("byElection.electionCode")).containsExactly("PILKADA_2020", "PILKADA_2024");
        assertThat(stats.getMap("byElection.find { it.electionCode == 'PILKADA_2024' }.counts"))
                .isEqualTo(counts(5, 4, 1, 1, 4, 4));
        assertThat(stats.getList("byProvince")).hasSize(2);
        assertThat(stats.getString("byProvince[1].provinceName")).isEqualTo("Kalimantan Selatan");
        assertThat(stats.getMap("byProvince.find { it.electionCode == 'PILKADA_2024' }.counts"))
                .isEqualTo(counts(5, 4, 1, 1, 4, 4));
        assertThat(stats.getMap("byProvince.find { it.electionCode == 'PILKADA_2020' }.counts"))
                .isEqualTo(counts(2, 1, 1, 0, 1, 0));
        assertThat(stats.getMap(
                "byRegion.find { it.electionCode == 'PILKADA_2024' && it.regionCode == '63.71' }.counts"))
                .isEqualTo(counts(4, 3, 1, 1, 3, 3));
        assertThat(stats.getString("byRegion.find { it.regionCode == '63.72' }.regionName"))
                .isEqualTo("Kota Banjarbaru");
        assertThat(stats.getMap("byRegion.find { it.regionCode == '63.72' }.counts"))
                .isEqualTo(counts(1, 1, 0, 0, 1, 1));
        assertThat(stats.getInt("byViolation.find { it.violationCode == 'D7' }.cases")).isEqualTo(2);
        assertThat(stats.getString("byViolation.find { it.violationCode == 'KE5' }.stage")).isEqualTo("ETHICS");
        assertThat(stats.getInt("byViolation.find { it.violationCode == 'D5' }.cases")).isEqualTo(1);
        assertThat(stats.getInt("byViolation.find { it.violationCode == 'D2' }.cases")).isEqualTo(1);
        assertThat(stats.getInt("byStage.find { it.stage == 'DISCIPLINE' }.cases")).isEqualTo(4);
        assertThat(stats.getInt("byStage.find { it.stage == 'ETHICS' }.cases")).isEqualTo(1);
    }

    @Test
    void shouldExportTheRegionsAndTheProvinceRollUpAsCsv() {
        String expected = """
                level,electionCode,provinceCode,provinceName,regionCode,regionName,cases,proven,notProven,sanctioned,overdue,blocked\r
                PROVINCE,PILKADA_2020,63,Kalimantan Selatan,,,2,1,1,0,1,0\r
                REGION,PILKADA_2020,63,Kalimantan Selatan,63.71,Kota Banjarmasin,2,1,1,0,1,0\r
                PROVINCE,PILKADA_2024,63,Kalimantan Selatan,,,5,4,1,1,4,4\r
                REGION,PILKADA_2024,63,Kalimantan Selatan,63.71,Kota Banjarmasin,4,3,1,1,3,3\r
                REGION,PILKADA_2024,63,Kalimantan Selatan,63.72,Kota Banjarbaru,1,1,0,0,1,1\r
                """;

        String byAccept = given().header("Authorization", TestTokens.bearer(DemoAccount.ADMIN))
                .accept("text/csv").queryParam("region", "63").get(STATISTICS)
                .then().statusCode(200).contentType(startsWith("text/csv")).extract().asString();
        String byParameter = given().header("Authorization", TestTokens.bearer(DemoAccount.AUDITOR))
                .queryParam("region", "63").queryParam("format", "csv").get(STATISTICS)
                .then().statusCode(200).contentType(startsWith("text/csv")).extract().asString();

        assertThat(byAccept).isEqualTo(expected);
        assertThat(byParameter).isEqualTo(expected);
    }

    @Test
    void shouldShowKotaBalikpapanTwoCasesIn2020AndSevenIn2024() {
        long before2020 = balikpapanCases("PILKADA_2020");
        long before2024 = balikpapanCases("PILKADA_2024");
        List<ClarificationConcluded> cases = new ArrayList<>();
        cases.add(Conclusions.proven("64.71", "PILKADA_2020", LocalDate.of(2020, 10, 1), Instant.now(), "D2"));
        cases.add(Conclusions.notProven("64.71", "PILKADA_2020", Instant.now()));
        for (int i = 0; i < 6; i++) {
            cases.add(Conclusions.proven("64.71", "PILKADA_2024", LocalDate.of(2024, 10, 1), Instant.now(), "D7"));
        }
        cases.add(Conclusions.notProven("64.71", "PILKADA_2024", Instant.now()));
        cases.forEach(Conclusions::send);
        cases.forEach(c -> Conclusions.awaitRecorded(c.caseNumber()));

        assertThat(balikpapanCases("PILKADA_2020") - before2020).isEqualTo(2);
        assertThat(balikpapanCases("PILKADA_2024") - before2024).isEqualTo(7);
    }

    @Test
    void shouldShowARegionalCallerOnlyTheirRegion() {
        given().header("Authorization", TestTokens.bearer(DemoAccount.PPK_BALIKPAPAN)).get(STATISTICS)
                .then().statusCode(200)
                .body("scope", equalTo("64.71"))
                .body("byRegion.regionCode", everyItem(equalTo("64.71")));
        given().header("Authorization", TestTokens.bearer(DemoAccount.INSPEKTORAT_KALTIM)).get(STATISTICS)
                .then().statusCode(200)
                .body("byProvince.provinceCode", everyItem(equalTo("64")));
        // asking for another region's numbers gives none, not that region's
        given().header("Authorization", TestTokens.bearer(DemoAccount.INSPEKTORAT_KALTARA))
                .queryParam("region", "63").get(STATISTICS)
                .then().statusCode(200)
                .body("totals.cases", equalTo(0));
        given().header("Authorization", TestTokens.bearer(DemoAccount.KIPP_BALIKPAPAN)).get(STATISTICS)
                .then().statusCode(403).contentType(Problem.MEDIA_TYPE);
    }

    @Test
    void shouldCountForARegionalGovernmentExactlyWhatItsRegionsPeopleSee() {
        Conclusions.sendAndAwait(Conclusions.provenD7("64.71"));

        JsonPath pemkot = given().header("Authorization", TestTokens.bearer(DemoAccount.PEMKOT_BALIKPAPAN))
                .get(STATISTICS).then().statusCode(200)
                .body("scope", equalTo("64.71"))
                .body("byRegion.regionCode", everyItem(equalTo("64.71")))
                .extract().jsonPath();
        assertThat(pemkot.getInt("totals.cases")).isPositive();
        JsonPath ppk = given().header("Authorization", TestTokens.bearer(DemoAccount.PPK_BALIKPAPAN)).get(STATISTICS)
                .then().statusCode(200).extract().jsonPath();
        assertThat(pemkot.getMap("totals")).isEqualTo(ppk.getMap("totals"));
        assertThat(pemkot.getList("byRegion")).isEqualTo(ppk.getList("byRegion"));

        JsonPath pemprov = given().header("Authorization", TestTokens.bearer(DemoAccount.PEMPROV_KALTIM))
                .get(STATISTICS).then().statusCode(200)
                .body("scope", equalTo("64"))
                .body("byProvince.provinceCode", everyItem(equalTo("64")))
                .extract().jsonPath();
        JsonPath inspektorat = given().header("Authorization", TestTokens.bearer(DemoAccount.INSPEKTORAT_KALTIM))
                .get(STATISTICS).then().statusCode(200).extract().jsonPath();
        assertThat(pemprov.getMap("totals")).isEqualTo(inspektorat.getMap("totals"));

        // another province's system learns nothing of Kalimantan Timur or Selatan, even when it asks
        given().header("Authorization", TestTokens.bearer(DemoAccount.PEMPROV_KALTARA)).get(STATISTICS)
                .then().statusCode(200)
                .body("scope", equalTo("65"))
                .body("byProvince.provinceCode", everyItem(equalTo("65")));
        for (String region : List.of("64.71", "63")) {
            given().header("Authorization", TestTokens.bearer(DemoAccount.PEMPROV_KALTARA))
                    .queryParam("region", region).get(STATISTICS)
                    .then().statusCode(200)
                    .body("totals.cases", equalTo(0));
        }
    }

    @Test
    void shouldRefuseABadFilterNamingTheFields() {
        given().header("Authorization", TestTokens.bearer(DemoAccount.BKN))
                .queryParam("election", "PEMILU_1999").queryParam("region", "Kaltim").queryParam("format", "xml")
                .get(STATISTICS)
                .then().statusCode(400).contentType(Problem.MEDIA_TYPE)
                .body("errors.find { it.field == 'election' }.code", equalTo("INVALID_ELECTION"))
                .body("errors.find { it.field == 'region' }.code", equalTo("INVALID_REGION"))
                .body("errors.find { it.field == 'format' }.code", equalTo("INVALID_FORMAT"));
    }

    private static long balikpapanCases(String election) {
        JsonPath stats = given().header("Authorization", TestTokens.bearer(DemoAccount.PPK_BALIKPAPAN))
                .queryParam("election", election).get(STATISTICS).then().statusCode(200).extract().jsonPath();
        List<Map<String, Object>> rows = stats.getList("byRegion");
        return rows.stream().filter(row -> "64.71".equals(row.get("regionCode")))
                .mapToLong(row -> ((Number) ((Map<?, ?>) row.get("counts")).get("cases")).longValue()).sum();
    }

    private static Map<String, Integer> counts(int cases, int proven, int notProven, int sanctioned, int overdue,
            int blocked) {
        return Map.of("cases", cases, "proven", proven, "notProven", notProven, "sanctioned", sanctioned, "overdue",
                overdue, "blocked", blocked);
    }
}
