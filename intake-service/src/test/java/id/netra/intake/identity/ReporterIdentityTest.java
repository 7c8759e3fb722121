package id.netra.intake.identity;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;

import id.netra.devstack.DemoAccount;
import id.netra.devstack.test.PostgresTestResource;
import id.netra.devstack.test.TestTokens;
import id.netra.intake.Intake;

@QuarkusTest
class ReporterIdentityTest {

    static final String REASON = "Menghubungi pelapor untuk melengkapi bukti";

    static JsonPath report(boolean confidential) {
        return Intake.submit(Intake.report().with("reporter.confidential", confidential), DemoAccount.KIPP_BALIKPAPAN)
                .statusCode(201).extract().jsonPath();
    }

    static ValidatableResponse reveal(String reportId, DemoAccount account, String reason) {
        var request = given().header("Authorization", TestTokens.bearer(account));
        if (reason != null) {
            request.queryParam("reason", reason);
        }
        return request.when().get("/api/v1/reports/" + reportId + "/reporter").then();
    }

    @Test
    void shouldShowAConfidentialReporterToTheRegionsBawasluAndAdminsAndAuditEachView() throws SQLException {
        JsonPath receipt = report(true);
        String reportId = receipt.getString("reportId");
        long views = count("SELECT count(*) FROM reporter_identity_view");

        String auditId = reveal(reportId, DemoAccount.BAWASLU_BALIKPAPAN, REASON)
                .statusCode(200)
                .body("caseNumber", equalTo(receipt.getString("caseNumber")))
                .body("confidential", equalTo(true))
                .body("reporterRef", containsString("rep-"))
                .body("identity.name", equalTo("Siti Aminah"))
                .body("identity.nik", equalTo("6471054505900001"))
                .body("identity.phone", equalTo("081234567890"))
                .extract().path("auditId");
        reveal(reportId, DemoAccount.ADMIN, "Pemeriksaan keluhan pelapor").statusCode(200)
                .body("identity.name", equalTo("Siti Aminah"));

        assertThat(count("SELECT count(*) FROM reporter_identity_view")).isEqualTo(views + 2);
        given().header("Authorization", TestTokens.bearer(DemoAccount.AUDITOR))
                .queryParam("caseNumber", receipt.getString("caseNumber"))
                .when().get("/api/v1/audit/identity-views")
                .then().statusCode(200)
                .body("items.size()", equalTo(2))
                .body("items[0].viewedBy", equalTo("admin"))
                .body("items[1].id", equalTo(auditId))
                .body("items[1].viewedBy", equalTo("bawaslu.balikpapan"))
                .body("items[1].viewerRoles", hasItem("bawaslu"))
                .body("items[1].viewerRegion", equalTo("64.71"))
                .body("items[1].reportId", equalTo(reportId))
                .body("items[1].reason", equalTo(REASON))
                .body("items.viewedAt", everyItem(notNullValue()))
                .body(not(containsString("Siti")), not(containsString("6471054505900001")));
    }

    @Test
    void shouldKeepAConfidentialReporterFromTheInspektoratAndEveryOtherRole() throws SQLException {
        String reportId = report(true).getString("reportId");
        long views = count("SELECT count(*) FROM reporter_identity_view");

        reveal(reportId, DemoAccount.INSPEKTORAT_BALIKPAPAN, REASON).statusCode(403)
                .contentType("application/problem+json").body("code", equalTo("IDENTITY_CONFIDENTIAL"))
                .body(not(containsString("Siti")));
        for (DemoAccount refused : new DemoAccount[] { DemoAccount.PPK_BALIKPAPAN, DemoAccount.BKN,
                DemoAccount.AUDITOR, DemoAccount.KIPP_BALIKPAPAN }) {
            reveal(reportId, refused, REASON).statusCode(403).contentType("application/problem+json")
                    .body("code", equalTo("FORBIDDEN"));
        }
        reveal(reportId, DemoAccount.INSPEKTORAT_KALTARA, REASON).statusCode(404)
                .contentType("application/problem+json").body("code", equalTo("REPORT_NOT_FOUND"));
        given().queryParam("reason", REASON).when().get("/api/v1/reports/" + reportId + "/reporter")
                .then().statusCode(401).contentType("application/problem+json");

        assertThat(count("SELECT count(*) FROM reporter_identity_view")).isEqualTo(views);
    }

    @Test
    void shouldShowANonConfidentialReporterToTheRegionsInspektoratButNotAnotherRegions() {
        String reportId = report(false).getString("reportId");

        reveal(reportId, DemoAccount.INSPEKTORAT_BALIKPAPAN, "Memanggil pelapor sebagai saksi").statusCode(200)
                .body("confidential", equalTo(false)).body("identity.name", equalTo("Siti Aminah"));
        reveal(reportId, DemoAccount.INSPEKTORAT_KALTIM, "Memanggil pelapor sebagai saksi").statusCode(200);
        reveal(reportId, DemoAccount.INSPEKTORAT_KALTARA, "Memanggil pelapor sebagai saksi").statusCode(404)
                .contentType("application/problem+json").body(not(containsString("Siti")));
        reveal(reportId, DemoAccount.PPK_BALIKPAPAN, "Memanggil pelapor sebagai saksi").statusCode(403);
    }

    @Test
    void shouldRequireAReasonAndRevealNothingWithoutOne() throws SQLException {
        String reportId = report(true).getString("reportId");
        long views = count("SELECT count(*) FROM reporter_identity_view");

        for (String reason : new String[] { null, "", "   ", "abc", "x".repeat(501), "alasan\u202Esah", "alasan\u0085sah" }) {
            reveal(reportId, DemoAccount.BAWASLU_BALIKPAPAN, reason).statusCode(400)
                    .contentType("application/problem+json")
                    .body("errors.field", hasItem("reason"))
                    .body(not(containsString("Siti")));
        }
        // control characters in the address are refused before any resource runs
        reveal(reportId, DemoAccount.BAWASLU_BALIKPAPAN, "alasan\u0000sah").statusCode(400)
                .contentType("application/problem+json").body("code", equalTo("CONTROL_CHARACTERS"));
        reveal("00000000-0000-7000-8000-000000000000", DemoAccount.BAWASLU_BALIKPAPAN, REASON).statusCode(404)
                .contentType("application/problem+json").body("code", equalTo("REPORT_NOT_FOUND"));
        assertThat(count("SELECT count(*) FROM reporter_identity_view")).isEqualTo(views);
    }

    @Test
    void shouldLetOnlyAuditorsAndAdminsReadTheAuditTrailPageByPage() {
        String reportId = report(true).getString("reportId");
        for (int i = 0; i < 3; i++) {
            reveal(reportId, DemoAccount.BAWASLU_BALIKPAPAN, REASON + " " + i).statusCode(200);
        }
        JsonPath first = given().header("Authorization", TestTokens.bearer(DemoAccount.ADMIN))
                .queryParam("viewedBy", "bawaslu.balikpapan").queryParam("limit", 2)
                .when().get("/api/v1/audit/identity-views")
                .then().statusCode(200).body("items.size()", equalTo(2)).body("next", notNullValue())
                .extract().jsonPath();
        given().header("Authorization", TestTokens.bearer(DemoAccount.ADMIN))
                .queryParam("viewedBy", "bawaslu.balikpapan").queryParam("limit", 2)
                .queryParam("after", first.getString("next"))
                .when().get("/api/v1/audit/identity-views")
                .then().statusCode(200).body("items[0].id", not(equalTo(first.getString("items[1].id"))));

        for (DemoAccount refused : new DemoAccount[] { DemoAccount.BAWASLU_BALIKPAPAN, DemoAccount.BKN,
                DemoAccount.INSPEKTORAT_BALIKPAPAN }) {
            given().header("Authorization", TestTokens.bearer(refused)).when().get("/api/v1/audit/identity-views")
                    .then().statusCode(403).contentType("application/problem+json");
        }
        given().header("Authorization", TestTokens.bearer(DemoAccount.AUDITOR)).queryParam("limit", 0)
                .queryParam("caseNumber", "64.71-2024").queryParam("after", "not-an-id")
                .when().get("/api/v1/audit/identity-views")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", containsInAnyOrder("limit", "caseNumber", "after"))
                .body("errors.code", containsInAnyOrder("LIMIT_RANGE", "CASE_NUMBER_FORMAT", "INVALID_CURSOR"));
    }

    static long count(String sql) throws SQLException {
        try (Connection connection = PostgresTestResource.connect();
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }
}
