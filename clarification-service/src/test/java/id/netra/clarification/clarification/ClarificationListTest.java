package id.netra.clarification.clarification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

import id.netra.clarification.Api;
import id.netra.clarification.Database;
import id.netra.clarification.IntakeEvents;
import id.netra.contracts.CaseRegistered;
import id.netra.devstack.DemoAccount;

@QuarkusTest
class ClarificationListTest {

    private static CaseRegistered balikpapanCase;
    private static CaseRegistered kaltaraCase;

    // once per class, but not in @BeforeAll: RestAssured learns the test port only before each test
    @BeforeEach
    void registerCasesInTwoProvinces() {
        if (balikpapanCase == null) {
            balikpapanCase = IntakeEvents.registered("64.71");
            kaltaraCase = IntakeEvents.registered("65.01");
        }
    }

    @Test
    void shouldListOnlyTheCallersRegion() {
        Api.as(DemoAccount.INSPEKTORAT_KALTARA).queryParam("limit", 200).get(Api.CLARIFICATIONS)
                .then().statusCode(200).contentType(ContentType.JSON)
                .body("items.caseNumber", not(hasItem(balikpapanCase.caseNumber())))
                .body("items.caseNumber", hasItem(kaltaraCase.caseNumber()))
                .body("items.regionCode", everyItem(startsWith("65.")));
        Api.as(DemoAccount.INSPEKTORAT_BALIKPAPAN).queryParam("limit", 200).get(Api.CLARIFICATIONS)
                .then().statusCode(200)
                .body("items.caseNumber", hasItem(balikpapanCase.caseNumber()))
                .body("items.regionCode", everyItem(equalTo("64.71")));
        Api.as(DemoAccount.INSPEKTORAT_KALTIM).queryParam("limit", 200).get(Api.CLARIFICATIONS)
                .then().statusCode(200)
                .body("items.caseNumber", hasItem(balikpapanCase.caseNumber()))
                .body("items.caseNumber", not(hasItem(kaltaraCase.caseNumber())));
        Api.as(DemoAccount.BKN).queryParam("limit", 200).get(Api.CLARIFICATIONS)
                .then().statusCode(200)
                .body("items.caseNumber", hasItem(balikpapanCase.caseNumber()))
                .body("items.caseNumber", hasItem(kaltaraCase.caseNumber()));
    }

    @Test
    void shouldPageInCaseNumberOrder() {
        IntakeEvents.registered("64.71");
        List<String> all = Api.as(DemoAccount.BKN).queryParam("limit", 200).get(Api.CLARIFICATIONS)
                .then().statusCode(200).extract().jsonPath().getList("items.caseNumber", String.class);
        assertThat(all).hasSizeGreaterThanOrEqualTo(3).isSorted();

        String next = Api.as(DemoAccount.BKN).queryParam("limit", 2).get(Api.CLARIFICATIONS)
                .then().statusCode(200).body("items", hasSize(2)).body("next", equalTo(all.get(1)))
                .extract().path("next");
        Api.as(DemoAccount.BKN).queryParam("limit", 1).queryParam("after", next).get(Api.CLARIFICATIONS)
                .then().statusCode(200).body("items[0].caseNumber", equalTo(all.get(2)));
        Api.as(DemoAccount.BKN).queryParam("limit", 200).queryParam("after", all.get(all.size() - 2))
                .get(Api.CLARIFICATIONS)
                .then().statusCode(200).body("items", hasSize(1)).body("next", equalTo(null));
    }

    @Test
    void shouldFilterOverdueAndByStatus() {
        CaseRegistered late = IntakeEvents.registered("64.71");
        CaseRegistered concluded = IntakeEvents.registered("64.71");
        // the due date is days away; move it into the past rather than wait
        Database.update("UPDATE clarification SET due_at = now() - interval '1 day' WHERE case_id = ?", late.caseId());
        Api.as(DemoAccount.INSPEKTORAT_BALIKPAPAN).contentType(ContentType.JSON)
                .body(Map.of("outcome", "NOT_PROVEN", "reasonCode", "OTHER", "reason", "Tidak terbukti."))
                .post(Api.CLARIFICATIONS + "/" + concluded.caseNumber() + "/conclusion").then().statusCode(200);

        Api.as(DemoAccount.INSPEKTORAT_BALIKPAPAN).queryParam("overdue", true).queryParam("limit", 200)
                .get(Api.CLARIFICATIONS)
                .then().statusCode(200)
                .body("items.caseNumber", hasItem(late.caseNumber()))
                .body("items.caseNumber", not(hasItem(balikpapanCase.caseNumber())))
                .body("items.overdue", everyItem(equalTo(true)));
        Api.as(DemoAccount.INSPEKTORAT_BALIKPAPAN).queryParam("overdue", false).queryParam("limit", 200)
                .get(Api.CLARIFICATIONS)
                .then().statusCode(200)
                .body("items.caseNumber", not(hasItem(late.caseNumber())))
                .body("items.caseNumber", hasItem(balikpapanCase.caseNumber()));
        Api.as(DemoAccount.INSPEKTORAT_BALIKPAPAN).queryParam("status", "CONCLUDED").queryParam("limit", 200)
                .get(Api.CLARIFICATIONS)
                .then().statusCode(200)
                .body("items.caseNumber", hasItem(concluded.caseNumber()))
                .body("items.status", everyItem(equalTo("CONCLUDED")));
    }

    @Test
    void shouldRefuseInvalidQueryParameters() {
        Api.as(DemoAccount.BKN).queryParam("limit", 201).get(Api.CLARIFICATIONS)
                .then().statusCode(400).contentType(Api.PROBLEM_JSON)
                .body("code", equalTo("VALIDATION_FAILED"));
        Api.as(DemoAccount.BKN).queryParam("status", "CLOSED").get(Api.CLARIFICATIONS)
                .then().statusCode(400).contentType(Api.PROBLEM_JSON)
                .body("code", equalTo("VALIDATION_FAILED"));
    }

    @Test
    void shouldRefuseANonNumericLimitWithAProblemNamingTheField() {
        Api.as(DemoAccount.BKN).queryParam("limit", "abc").get(Api.CLARIFICATIONS)
                .then().statusCode(400).contentType(Api.PROBLEM_JSON)
                .body("code", equalTo("VALIDATION_FAILED"))
                .body("errors.field", contains("limit"))
                .body("errors.code", contains("LIMIT_RANGE"))
                .body("errors[0].message", equalTo("limit harus bilangan bulat 1 sampai 200."));
        Api.as(DemoAccount.BKN).queryParam("limit", "0").queryParam("overdue", "maybe")
                .queryParam("assignee", "Budi Santoso").get(Api.CLARIFICATIONS)
                .then().statusCode(400).contentType(Api.PROBLEM_JSON)
                .body("errors.field", contains("overdue", "assignee", "limit"))
                .body("errors.code", contains("INVALID_BOOLEAN", "ACCOUNT_NAME", "LIMIT_RANGE"));
        Api.as(DemoAccount.BKN).queryParam("status", "CLOSED").queryParam("after", "x' OR 1=1")
                .get(Api.CLARIFICATIONS)
                .then().statusCode(400).contentType(Api.PROBLEM_JSON)
                .body("errors.field", contains("status", "after"))
                .body("errors.code", contains("INVALID_VALUE", "INVALID_CURSOR"));
    }
}
