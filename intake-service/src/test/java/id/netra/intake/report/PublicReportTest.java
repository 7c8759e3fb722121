package id.netra.intake.report;

import static id.netra.intake.Intake.report;
import static id.netra.intake.Intake.submitPublic;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import java.sql.SQLException;
import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

import id.netra.intake.Intake;
import id.netra.intake.PilkadaMorningTest;

@QuarkusTest
class PublicReportTest extends PilkadaMorningTest {

    @Test
    void shouldTakeACitizensReportWithoutLoginAndAnswerOnlyWithTheTrackingCode() throws SQLException {
        JsonPath receipt = submitPublic(report().with("channel", "PARTNER")).statusCode(201)
                .body("trackingCode", matchesPattern("NTR(-[0-9A-HJKMNP-TV-Z]{4}){4}"))
                .body("status", equalTo("KAJIAN_AWAL"))
                .body("statusText", equalTo("Dalam kajian awal Bawaslu"))
                .body("caseNumber", nullValue())
                .body("lead", equalTo(false))
                .extract().jsonPath();

        assertThat(Intake.count("SELECT count(*) FROM report WHERE tracking_code = ? AND channel = 'PUBLIC' "
                + "AND submitted_by = 'public'", receipt.getString("trackingCode"))).isEqualTo(1);
    }

    @Test
    void shouldKeepAReportWithoutNipAsALeadAndSayWhy() {
        submitPublic(report().with("accused.nip", null)).statusCode(201)
                .body("lead", equalTo(true))
                .body("notices.code", hasItem("LEAD_NIP_MISSING"))
                .body("notices[0].message", containsString("informasi awal"));
    }

    @Test
    void shouldCheckACitizensReportLikeAnyOtherAndStoreNothingInvalid() throws SQLException {
        long reports = Intake.count("SELECT count(*) FROM report");
        submitPublic(report().with("reporter.nik", "123").with("accused.nip", "abc")
                .with("incident.occurredOn", "2030-01-01")).statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItem("reporter.nik"))
                .body("errors.field", hasItem("accused.nip"))
                .body("errors.field", hasItem("incident.occurredOn"));
        given().contentType(ContentType.JSON).body("[]").when().post("/api/v1/public/reports")
                .then().statusCode(400).contentType("application/problem+json");
        assertThat(Intake.count("SELECT count(*) FROM report")).isEqualTo(reports);
    }

    @Test
    void shouldShowTheReporterProgressInPlainWordsWithoutAnyonesPersonalData() {
        Intake.Body body = report();
        String code = submitPublic(body).statusCode(201).extract().path("trackingCode");

        for (String language : new String[] { "id", "en" }) {
            String answer = given().header("Accept-Language", language).when().get("/api/v1/tracking/" + code)
                    .then().statusCode(200)
                    .body("steps[0].kind", equalTo("REPORT_RECEIVED"))
                    .body("steps[0].text", equalTo("id".equals(language) ? "Laporan diterima" : "Report received"))
                    .extract().asString();
            assertThat(answer).doesNotContain("Siti", "6471054505900001", "081234567890", "Sudirman", "Budi",
                    (String) body.get("accused.nip"), "Andi Wijaya", "Dinas Pendidikan", "Foto bersama");
        }
    }

    @Test
    void shouldHandOutUnguessableTrackingCodes() {
        // 16 symbols of a 32-letter alphabet: 80 random bits, far above the 60 asked for
        Set<String> codes = new HashSet<>();
        for (int i = 0; i < 10_000; i++) {
            String code = TrackingCodes.next();
            assertThat(code.substring("NTR-".length()).replace("-", "")).hasSize(16).matches("[0-9A-HJKMNP-TV-Z]{16}");
            codes.add(code);
        }
        assertThat(codes).hasSize(10_000);
        given().when().get("/api/v1/tracking/NTR-0000-0000-0000-0000").then().statusCode(404)
                .body(not(containsString("Exception")));
    }
}
