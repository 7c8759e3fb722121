package id.netra.intake.review;

import static id.netra.intake.Intake.events;
import static id.netra.intake.Intake.getCase;
import static id.netra.intake.Intake.report;
import static id.netra.intake.Intake.review;
import static id.netra.intake.Intake.submit;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

import id.netra.devstack.DemoAccount;
import id.netra.devstack.test.TestTokens;
import id.netra.intake.Intake;
import id.netra.intake.PilkadaMorningTest;

/**
 * A report filed after the deadline is not registered, but ASN discipline is no complaint offence: Bawaslu forwards its
 * facts to the Inspektorat or PPK of a region, or to BKN, once, and the reporter can see where they went.
 */
@QuarkusTest
class ForwardTest extends PilkadaMorningTest {

    private static final String FORWARDED = "id.netra.case.forwarded.v1";
    private static final String NOTE = "Dilaporkan setelah batas waktu; mohon diperiksa sesuai aturan disiplin ASN.";

    /**
     * Thursday 10 October 2024, 10:00 in Balikpapan: the default report's act became known on 2 October, and a
     * Pilkada counts 7 calendar days, so its last day to file was 9 October.
     */
    @BeforeEach
    void afterTheFilingDeadline() {
        Intake.clock(clock).set(Instant.parse("2024-10-10T02:00:00Z"));
    }

    private static JsonPath lateReport(Intake.Body body) {
        return submit(body, DemoAccount.KIPP_BALIKPAPAN).statusCode(201)
                .body("filedInTime", equalTo(false)).body("status", equalTo("TIDAK_DIREGISTRASI"))
                .extract().jsonPath();
    }

    private static String lateCase() {
        return lateReport(report()).getString("caseNumber");
    }

    private static String forward(String forwardTo, String regionCode) {
        return "{\"decision\":\"FORWARD\",\"forwardTo\":\"" + forwardTo + "\""
                + (regionCode == null ? "" : ",\"forwardRegionCode\":\"" + regionCode + "\"") + "}";
    }

    @Test
    void shouldForwardALateReportToTheRegionsInspektoratOnceAndShowTheReporterWhere() throws SQLException {
        JsonPath receipt = lateReport(report());
        String caseNumber = receipt.getString("caseNumber");
        String trackingCode = receipt.getString("trackingCode");
        String reporterRef = getCase(caseNumber, DemoAccount.BAWASLU_BALIKPAPAN).statusCode(200)
                .extract().path("reports[0].reporterRef");

        // no region: the Inspektorat of the case's region
        review(caseNumber, "{\"decision\":\"FORWARD\",\"forwardTo\":\"INSPEKTORAT\",\"reason\":\"" + NOTE + "\"}",
                DemoAccount.BAWASLU_BALIKPAPAN)
                .statusCode(200).body("caseNumber", equalTo(caseNumber)).body("status", equalTo("DITERUSKAN"))
                .body("statusText", equalTo("Diteruskan ke Inspektorat daerah 64.71"));

        List<String> forwarded = Intake.payloads(FORWARDED, caseNumber);
        assertThat(forwarded).hasSize(1);
        JsonPath event = JsonPath.from(forwarded.get(0));
        assertThat(event.getString("caseNumber")).isEqualTo(caseNumber);
        assertThat(event.getString("regionCode")).isEqualTo("64.71");
        assertThat(event.getString("target")).isEqualTo("INSPEKTORAT");
        assertThat(event.getString("targetRegionCode")).isEqualTo("64.71");
        assertThat(event.getString("note")).isEqualTo(NOTE);
        assertThat(event.getString("forwardedAt")).isEqualTo("2024-10-10T02:00:00Z");
        assertThat(forwarded.get(0)).doesNotContain("Siti", "6471054505900001", "081234567890", "siti@example.org",
                "Sudirman", reporterRef, trackingCode);
        // still the one rejection for lateness, and never a registration
        assertThat(events("id.netra.case.rejected.v1", caseNumber)).isEqualTo(1);
        assertThat(events("id.netra.case.registered.v1", caseNumber)).isZero();

        getCase(caseNumber, DemoAccount.BAWASLU_BALIKPAPAN).statusCode(200)
                .body("status", equalTo("DITERUSKAN"))
                .body("review.reasonCode", equalTo("LATE_FILING"))
                .body("forward.to", equalTo("INSPEKTORAT"))
                .body("forward.regionCode", equalTo("64.71"))
                .body("forward.note", equalTo(NOTE))
                .body("forward.forwardedBy", equalTo("bawaslu.balikpapan"))
                .body("timeline.kind", contains("REPORT_RECEIVED", "CASE_REJECTED", "CASE_FORWARDED"))
                .body("timeline[2].detail", equalTo("INSPEKTORAT 64.71"));

        String tracking = given().when().get("/api/v1/tracking/" + trackingCode).then().statusCode(200)
                .body("status", equalTo("DITERUSKAN"))
                .body("statusText", equalTo("Diteruskan ke Inspektorat daerah 64.71"))
                .body("notes", hasItem("Laporan tidak diregistrasi karena melewati batas waktu pelaporan."))
                .body("notes", hasItem(containsString("bukan delik aduan")))
                .body("steps.kind", hasItem("CASE_FORWARDED"))
                .body("completion", nullValue())
                .extract().asString();
        // the reporter learns where the facts went, not the reviewer's note nor who forwarded them
        assertThat(tracking).doesNotContain(NOTE, "bawaslu.balikpapan", "Budi Santoso");
        given().header("Accept-Language", "en").when().get("/api/v1/tracking/" + trackingCode).then().statusCode(200)
                .body("statusText", equalTo("Forwarded to the Inspektorat of region 64.71"))
                .body("notes", hasItem(containsString("not a complaint offence")));

        // once only, and a forwarded case is not reviewed again
        review(caseNumber, forward("BKN", null), DemoAccount.BAWASLU_BALIKPAPAN)
                .statusCode(409).contentType("application/problem+json")
                .body("code", equalTo("CASE_ALREADY_FORWARDED")).body("detail", containsString("INSPEKTORAT"));
        review(caseNumber, "{\"decision\":\"REGISTER\"}", DemoAccount.BAWASLU_BALIKPAPAN)
                .statusCode(409).body("code", equalTo("CASE_NOT_UNDER_REVIEW"));
        assertThat(events(FORWARDED, caseNumber)).isEqualTo(1);
        getCase(caseNumber, DemoAccount.BAWASLU_BALIKPAPAN).body("forward.to", equalTo("INSPEKTORAT"))
                .body("timeline.kind", contains("REPORT_RECEIVED", "CASE_REJECTED", "CASE_FORWARDED"));
    }

    @Test
    void shouldForwardToBknWithoutARegionAndToThePpkOfTheRegionNamed() throws SQLException {
        String toBkn = lateCase();
        review(toBkn, forward("BKN", "64.71"), DemoAccount.BAWASLU_BALIKPAPAN)
                .statusCode(400).body("code", equalTo("VALIDATION_FAILED"))
                .body("errors.field", contains("forwardRegionCode"))
                .body("errors.code", contains("FORWARD_REGION_NOT_ALLOWED"));
        assertThat(events(FORWARDED, toBkn)).isZero();

        given().header("Authorization", TestTokens.bearer(DemoAccount.BAWASLU_BALIKPAPAN))
                .header("Accept-Language", "en").contentType("application/json").body(forward("BKN", null))
                .when().post("/api/v1/cases/" + toBkn + "/review").then()
                .statusCode(200).body("status", equalTo("DITERUSKAN"))
                .body("statusText", equalTo("Forwarded to the National Civil Service Agency (BKN)"));
        JsonPath bknEvent = JsonPath.from(Intake.payloads(FORWARDED, toBkn).get(0));
        assertThat(bknEvent.getString("target")).isEqualTo("BKN");
        assertThat(bknEvent.getString("targetRegionCode")).isNull();
        assertThat(bknEvent.getString("note")).isNull();
        getCase(toBkn, DemoAccount.BAWASLU_BALIKPAPAN).body("forward.to", equalTo("BKN"))
                .body("forward.regionCode", nullValue())
                .body("timeline[2].detail", equalTo("BKN"));

        // the PPK of the province (the governor's) rather than of the city
        String toPpk = lateCase();
        review(toPpk, forward("PPK", "64"), DemoAccount.BAWASLU_BALIKPAPAN)
                .statusCode(200).body("statusText", equalTo("Diteruskan ke PPK daerah 64"));
        JsonPath ppkEvent = JsonPath.from(Intake.payloads(FORWARDED, toPpk).get(0));
        assertThat(ppkEvent.getString("target")).isEqualTo("PPK");
        assertThat(ppkEvent.getString("targetRegionCode")).isEqualTo("64");
        assertThat(ppkEvent.getString("regionCode")).isEqualTo("64.71");
    }

    @Test
    void shouldRefuseAnIncompleteOrUnknownForwardAndStoreNothing() throws SQLException {
        String caseNumber = lateCase();

        review(caseNumber, "{\"decision\":\"FORWARD\"}", DemoAccount.BAWASLU_BALIKPAPAN)
                .statusCode(400).contentType("application/problem+json").body("code", equalTo("VALIDATION_FAILED"))
                .body("errors.field", contains("forwardTo")).body("errors.code", contains("FORWARD_TARGET_REQUIRED"))
                .body("errors[0].message", equalTo("Sebutkan penerima penerusan: INSPEKTORAT, PPK atau BKN."));
        review(caseNumber, forward("KPK", null), DemoAccount.BAWASLU_BALIKPAPAN)
                .statusCode(400).body("errors.field", contains("forwardTo"))
                .body("errors.code", contains("FORWARD_TARGET"));
        review(caseNumber, forward("INSPEKTORAT", "99.99"), DemoAccount.BAWASLU_BALIKPAPAN)
                .statusCode(400).body("errors.field", contains("forwardRegionCode"))
                .body("errors.code", contains("REGION_UNKNOWN"));
        review(caseNumber, forward("PPK", "6471"), DemoAccount.BAWASLU_BALIKPAPAN)
                .statusCode(400).body("errors.field", contains("forwardRegionCode"))
                .body("errors.code", contains("REGION_FORMAT"));
        // another region's Inspektorat has nothing to do with the accused (Jakarta for a Balikpapan case)
        review(caseNumber, forward("INSPEKTORAT", "31.71"), DemoAccount.BAWASLU_BALIKPAPAN)
                .statusCode(400).body("errors.code", contains("FORWARD_REGION_NOT_OF_CASE"));
        review(caseNumber, "{\"decision\":\"FORWARDED\",\"forwardTo\":\"BKN\"}", DemoAccount.BAWASLU_BALIKPAPAN)
                .statusCode(400).body("errors.field", contains("decision"));
        // only Bawaslu, and only of the case's region
        review(caseNumber, forward("INSPEKTORAT", null), DemoAccount.INSPEKTORAT_BALIKPAPAN).statusCode(403);
        review(caseNumber, forward("INSPEKTORAT", null),
                "Bearer " + TestTokens.token("bawaslu.kaltara", Set.of("bawaslu"), "65"))
                .statusCode(404).body("code", equalTo("CASE_NOT_FOUND"));

        assertThat(events(FORWARDED, caseNumber)).isZero();
        getCase(caseNumber, DemoAccount.BAWASLU_BALIKPAPAN).statusCode(200)
                .body("status", equalTo("TIDAK_DIREGISTRASI"))
                .body("forward", nullValue())
                .body("timeline.kind", not(hasItem("CASE_FORWARDED")));
        // nothing was half-stored: the case can still be forwarded
        review(caseNumber, forward("INSPEKTORAT", null), DemoAccount.BAWASLU_BALIKPAPAN).statusCode(200);
    }

    @Test
    void shouldForwardOnlyACaseNotRegisteredForLateFiling() throws SQLException {
        Intake.clock(clock).set(Intake.PILKADA_MORNING);
        String underReview = submit(report(), DemoAccount.KIPP_BALIKPAPAN).statusCode(201)
                .body("status", equalTo("KAJIAN_AWAL")).extract().path("caseNumber");
        review(underReview, forward("INSPEKTORAT", null), DemoAccount.BAWASLU_BALIKPAPAN)
                .statusCode(409).contentType("application/problem+json")
                .body("code", equalTo("CASE_NOT_FORWARDABLE")).body("detail", containsString("KAJIAN_AWAL"));

        review(underReview, "{\"decision\":\"REGISTER\"}", DemoAccount.BAWASLU_BALIKPAPAN).statusCode(200);
        review(underReview, forward("INSPEKTORAT", null), DemoAccount.BAWASLU_BALIKPAPAN)
                .statusCode(409).body("code", equalTo("CASE_NOT_FORWARDABLE"))
                .body("detail", containsString("DIREGISTRASI"));

        // rejected on its merits, not for lateness: nothing to pass on
        String rejected = submit(report(), DemoAccount.KIPP_BALIKPAPAN).statusCode(201).extract().path("caseNumber");
        review(rejected, "{\"decision\":\"REJECT\",\"reason\":\"Terlapor bukan ASN.\"}", DemoAccount.BAWASLU_BALIKPAPAN)
                .statusCode(200).body("status", equalTo("TIDAK_DIREGISTRASI"));
        review(rejected, forward("BKN", null), DemoAccount.BAWASLU_BALIKPAPAN)
                .statusCode(409).body("code", equalTo("CASE_NOT_FORWARDABLE"));

        assertThat(events(FORWARDED, underReview)).isZero();
        assertThat(events(FORWARDED, rejected)).isZero();
        getCase(underReview, DemoAccount.BAWASLU_BALIKPAPAN).body("status", equalTo("DIREGISTRASI"))
                .body("forward", nullValue());
        getCase(rejected, DemoAccount.BAWASLU_BALIKPAPAN).body("status", equalTo("TIDAK_DIREGISTRASI"))
                .body("forward", nullValue());
    }

    @Test
    void shouldNotLetAReportInTimeJoinAForwardedCase() {
        Intake.Body late = report();
        String forwarded = lateReport(late).getString("caseNumber");
        review(forwarded, forward("INSPEKTORAT", null), DemoAccount.BAWASLU_BALIKPAPAN).statusCode(200);

        // the same accused and act, known to this reporter only yesterday: in time, so a case of its own
        Intake.Body inTime = report().with("accused.nip", late.get("accused.nip"))
                .with("incident.knownOn", "2024-10-09");
        submit(inTime, DemoAccount.KIPP_BALIKPAPAN).statusCode(201)
                .body("filedInTime", equalTo(true))
                .body("joinedExistingCase", equalTo(false))
                .body("caseNumber", not(equalTo(forwarded)))
                .body("status", equalTo("KAJIAN_AWAL"));
    }
}
