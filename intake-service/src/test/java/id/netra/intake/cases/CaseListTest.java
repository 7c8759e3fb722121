package id.netra.intake.cases;

import static id.netra.intake.Intake.report;
import static id.netra.intake.Intake.submit;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import io.vertx.mutiny.sqlclient.Pool;

import id.netra.devstack.DemoAccount;
import id.netra.devstack.test.TestTokens;
import id.netra.intake.Intake;

@QuarkusTest
class CaseListTest {

    @Inject
    Clock clock;
    @Inject
    Pool pool;

    @AfterEach
    void resetClock() {
        Intake.clock(clock).reset();
    }

    private static RequestSpecification as(DemoAccount account) {
        return given().header("Authorization", TestTokens.bearer(account));
    }

    @Test
    void shouldFilterByRegionStatusElectionViolationAndReceivedDate() {
        Intake.clock(clock).set(Instant.parse("2024-10-08T02:00:00Z"));
        String balikpapan = submit(report().with("incident.violationCode", "D3").with("incident.knownOn", "2024-10-07"),
                DemoAccount.KIPP_BALIKPAPAN).statusCode(201).extract().path("caseNumber");
        String samarinda = submit(report().with("accused.regionCode", "64.72").with("incident.violationCode", "D3")
                .with("incident.knownOn", "2024-10-07"), DemoAccount.KIPP_BALIKPAPAN).statusCode(201)
                .extract().path("caseNumber");
        String registered = submit(report().with("incident.violationCode", "D3").with("incident.knownOn", "2024-10-07"),
                DemoAccount.BAWASLU_MONITOR).statusCode(201).extract().path("caseNumber");

        JsonPath d3 = as(DemoAccount.BKN).queryParam("violation", "D3").queryParam("receivedFrom", "2024-10-08")
                .queryParam("receivedTo", "2024-10-08").queryParam("election", "PILKADA_2024").queryParam("limit", "200")
                .when().get("/api/v1/cases").then().statusCode(200)
                .body("items.violationCode", everyItem(equalTo("D3")))
                .body("items.receivedOn", everyItem(equalTo("2024-10-08")))
                .extract().jsonPath();
        assertThat(d3.getList("items.caseNumber", String.class)).contains(balikpapan, samarinda, registered);

        as(DemoAccount.BKN).queryParam("violation", "D3").queryParam("region", "64.71").queryParam("limit", "200")
                .when().get("/api/v1/cases").then().statusCode(200)
                .body("items.caseNumber", hasItems(balikpapan, registered))
                .body("items.caseNumber", not(hasItem(samarinda)));
        as(DemoAccount.BKN).queryParam("violation", "D3").queryParam("region", "64").queryParam("limit", "200")
                .when().get("/api/v1/cases").then().statusCode(200)
                .body("items.caseNumber", hasItems(balikpapan, registered, samarinda));
        as(DemoAccount.BKN).queryParam("violation", "D3").queryParam("status", "DIREGISTRASI").queryParam("limit", "200")
                .when().get("/api/v1/cases").then().statusCode(200)
                .body("items.caseNumber", hasItem(registered))
                .body("items.caseNumber", not(hasItem(balikpapan)))
                .body("items.status", everyItem(equalTo("DIREGISTRASI")));
        as(DemoAccount.BKN).queryParam("violation", "D3").queryParam("election", "PEMILU_2024")
                .when().get("/api/v1/cases").then().statusCode(200)
                .body("items.caseNumber", not(hasItem(balikpapan)));
        as(DemoAccount.BKN).queryParam("violation", "D3").queryParam("receivedTo", "2024-10-07").queryParam("limit", "200")
                .when().get("/api/v1/cases").then().statusCode(200)
                .body("items.caseNumber", not(hasItem(balikpapan)));
        // a region outside the caller's scope is an empty page, not a way around it
        as(DemoAccount.BAWASLU_BALIKPAPAN).queryParam("region", "64.72").queryParam("limit", "200")
                .when().get("/api/v1/cases").then().statusCode(200)
                .body("items.caseNumber", not(hasItem(samarinda)))
                .body("items.regionCode", everyItem(equalTo("64.71")));
        as(DemoAccount.INSPEKTORAT_KALTARA).queryParam("violation", "D3").when().get("/api/v1/cases").then()
                .statusCode(200).body("items.caseNumber", not(hasItem(balikpapan)));
    }

    @Test
    void shouldKeepAProvinceGovernmentsCasesApartFromItsKabupatenKotaByCaseNumber() {
        // region 64's numbers ("64-…") sort just before 64.71's ("64.71-…"): the ranges must not run into each other
        Intake.clock(clock).set(Intake.PILKADA_MORNING);
        String province = submit(report().with("accused.regionCode", "64").with("incident.violationCode", "D12"),
                DemoAccount.KIPP_BALIKPAPAN).statusCode(201).extract().path("caseNumber");
        String balikpapan = submit(report().with("incident.violationCode", "D12"), DemoAccount.KIPP_BALIKPAPAN)
                .statusCode(201).extract().path("caseNumber");
        assertThat(province).startsWith("64-");

        for (Map<String, String> filters : List.of(Map.<String, String> of(), Map.of("violation", "D12"))) {
            as(DemoAccount.INSPEKTORAT_KALTIM).queryParams(filters).queryParam("after", "64-2024-000000")
                    .queryParam("limit", "200").when().get("/api/v1/cases").then().statusCode(200)
                    .body("items.caseNumber", hasItem(province));
            as(DemoAccount.BKN).queryParams(filters).queryParam("region", "64").queryParam("after", "64-2024-000000")
                    .queryParam("limit", "200").when().get("/api/v1/cases").then().statusCode(200)
                    .body("items.caseNumber", hasItem(province));
            JsonPath city = as(DemoAccount.BKN).queryParams(filters).queryParam("region", "64.71")
                    .queryParam("limit", "200").when().get("/api/v1/cases").then().statusCode(200)
                    .body("items.regionCode", everyItem(equalTo("64.71"))).extract().jsonPath();
            assertThat(city.getList("items.caseNumber", String.class)).doesNotContain(province).isSorted();
            // the province's own scope with a city, or with another province, as the region filter
            JsonPath within = as(DemoAccount.INSPEKTORAT_KALTIM).queryParams(filters).queryParam("region", "64.71")
                    .queryParam("limit", "200").when().get("/api/v1/cases").then().statusCode(200).extract().jsonPath();
            assertThat(within.getList("items.regionCode", String.class)).containsOnly("64.71");
            assertThat(within.getList("items.caseNumber", String.class)).doesNotContain(province);
            as(DemoAccount.INSPEKTORAT_KALTIM).queryParams(filters).queryParam("region", "65").when()
                    .get("/api/v1/cases").then().statusCode(200).body("items", empty());
            as(DemoAccount.BAWASLU_BALIKPAPAN).queryParams(filters).queryParam("limit", "200").when()
                    .get("/api/v1/cases").then().statusCode(200).body("items.caseNumber", not(hasItem(province)))
                    .body("items.regionCode", everyItem(equalTo("64.71")));
            as(DemoAccount.INSPEKTORAT_KALTARA).queryParams(filters).queryParam("limit", "200").when()
                    .get("/api/v1/cases").then().statusCode(200).body("items.caseNumber", not(hasItem(province)))
                    .body("items.caseNumber", not(hasItem(balikpapan)));
        }
    }

    @Test
    void shouldPlanEveryListForItsOwnFilterValues() {
        // a generic plan estimates the facets' array blindly and reads a common status's 230,000 cases to sort them
        String mode = pool.query("SHOW plan_cache_mode").execute().await().indefinitely().iterator().next()
                .getString(0);
        assertThat(mode).isEqualTo("force_custom_plan");
    }

    @Test
    void shouldWalkThroughEveryCaseOnceWithTheKeysetCursor() {
        Intake.clock(clock).set(Intake.PILKADA_MORNING);
        List<String> filed = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            filed.add(submit(report().with("incident.violationCode", "D11"), DemoAccount.KIPP_BALIKPAPAN)
                    .statusCode(201).extract().path("caseNumber"));
        }

        List<String> seen = new ArrayList<>();
        String after = null;
        int pages = 0;
        do {
            RequestSpecification request = as(DemoAccount.BAWASLU_BALIKPAPAN).queryParam("violation", "D11")
                    .queryParam("limit", "2");
            if (after != null) {
                request.queryParam("after", after);
            }
            JsonPath page = request.when().get("/api/v1/cases").then().statusCode(200).extract().jsonPath();
            seen.addAll(page.getList("items.caseNumber", String.class));
            after = page.getString("next");
            pages++;
        } while (after != null && pages < 100);

        assertThat(seen).containsAll(filed).doesNotHaveDuplicates().isSorted();
        assertThat(pages).isGreaterThanOrEqualTo(3);
    }

    @Test
    void shouldRefuseEveryMalformedFilterAtOnceWithAProblemNot404() {
        as(DemoAccount.BAWASLU_BALIKPAPAN)
                .queryParams(Map.of("limit", "abc", "status", "NOPE", "overdue", "yes", "receivedFrom", "2024-02-30",
                        "region", "99.99", "after", "x' OR 1=1 --", "violation", "d7;drop"))
                .when().get("/api/v1/cases").then().statusCode(400).contentType("application/problem+json")
                .body("code", equalTo("VALIDATION_FAILED"))
                .body("errors.field", containsInAnyOrder("limit", "region", "status", "violation", "overdue",
                        "receivedFrom", "after"))
                .body("errors.code", containsInAnyOrder("LIMIT_RANGE", "INVALID_REGION", "INVALID_VALUE",
                        "CODE_FILTER_INVALID", "INVALID_BOOLEAN", "DATE_FORMAT", "INVALID_CURSOR"));
        as(DemoAccount.BAWASLU_BALIKPAPAN).queryParam("limit", "0").when().get("/api/v1/cases").then().statusCode(400)
                .body("errors[0].code", equalTo("LIMIT_RANGE"));
        as(DemoAccount.BAWASLU_BALIKPAPAN).queryParam("receivedFrom", "2024-10-09").queryParam("receivedTo", "2024-10-01")
                .when().get("/api/v1/cases").then().statusCode(400)
                .body("errors[0].code", equalTo("DATE_RANGE_INVERTED"));
        as(DemoAccount.BAWASLU_BALIKPAPAN).queryParam("limit", "200").queryParam("status", "TERBUKTI")
                .when().get("/api/v1/cases").then().statusCode(200).body("next", nullValue());
    }
}
