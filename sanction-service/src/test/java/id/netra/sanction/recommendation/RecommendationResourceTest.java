package id.netra.sanction.recommendation;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

import id.netra.contracts.ClarificationConcluded;
import id.netra.devstack.DemoAccount;
import id.netra.devstack.test.TestTokens;
import id.netra.kit.problem.Problem;
import id.netra.kit.region.RegionCatalog;
import id.netra.sanction.Conclusions;

@QuarkusTest
class RecommendationResourceTest {

    private static final String ONE = "/api/v1/recommendations/{caseNumber}";
    private static final String LIST = "/api/v1/recommendations";

    @Test
    void shouldShowTheCaseToItsRegionsPpkAndToBkn() {
        String caseNumber = Conclusions.sendAndAwait(Conclusions.provenD7("64.71")).caseNumber();

        given().header("Authorization", TestTokens.bearer(DemoAccount.PPK_BALIKPAPAN)).get(ONE, caseNumber)
                .then().statusCode(200).body("caseNumber", equalTo(caseNumber)).body("level", equalTo("BERAT"));
        given().header("Authorization", TestTokens.bearer(DemoAccount.BKN)).get(ONE, caseNumber)
                .then().statusCode(200).body("caseNumber", equalTo(caseNumber));
    }

    @Test
    void shouldRefuseARoleThatMayNotReadRecommendations() {
        String caseNumber = Conclusions.sendAndAwait(Conclusions.provenD7("65.01")).caseNumber();

        given().header("Authorization", TestTokens.bearer(DemoAccount.INSPEKTORAT_KALTARA)).get(ONE, caseNumber)
                .then().statusCode(403).contentType(Problem.MEDIA_TYPE).body("code", equalTo("FORBIDDEN"));
        given().header("Authorization", TestTokens.bearer(DemoAccount.INSPEKTORAT_KALTARA)).get(LIST)
                .then().statusCode(403).contentType(Problem.MEDIA_TYPE);
    }

    @Test
    void shouldHideAnotherRegionsCaseAsNotFound() {
        String caseNumber = Conclusions.sendAndAwait(Conclusions.provenD7("64.71")).caseNumber();
        String ppkKaltara = "Bearer " + TestTokens.token("ppk.kaltara", Set.of("ppk"), "65");

        given().header("Authorization", ppkKaltara).get(ONE, caseNumber)
                .then().statusCode(404).contentType(Problem.MEDIA_TYPE)
                .body("code", equalTo("CASE_NOT_FOUND"))
                .body("detail", equalTo("Perkara " + caseNumber + " tidak ditemukan."));
        given().header("Authorization", ppkKaltara).get(ONE, "64.71-2024-999999")
                .then().statusCode(404).body("code", equalTo("CASE_NOT_FOUND"));
    }

    @Test
    void shouldAnswerInEnglishOnRequest() {
        given().header("Authorization", TestTokens.bearer(DemoAccount.BKN)).header("Accept-Language", "en")
                .get(ONE, "64.71-2024-999998")
                .then().statusCode(404).body("detail", equalTo("Case 64.71-2024-999998 was not found."));
    }

    @Test
    void shouldAskForATokenAsProblemJson() {
        given().get(ONE, "64.71-2024-000001")
                .then().statusCode(401).contentType(Problem.MEDIA_TYPE).body("code", equalTo("UNAUTHENTICATED"));
        given().get(LIST).then().statusCode(401).contentType(Problem.MEDIA_TYPE);
    }

    @Test
    void shouldListOnlyTheCallersRegionPageByPage() {
        List<String> own = List.of(
                Conclusions.sendAndAwait(Conclusions.provenD7("64.71")).caseNumber(),
                Conclusions.sendAndAwait(Conclusions.provenD7("64.71")).caseNumber(),
                Conclusions.sendAndAwait(Conclusions.notProven("64.71")).caseNumber());
        String sameProvince = Conclusions.sendAndAwait(Conclusions.provenD7("64.72")).caseNumber();
        String otherProvince = Conclusions.sendAndAwait(Conclusions.provenD7("65.01")).caseNumber();

        List<String> balikpapan = allPages(TestTokens.bearer(DemoAccount.PPK_BALIKPAPAN), "");
        List<String> kaltim = allPages("Bearer " + TestTokens.token("ppk.kaltim", Set.of("ppk"), "64"), "");
        List<String> national = allPages(TestTokens.bearer(DemoAccount.BKN), "&region=64.72");

        assertThat(balikpapan).containsAll(own).doesNotContain(sameProvince, otherProvince).doesNotHaveDuplicates();
        assertThat(kaltim).containsAll(own).contains(sameProvince).doesNotContain(otherProvince);
        assertThat(national).contains(sameProvince).doesNotContainAnyElementsOf(own).doesNotContain(otherProvince);
    }

    @Test
    void shouldShowARegionalGovernmentItsRegionsRecommendationsOnlyAndLetItDecideNothing() {
        String balikpapan = Conclusions.sendAndAwait(Conclusions.provenD7("64.71")).caseNumber();
        String samarinda = Conclusions.sendAndAwait(Conclusions.provenD7("64.72")).caseNumber();
        String pemkot = TestTokens.bearer(DemoAccount.PEMKOT_BALIKPAPAN);
        String pemprov = TestTokens.bearer(DemoAccount.PEMPROV_KALTIM);
        String kaltara = TestTokens.bearer(DemoAccount.PEMPROV_KALTARA);

        // the city's own system and the province's, which covers its kabupaten/kota
        for (String authorization : List.of(pemkot, pemprov)) {
            given().header("Authorization", authorization).get(ONE, balikpapan)
                    .then().statusCode(200).body("caseNumber", equalTo(balikpapan)).body("level", equalTo("BERAT"))
                    .body("status", equalTo("ISSUED"));
        }
        given().header("Authorization", pemprov).get(ONE, samarinda)
                .then().statusCode(200).body("caseNumber", equalTo(samarinda));
        String province = Conclusions.sendAndAwait(Conclusions.provenD7("64")).caseNumber();
        assertThat(allPages(pemkot, "")).contains(balikpapan).doesNotContain(samarinda, province);
        assertThat(allPages(pemprov, "")).contains(balikpapan, samarinda, province);
        assertThat(allPages(pemprov, "&region=64.71")).contains(balikpapan).doesNotContain(samarinda, province);

        // a city does not see its neighbour, and another province answers as for a missing case
        given().header("Authorization", pemkot).get(ONE, samarinda)
                .then().statusCode(404).contentType(Problem.MEDIA_TYPE).body("code", equalTo("CASE_NOT_FOUND"));
        given().header("Authorization", kaltara).get(ONE, balikpapan)
                .then().statusCode(404).contentType(Problem.MEDIA_TYPE)
                .body("code", equalTo("CASE_NOT_FOUND"))
                .body("detail", equalTo("Perkara " + balikpapan + " tidak ditemukan."));
        assertThat(allPages(kaltara, "")).doesNotContain(balikpapan, samarinda);

        // the decision stays the PPK's
        given().header("Authorization", pemkot).contentType(ContentType.JSON)
                .body(Map.of("sanctionCode", "TURUN_JABATAN_12", "decreeNumber", "800/7/BKPSDM", "decreeDate",
                        LocalDate.now(RegionCatalog.WITA).toString()))
                .post(ONE + "/decision", balikpapan)
                .then().statusCode(403).contentType(Problem.MEDIA_TYPE).body("code", equalTo("FORBIDDEN"));
        given().header("Authorization", TestTokens.bearer(DemoAccount.PPK_BALIKPAPAN)).get(ONE, balikpapan)
                .then().statusCode(200).body("status", equalTo("ISSUED"));
    }

    @Test
    void shouldFilterByStatusAndOverdue() {
        ClarificationConcluded late = Conclusions.sendAndAwait(Conclusions.proven("64.71", "PILKADA_2024",
                LocalDate.of(2024, 10, 5), Instant.parse("2024-10-07T00:00:00Z"), "D7"));
        ClarificationConcluded fresh = Conclusions.sendAndAwait(Conclusions.provenD7("64.71"));
        ClarificationConcluded closed = Conclusions.sendAndAwait(Conclusions.notProven("64.71"));
        String bkn = TestTokens.bearer(DemoAccount.BKN);

        List<String> overdue = allPages(bkn, "&overdue=true&region=64.71");
        List<String> notOverdue = allPages(bkn, "&overdue=false&region=64.71");
        List<String> closedOnes = allPages(bkn, "&status=CLOSED&region=64.71");

        assertThat(overdue).contains(late.caseNumber()).doesNotContain(fresh.caseNumber(), closed.caseNumber());
        assertThat(notOverdue).contains(fresh.caseNumber(), closed.caseNumber()).doesNotContain(late.caseNumber());
        assertThat(closedOnes).contains(closed.caseNumber()).doesNotContain(late.caseNumber(), fresh.caseNumber());
    }

    @Test
    void shouldRefuseAnInvalidFilterNamingTheFields() {
        given().header("Authorization", TestTokens.bearer(DemoAccount.ADMIN))
                .queryParam("status", "OPEN").queryParam("limit", "0").queryParam("overdue", "yes")
                .queryParam("after", "x").queryParam("region", "Balikpapan")
                .get(LIST)
                .then().statusCode(400).contentType(Problem.MEDIA_TYPE)
                .body("code", equalTo("VALIDATION_FAILED"))
                .body("errors.field", containsInAnyOrder("status", "limit", "overdue", "after", "region"))
                .body("errors.find { it.field == 'status' }.code", equalTo("INVALID_VALUE"))
                .body("errors.find { it.field == 'status' }.message",
                        equalTo("Nilai harus salah satu dari: ISSUED, AWAITING_TASK_FORCE, NON_COMPLIANT, DECIDED, CLOSED."))
                .body("errors.find { it.field == 'limit' }.code", equalTo("LIMIT_RANGE"))
                .body("errors.find { it.field == 'overdue' }.code", equalTo("INVALID_BOOLEAN"))
                .body("errors.find { it.field == 'after' }.code", equalTo("INVALID_CURSOR"))
                .body("errors.find { it.field == 'region' }.code", equalTo("INVALID_REGION"));
    }

    @Test
    void shouldRefuseANonNumericLimitAsProblemJson() {
        given().header("Authorization", TestTokens.bearer(DemoAccount.BKN)).header("Accept-Language", "en")
                .queryParam("limit", "ten").get(LIST)
                .then().statusCode(400).contentType(Problem.MEDIA_TYPE)
                .body("errors.field", containsInAnyOrder("limit"))
                .body("errors[0].code", equalTo("LIMIT_RANGE"))
                .body("errors[0].message", equalTo("limit must be a whole number from 1 to 100."));
    }

    /** Every case number the caller sees, following {@code next} with small pages. */
    private static List<String> allPages(String authorization, String filter) {
        List<String> seen = new ArrayList<>();
        String after = null;
        do {
            JsonPath page = given().header("Authorization", authorization)
                    .get(LIST + "?limit=2" + filter + (after == null ? "" : "&after=" + after))
                    .then().statusCode(200).extract().jsonPath();
            List<String> numbers = page.getList("items.caseNumber");
            assertThat(numbers).hasSizeLessThanOrEqualTo(2);
            seen.addAll(numbers);
            after = page.getString("next");
        } while (after != null);
        return seen;
    }
}
