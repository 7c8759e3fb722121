package id.netra.systemtests;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.standardwebhooks.Webhook;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

import id.netra.devstack.DemoAccount;
import id.netra.devstack.test.WebhookReceiver;

/**
 * The skeleton flow end to end: report → case → initial review → clarification → conclusion → recommendation, with
 * the timeline.
 */
class SkeletonFlowIT {

    /** The city's own system and another province's, each with a webhook receiver on this machine. */
    private WebhookReceiver city;
    private WebhookReceiver otherProvince;
    private String citySecret;

    @BeforeEach
    void subscribeTheRegionsReceivers() throws java.io.IOException {
        city = new WebhookReceiver();
        otherProvince = new WebhookReceiver();
        citySecret = subscribe(DemoAccount.PEMKOT_BALIKPAPAN, city.url());
        subscribe(DemoAccount.PEMPROV_KALTARA, otherProvince.url());
    }

    @AfterEach
    void stopTheReceivers() {
        city.close();
        otherProvince.close();
    }

    private static String subscribe(DemoAccount account, String url) {
        return given().baseUri(SystemSuite.integration()).header("Authorization", Tokens.bearer(account))
                .contentType(ContentType.JSON).body(java.util.Map.of("url", url)).when().post("/api/v1/webhooks")
                .then().statusCode(201).extract().path("secret");
    }

    @Test
    void shouldCarryAPartnersReportToARecommendationForThePpk() {
        JsonPath receipt = Reports.submit("flow-" + UUID.randomUUID()).then().statusCode(201)
                .body("caseNumber", matchesPattern("64\\.71-[0-9]{4}-[0-9]{6}"))
                .extract().jsonPath();
        String caseNumber = receipt.getString("caseNumber");
        String trackingCode = receipt.getString("trackingCode");
        given().baseUri(SystemSuite.intake()).when().get("/api/v1/tracking/" + trackingCode)
                .then().statusCode(200).body("status", equalTo("KAJIAN_AWAL"));

        // Bawaslu of the case's region registers it in its initial review: only a registered case is clarified
        Reports.register(caseNumber).then().statusCode(200).body("status", equalTo("DIREGISTRASI"));

        // clarification-service opened a clarification for the Inspektorat of the case's region
        await().atMost(Duration.ofSeconds(90)).untilAsserted(() -> given().baseUri(SystemSuite.clarification())
                .header("Authorization", Tokens.bearer(DemoAccount.INSPEKTORAT_BALIKPAPAN))
                .when().get("/api/v1/clarifications/" + caseNumber)
                .then().statusCode(200).body("status", equalTo("OPEN")));

        given().baseUri(SystemSuite.clarification())
                .header("Authorization", Tokens.bearer(DemoAccount.INSPEKTORAT_BALIKPAPAN))
                .contentType(ContentType.JSON)
                .body("{\"outcome\":\"PROVEN\",\"violationCodes\":[\"D7\"],\"actDate\":\""
                        + LocalDate.now(ZoneId.of("Asia/Makassar")).minusDays(2)
                        + "\",\"positionCategory\":\"OTHER\",\"reason\":\"Foto terverifikasi dari akun resmi.\"}")
                .when().post("/api/v1/clarifications/" + caseNumber + "/conclusion")
                .then().statusCode(200).body("status", equalTo("CONCLUDED"));

        // sanction-service recommends from the catalogue: D7 after the candidate-setting date is BERAT (not known on
        // 1 and 2 January, see Reports)
        await().atMost(Duration.ofSeconds(90)).untilAsserted(() -> given().baseUri(SystemSuite.sanction())
                .header("Authorization", Tokens.bearer(DemoAccount.PPK_BALIKPAPAN))
                .when().get("/api/v1/recommendations/" + caseNumber)
                .then().statusCode(200)
                .body("level", Reports.d7LevelTwoDaysAgo().<org.hamcrest.Matcher<?>> map(Matchers::equalTo)
                        .orElse(Matchers.notNullValue()))
                .body("violations.violationCode", hasItem("D7")));

        // intake shows every step on the case's timeline, and the reporter's progress by tracking code
        await().atMost(Duration.ofSeconds(90)).untilAsserted(() -> given().baseUri(SystemSuite.intake())
                .header("Authorization", Tokens.bearer(DemoAccount.BAWASLU_BALIKPAPAN))
                .when().get("/api/v1/cases/" + caseNumber)
                .then().statusCode(200)
                .body("status", equalTo("REKOMENDASI_KE_PPK"))
                .body("timeline.kind", contains("REPORT_RECEIVED", "CASE_REGISTERED", "CLARIFICATION_OPENED",
                        "CLARIFICATION_CONCLUDED", "RECOMMENDATION_ISSUED")));
        given().baseUri(SystemSuite.intake()).when().get("/api/v1/tracking/" + trackingCode)
                .then().statusCode(200)
                .body("status", equalTo("REKOMENDASI_KE_PPK"))
                .body("steps.size()", equalTo(5))
                .body(not(containsString("Siti")), not(containsString("Budi")), not(containsString("196608011988031001")));

        // another region never learns that the case exists
        String kaltara = Tokens.bearer(DemoAccount.INSPEKTORAT_KALTARA);
        given().baseUri(SystemSuite.intake()).header("Authorization", kaltara)
                .when().get("/api/v1/cases/" + caseNumber)
                .then().statusCode(404).contentType("application/problem+json").body("code", equalTo("CASE_NOT_FOUND"));
        given().baseUri(SystemSuite.clarification()).header("Authorization", kaltara)
                .when().get("/api/v1/clarifications/" + caseNumber)
                .then().statusCode(404).contentType("application/problem+json").body("code", equalTo("CASE_NOT_FOUND"));
        // a valid conclusion: an invalid one is refused (400) before any case is looked up, existing or not
        given().baseUri(SystemSuite.clarification()).header("Authorization", kaltara)
                .contentType(ContentType.JSON)
                .body("{\"outcome\":\"NOT_PROVEN\",\"reasonCode\":\"OTHER\",\"reason\":\"Tidak terbukti.\"}")
                .when().post("/api/v1/clarifications/" + caseNumber + "/conclusion")
                .then().statusCode(404).contentType("application/problem+json");
        given().baseUri(SystemSuite.intake()).header("Authorization", kaltara)
                .when().get("/api/v1/cases")
                .then().statusCode(200).body("items.caseNumber", not(hasItem(caseNumber)));
        // recommendations are not for the Inspektorat at all: refused by role, whatever the case
        given().baseUri(SystemSuite.sanction()).header("Authorization", kaltara)
                .when().get("/api/v1/recommendations/" + caseNumber)
                .then().statusCode(403).contentType("application/problem+json");

        // the city's own system follows the case in its feed, in order and each step once; another province sees none
        await().atMost(Duration.ofSeconds(90)).untilAsserted(() -> assertThat(feed(DemoAccount.PEMKOT_BALIKPAPAN,
                caseNumber)).containsExactly("id.netra.report.received.v1", "id.netra.case.registered.v1",
                        "id.netra.clarification.opened.v1", "id.netra.clarification.concluded.v1",
                        "id.netra.recommendation.issued.v1"));
        assertThat(feed(DemoAccount.PEMPROV_KALTARA, caseNumber)).isEmpty();

        // and its receiver gets the same events pushed, in order, each once, each signed; the other province's none
        java.util.List<String> expected = feed(DemoAccount.PEMKOT_BALIKPAPAN, caseNumber);
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(pushed(city, caseNumber))
                .containsExactlyElementsOf(expected));
        Webhook verifier = new Webhook(citySecret);
        java.util.List<String> ids = new java.util.ArrayList<>();
        for (WebhookReceiver.Request request : city.requests()) {
            if (request.body().contains("\"" + caseNumber + "\"")) {
                try {
                    verifier.verify(request.body(), request.headers());
                } catch (com.standardwebhooks.exceptions.WebhookVerificationException e) {
                    throw new AssertionError("a delivery does not verify", e);
                }
                ids.add(request.header("webhook-id"));
            }
        }
        assertThat(ids).doesNotHaveDuplicates();
        assertThat(pushed(otherProvince, caseNumber)).isEmpty();
    }

    /** The types of the case's events the receiver got, in arrival order. */
    private static java.util.List<String> pushed(WebhookReceiver receiver, String caseNumber) {
        return receiver.requests().stream().filter(r -> r.body().contains("\"" + caseNumber + "\""))
                .map(r -> io.restassured.path.json.JsonPath.from(r.body()).getString("type")).toList();
    }

    /** The types of the case's events in the account's feed, read from its start, in the feed's order. */
    private static java.util.List<String> feed(DemoAccount account, String caseNumber) {
        java.util.List<String> types = new java.util.ArrayList<>();
        String cursor = null;
        while (true) {
            var request = given().baseUri(SystemSuite.integration()).header("Authorization", Tokens.bearer(account))
                    .queryParam("limit", 500);
            if (cursor != null) {
                request.queryParam("after", cursor);
            }
            io.restassured.response.Response page = request.when().get("/api/v1/feed");
            assertThat(page.statusCode()).isEqualTo(200);
            java.util.List<java.util.Map<String, Object>> events = page.jsonPath().getList("");
            if (events.isEmpty()) {
                return types;
            }
            events.stream().filter(event -> caseNumber.equals(event.get("subject")))
                    .forEach(event -> types.add((String) event.get("type")));
            cursor = page.header("Netra-Next-Cursor");
        }
    }
}
