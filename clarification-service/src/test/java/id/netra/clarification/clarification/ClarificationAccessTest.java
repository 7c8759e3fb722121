package id.netra.clarification.clarification;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

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
