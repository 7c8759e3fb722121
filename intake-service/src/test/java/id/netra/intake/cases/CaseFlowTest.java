package id.netra.intake.cases;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

import id.netra.contracts.ClarificationOpened;
import id.netra.contracts.EventCodec;
import id.netra.contracts.EventType;
import id.netra.contracts.SanctionDecided;
import id.netra.devstack.DemoAccount;
import id.netra.devstack.test.KafkaProbe;
import id.netra.devstack.test.KafkaTestResource;
import id.netra.devstack.test.TestTokens;
import id.netra.intake.Intake;
import id.netra.intake.PilkadaMorningTest;

@QuarkusTest
class CaseFlowTest extends PilkadaMorningTest {

    @Test
    void shouldShowTheCaseToItsRegionAndHideItFromAnother() {
        JsonPath receipt = Intake.submit(Intake.report(), DemoAccount.KIPP_BALIKPAPAN)
                .statusCode(201).extract().jsonPath();
        String caseNumber = receipt.getString("caseNumber");

        for (DemoAccount reader : new DemoAccount[] { DemoAccount.BAWASLU_BALIKPAPAN, DemoAccount.INSPEKTORAT_KALTIM,
                DemoAccount.BKN, DemoAccount.AUDITOR }) {
            given().header("Authorization", TestTokens.bearer(reader)).when().get("/api/v1/cases/" + caseNumber)
                    .then().statusCode(200)
                    .body("caseNumber", equalTo(caseNumber))
                    .body("reports.size()", equalTo(1))
                    .body("status", equalTo("KAJIAN_AWAL"))
                    .body("timeline.kind", contains("REPORT_RECEIVED"))
                    .body(not(containsString("Siti Aminah")), not(containsString("6471054505900001")));
        }
        given().header("Authorization", TestTokens.bearer(DemoAccount.INSPEKTORAT_KALTARA))
                .when().get("/api/v1/cases/" + caseNumber)
                .then().statusCode(404).contentType("application/problem+json").body("code", equalTo("CASE_NOT_FOUND"));
        given().header("Authorization", TestTokens.bearer(DemoAccount.INSPEKTORAT_KALTARA))
                .when().get("/api/v1/cases")
                .then().statusCode(200).body("items.caseNumber", not(hasItem(caseNumber)));
        given().header("Authorization", TestTokens.bearer(DemoAccount.INSPEKTORAT_BALIKPAPAN))
                .when().get("/api/v1/cases?limit=500")
                .then().statusCode(400).contentType("application/problem+json").body("errors[0].field", equalTo("limit"));
        given().header("Authorization", TestTokens.bearer(DemoAccount.INSPEKTORAT_BALIKPAPAN))
                .when().get("/api/v1/cases?status=NOPE")
                .then().statusCode(400).contentType("application/problem+json").body("errors[0].field", equalTo("status"));
        given().header("Authorization", TestTokens.bearer(DemoAccount.INSPEKTORAT_BALIKPAPAN))
                .when().get("/api/v1/cases?limit=abc")
                .then().statusCode(400).contentType("application/problem+json").body("errors[0].field", equalTo("limit"));
        given().header("Authorization", TestTokens.bearer(DemoAccount.KIPP_BALIKPAPAN))
                .when().get("/api/v1/cases/" + caseNumber)
                .then().statusCode(403).contentType("application/problem+json");
    }

    @Test
    void shouldShowARegionalGovernmentTheCasesOfItsRegionOnly() {
        String balikpapan = Intake.submit(Intake.report(), DemoAccount.KIPP_BALIKPAPAN)
                .statusCode(201).extract().path("caseNumber");
        String samarinda = Intake.submit(Intake.report().with("accused.regionCode", "64.72"),
                DemoAccount.KIPP_BALIKPAPAN).statusCode(201).extract().path("caseNumber");

        // the city's own system and the province's, which covers its kabupaten/kota
        for (DemoAccount pemda : new DemoAccount[] { DemoAccount.PEMKOT_BALIKPAPAN, DemoAccount.PEMPROV_KALTIM }) {
            Intake.getCase(balikpapan, pemda).statusCode(200)
                    .body("caseNumber", equalTo(balikpapan))
                    .body("regionCode", equalTo("64.71"))
                    .body("accused.regionCode", equalTo("64.71"))
                    .body("reports.size()", equalTo(1))
                    .body(not(containsString("Siti Aminah")), not(containsString("6471054505900001")));
            given().header("Authorization", TestTokens.bearer(pemda)).queryParam("after", before(balikpapan))
                    .when().get("/api/v1/cases")
                    .then().statusCode(200).body("items[0].caseNumber", equalTo(balikpapan));
        }
        Intake.getCase(samarinda, DemoAccount.PEMPROV_KALTIM).statusCode(200).body("regionCode", equalTo("64.72"));
        given().header("Authorization", TestTokens.bearer(DemoAccount.PEMPROV_KALTIM))
                .queryParam("after", before(samarinda)).when().get("/api/v1/cases")
                .then().statusCode(200).body("items[0].caseNumber", equalTo(samarinda))
                .body("items.regionCode", everyItem(startsWith("64.")));

        // a city does not see its neighbour, and another province sees neither
        Intake.getCase(samarinda, DemoAccount.PEMKOT_BALIKPAPAN).statusCode(404)
                .contentType("application/problem+json").body("code", equalTo("CASE_NOT_FOUND"));
        given().header("Authorization", TestTokens.bearer(DemoAccount.PEMKOT_BALIKPAPAN)).queryParam("limit", "200")
                .when().get("/api/v1/cases")
                .then().statusCode(200).body("items.regionCode", everyItem(equalTo("64.71")))
                .body("items.caseNumber", not(hasItem(samarinda)));
        given().header("Authorization", TestTokens.bearer(DemoAccount.PEMKOT_BALIKPAPAN)).queryParam("region", "64.72")
                .when().get("/api/v1/cases")
                .then().statusCode(200).body("items.size()", equalTo(0));
        for (String caseNumber : new String[] { balikpapan, samarinda }) {
            Intake.getCase(caseNumber, DemoAccount.PEMPROV_KALTARA).statusCode(404)
                    .contentType("application/problem+json").body("code", equalTo("CASE_NOT_FOUND"));
        }
        given().header("Authorization", TestTokens.bearer(DemoAccount.PEMPROV_KALTARA))
                .queryParam("after", before(balikpapan)).queryParam("limit", "200").when().get("/api/v1/cases")
                .then().statusCode(200).body("items.caseNumber", not(hasItem(balikpapan)))
                .body("items.caseNumber", not(hasItem(samarinda)))
                .body("items.regionCode", everyItem(startsWith("65")));

        // reading is all: the review stays Bawaslu's, the case untouched
        Intake.review(balikpapan, "{\"decision\":\"REGISTER\"}", DemoAccount.PEMKOT_BALIKPAPAN).statusCode(403)
                .contentType("application/problem+json");
        Intake.getCase(balikpapan, DemoAccount.PEMKOT_BALIKPAPAN).statusCode(200).body("status", equalTo("KAJIAN_AWAL"));
    }

    /** The case number just before this one in its region and year, as a list cursor that starts the page at it. */
    private static String before(String caseNumber) {
        int dash = caseNumber.lastIndexOf('-');
        return caseNumber.substring(0, dash + 1) + "%06d".formatted(Integer.parseInt(caseNumber.substring(dash + 1)) - 1);
    }

    @Test
    void shouldFollowTheClarificationOnceEvenIfTheEventArrivesTwice() {
        // a trusted Bawaslu partner's finding is registered at once and goes to clarification
        JsonPath receipt = Intake.submit(Intake.report(), DemoAccount.BAWASLU_MONITOR)
                .statusCode(201).body("status", equalTo("DIREGISTRASI")).extract().jsonPath();
        String caseNumber = receipt.getString("caseNumber");
        String trackingCode = receipt.getString("trackingCode");
        // the case id is the Kafka key of intake's own event
        String key = KafkaProbe.readUntil(KafkaTestResource.bootstrapServers(), "netra.intake.events",
                r -> caseNumber.equals(KafkaProbe.header(r, "ce_subject"))
                        && "id.netra.case.registered.v1".equals(KafkaProbe.header(r, "ce_type")),
                Duration.ofSeconds(20))
                .stream().filter(r -> caseNumber.equals(KafkaProbe.header(r, "ce_subject"))).findFirst().orElseThrow()
                .key();
        String payload = new EventCodec().toJson(new ClarificationOpened(UUID.fromString(key), caseNumber, "64.71",
                UUID.randomUUID(), Instant.now(), Instant.now().plus(Duration.ofDays(5))));
        String eventId = UUID.randomUUID().toString();
        for (int i = 0; i < 2; i++) {
            KafkaProbe.sendCloudEvent(KafkaTestResource.bootstrapServers(), "netra.clarification.events", eventId,
                    EventType.CLARIFICATION_OPENED.type(), caseNumber, key, payload);
        }

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> given()
                .header("Authorization", TestTokens.bearer(DemoAccount.BKN)).when().get("/api/v1/cases/" + caseNumber)
                .then().statusCode(200)
                .body("status", equalTo("KLARIFIKASI"))
                .body("timeline.kind", contains("REPORT_RECEIVED", "CASE_REGISTERED", "CLARIFICATION_OPENED")));
        given().header("Accept-Language", "en").when().get("/api/v1/tracking/" + trackingCode)
                .then().statusCode(200)
                .body("status", equalTo("KLARIFIKASI"))
                .body("statusText", equalTo("Being clarified by the Inspektorat"))
                .body("steps.size()", equalTo(3))
                .body(not(containsString("Siti")), not(containsString("Budi")), not(containsString("6471054505900001")));
        String decided = new EventCodec().toJson(new SanctionDecided(UUID.fromString(key), caseNumber, "64.71",
                UUID.randomUUID(), "TURUN_JABATAN_12", "BERAT", true, "800/123/BKPSDM", LocalDate.of(2024, 11, 1),
                Instant.now()));
        KafkaProbe.sendCloudEvent(KafkaTestResource.bootstrapServers(), "netra.sanction.events",
                UUID.randomUUID().toString(), EventType.SANCTION_DECIDED.type(), caseNumber, key, decided);
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> given().when().get("/api/v1/tracking/" + trackingCode)
                .then().statusCode(200)
                .body("status", equalTo("DITINDAKLANJUTI"))
                .body("steps.kind", hasItem("SANCTION_DECIDED"))
                .body(not(containsString("800/123/BKPSDM"))));
        given().when().get("/api/v1/tracking/NTR-0000-0000-0000-0000")
                .then().statusCode(404).contentType("application/problem+json");
    }

}
