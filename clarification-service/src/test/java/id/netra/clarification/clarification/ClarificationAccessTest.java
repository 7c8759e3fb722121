package id.netra.clarification.clarification;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

import id.netra.clarification.Api;
import id.netra.clarification.IntakeEvents;
import id.netra.contracts.CaseRegistered;
import id.netra.devstack.DemoAccount;

@QuarkusTest
class ClarificationAccessTest {

    private static final Map<String, Object> PROVEN_D7 = Map.of("outcome", "PROVEN", "violationCodes",
            new String[] { "D7" }, "actDate", "2024-10-01", "positionCategory", "JPT", "reason", "Terbukti.");

    private static CaseRegistered balikpapanCase;

    // once per class, but not in @BeforeAll: RestAssured learns the test port only before each test
    @BeforeEach
    void registerACaseInBalikpapan() {
        if (balikpapanCase == null) {
            balikpapanCase = IntakeEvents.registered("64.71");
        }
    }

    @Test
    void shouldHideAnotherRegionsCaseExactlyLikeAMissingOne() {
        Api.as(DemoAccount.INSPEKTORAT_KALTARA).get(path())
                .then().statusCode(404).contentType(Api.PROBLEM_JSON)
                .body("code", equalTo("CASE_NOT_FOUND"))
                .body("detail", equalTo("Perkara " + balikpapanCase.caseNumber() + " tidak ditemukan."));
        Api.as(DemoAccount.INSPEKTORAT_KALTARA).contentType(ContentType.JSON).body(PROVEN_D7)
                .post(path() + "/conclusion")
                .then().statusCode(404).contentType(Api.PROBLEM_JSON)
                .body("code", equalTo("CASE_NOT_FOUND"));
        Api.as(DemoAccount.INSPEKTORAT_BALIKPAPAN).get(Api.CLARIFICATIONS + "/64.71-2024-999999")
                .then().statusCode(404).contentType(Api.PROBLEM_JSON)
                .body("code", equalTo("CASE_NOT_FOUND"))
                .body("detail", equalTo("Perkara 64.71-2024-999999 tidak ditemukan."));
    }

    @Test
    void shouldShowACityCaseToTheInspektoratOfItsProvince() {
        Api.as(DemoAccount.INSPEKTORAT_KALTIM).get(path())
                .then().statusCode(200).contentType(ContentType.JSON)
                .body("caseNumber", equalTo(balikpapanCase.caseNumber()));
    }

    @Test
    void shouldShowEveryRegionToNationalRoles() {
        for (DemoAccount account : new DemoAccount[] { DemoAccount.BKN, DemoAccount.ADMIN, DemoAccount.AUDITOR }) {
            Api.as(account).get(path()).then().statusCode(200).contentType(ContentType.JSON)
                    .body("regionCode", equalTo("64.71"));
        }
    }

    @Test
    void shouldShowARegionalGovernmentNeitherTheStatementsNorTheInspektoratsNotes() {
        CaseRegistered registered = IntakeEvents.registered("64.71");
        String one = Api.CLARIFICATIONS + "/" + registered.caseNumber();
        Api.as(DemoAccount.INSPEKTORAT_BALIKPAPAN).contentType(ContentType.JSON)
                .body(java.util.Map.of("role", "REPORTER", "name", "Siti Aminah", "statedAt",
                        "2026-11-30T10:00:00+08:00", "text", "Saya melihat unggahan itu."))
                .post(one + "/statements").then().statusCode(201);
        Api.as(DemoAccount.INSPEKTORAT_BALIKPAPAN).contentType(ContentType.JSON)
                .body(java.util.Map.of("text", "Pelapor minta namanya dirahasiakan.")).post(one + "/notes")
                .then().statusCode(201);

        Api.as(DemoAccount.INSPEKTORAT_BALIKPAPAN).get(one).then().statusCode(200)
                .body("statements.name", hasItem("Siti Aminah")).body("internalNotes.size()", equalTo(1));
        String seenByTheCity = Api.as(DemoAccount.PEMKOT_BALIKPAPAN).get(one).then().statusCode(200)
                .body("status", equalTo("OPEN")).extract().asString();
        org.assertj.core.api.Assertions.assertThat(seenByTheCity).doesNotContain("Siti").doesNotContain("statements")
                .doesNotContain("internalNotes").doesNotContain("dirahasiakan");
    }

    @Test
    void shouldShowARegionalGovernmentItsRegionsClarificationsOnlyAndLetItChangeNothing() {
        CaseRegistered samarinda = IntakeEvents.registered("64.72");

        // the city's own system and the province's, which covers its kabupaten/kota
        for (DemoAccount pemda : new DemoAccount[] { DemoAccount.PEMKOT_BALIKPAPAN, DemoAccount.PEMPROV_KALTIM }) {
            Api.as(pemda).get(path())
                    .then().statusCode(200).contentType(ContentType.JSON)
                    .body("caseNumber", equalTo(balikpapanCase.caseNumber()))
                    .body("regionCode", equalTo("64.71"))
                    .body("status", equalTo("OPEN"));
            Api.as(pemda).queryParam("limit", 200).get(Api.CLARIFICATIONS)
                    .then().statusCode(200)
                    .body("items.caseNumber", hasItem(balikpapanCase.caseNumber()))
                    .body("items.regionCode", everyItem(startsWith("64.")));
        }
        Api.as(DemoAccount.PEMPROV_KALTIM).get(Api.CLARIFICATIONS + "/" + samarinda.caseNumber())
                .then().statusCode(200).body("regionCode", equalTo("64.72"));

        // a city does not see its neighbour, and another province answers as for a missing case
        Api.as(DemoAccount.PEMKOT_BALIKPAPAN).get(Api.CLARIFICATIONS + "/" + samarinda.caseNumber())
                .then().statusCode(404).contentType(Api.PROBLEM_JSON).body("code", equalTo("CASE_NOT_FOUND"));
        Api.as(DemoAccount.PEMKOT_BALIKPAPAN).queryParam("limit", 200).get(Api.CLARIFICATIONS)
                .then().statusCode(200)
                .body("items.caseNumber", not(hasItem(samarinda.caseNumber())))
                .body("items.regionCode", everyItem(equalTo("64.71")));
        Api.as(DemoAccount.PEMPROV_KALTARA).get(path())
                .then().statusCode(404).contentType(Api.PROBLEM_JSON)
                .body("code", equalTo("CASE_NOT_FOUND"))
                .body("detail", equalTo("Perkara " + balikpapanCase.caseNumber() + " tidak ditemukan."));
        Api.as(DemoAccount.PEMPROV_KALTARA).queryParam("limit", 200).get(Api.CLARIFICATIONS)
                .then().statusCode(200)
                .body("items.caseNumber", not(hasItem(balikpapanCase.caseNumber())))
                .body("items.regionCode", everyItem(startsWith("65.")));

        // reading is all: the conclusion stays the Inspektorat's, the audit trail the auditor's
        Api.as(DemoAccount.PEMKOT_BALIKPAPAN).contentType(ContentType.JSON).body(PROVEN_D7).post(path() + "/conclusion")
                .then().statusCode(403).contentType(Api.PROBLEM_JSON).body("code", equalTo("FORBIDDEN"));
        Api.as(DemoAccount.PEMKOT_BALIKPAPAN).get(path() + "/audit")
                .then().statusCode(403).contentType(Api.PROBLEM_JSON);
        Api.as(DemoAccount.INSPEKTORAT_BALIKPAPAN).get(path()).then().statusCode(200).body("status", equalTo("OPEN"));
    }

    @Test
    void shouldForbidAnyoneButTheInspektoratToConclude() {
        Api.as(DemoAccount.AUDITOR).contentType(ContentType.JSON).body(PROVEN_D7).post(path() + "/conclusion")
                .then().statusCode(403).contentType(Api.PROBLEM_JSON)
                .body("code", equalTo("FORBIDDEN"));
        Api.as(DemoAccount.BKN).contentType(ContentType.JSON).body(PROVEN_D7).post(path() + "/conclusion")
                .then().statusCode(403).contentType(Api.PROBLEM_JSON);
    }

    @Test
    void shouldForbidThePpkToReadClarifications() {
        Api.as(DemoAccount.PPK_BALIKPAPAN).get(path())
                .then().statusCode(403).contentType(Api.PROBLEM_JSON)
                .body("code", equalTo("FORBIDDEN"));
        Api.as(DemoAccount.PPK_BALIKPAPAN).get(Api.CLARIFICATIONS)
                .then().statusCode(403).contentType(Api.PROBLEM_JSON);
    }

    @Test
    void shouldRequireAnAccessToken() {
        given().get(path())
                .then().statusCode(401).contentType(Api.PROBLEM_JSON)
                .body("code", equalTo("UNAUTHENTICATED"));
        given().get(Api.CLARIFICATIONS)
                .then().statusCode(401).contentType(Api.PROBLEM_JSON);
        given().contentType(ContentType.JSON).body(PROVEN_D7).post(path() + "/conclusion")
                .then().statusCode(401).contentType(Api.PROBLEM_JSON);
        given().header("Authorization", "Bearer not-a-token").get(path())
                .then().statusCode(401).contentType(Api.PROBLEM_JSON);
    }

    private static String path() {
        return Api.CLARIFICATIONS + "/" + balikpapanCase.caseNumber();
    }
}
