package id.netra.intake.cases;

import static id.netra.intake.Intake.getCase;
import static id.netra.intake.Intake.report;
import static id.netra.intake.Intake.submit;
import static id.netra.intake.Intake.submitPublic;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

import id.netra.devstack.DemoAccount;
import id.netra.devstack.test.TestTokens;
import id.netra.intake.Intake;
import id.netra.intake.PilkadaMorningTest;

@QuarkusTest
class SameActTest extends PilkadaMorningTest {

    @Test
    void shouldJoinAReportAboutTheSameNipAndActToTheExistingCaseAndCountItOnce() throws SQLException {
        String nip = Intake.freshNip();
        String first = submit(report().with("accused.nip", nip), DemoAccount.KIPP_BALIKPAPAN).statusCode(201)
                .body("joinedExistingCase", equalTo(false)).extract().path("caseNumber");

        // another monitor, another reporter, the act dated within the 7-day window
        submit(report().with("accused.nip", nip).with("incident.occurredOn", "2024-09-25")
                .with("incident.knownOn", "2024-09-30"), DemoAccount.BAWASLU_BALIKPAPAN).statusCode(201)
                .body("caseNumber", equalTo(first))
                .body("joinedExistingCase", equalTo(true))
                .body("notices.code", contains("JOINED_EXISTING_CASE"));

        getCase(first, DemoAccount.BAWASLU_BALIKPAPAN).statusCode(200)
                .body("reportCount", equalTo(2))
                .body("reports.size()", equalTo(2))
                .body("reports[1].joinedExistingCase", equalTo(true))
                .body("timeline.kind", contains("REPORT_RECEIVED", "REPORT_JOINED"));
        assertThat(Intake.count("SELECT count(*) FROM case_file WHERE accused_nip = ?", nip)).isEqualTo(1);
        assertThat(Intake.events("id.netra.report.received.v1", first)).isEqualTo(2);
    }

    @Test
    void shouldOpenANewCaseForAnotherActOrAnActOutsideTheWindow() throws SQLException {
        String nip = Intake.freshNip();
        String first = submit(report().with("accused.nip", nip), DemoAccount.KIPP_BALIKPAPAN).statusCode(201)
                .extract().path("caseNumber");

        String otherViolation = submit(report().with("accused.nip", nip).with("incident.violationCode", "D1"),
                DemoAccount.KIPP_BALIKPAPAN).statusCode(201).extract().path("caseNumber");
        String sevenDaysEarlier = submit(report().with("accused.nip", nip).with("incident.occurredOn", "2024-09-24"),
                DemoAccount.KIPP_BALIKPAPAN).statusCode(201).extract().path("caseNumber");
        String eightDaysEarlier = submit(report().with("accused.nip", nip).with("incident.occurredOn", "2024-09-23"),
                DemoAccount.KIPP_BALIKPAPAN).statusCode(201).extract().path("caseNumber");
        // within the window of two cases, a report joins the one whose act is closest
        String closest = submit(report().with("accused.nip", nip).with("incident.occurredOn", "2024-09-22"),
                DemoAccount.KIPP_BALIKPAPAN).statusCode(201).extract().path("caseNumber");

        assertThat(Set.of(first, otherViolation, eightDaysEarlier)).hasSize(3);
        assertThat(sevenDaysEarlier).isEqualTo(first);
        assertThat(closest).isEqualTo(eightDaysEarlier);
    }

    @Test
    void shouldNotJoinACaseThatWasNotRegistered() {
        String nip = Intake.freshNip();
        String rejected = submit(report().with("accused.nip", nip), DemoAccount.KIPP_BALIKPAPAN).statusCode(201)
                .extract().path("caseNumber");
        Intake.review(rejected, "{\"decision\":\"REJECT\",\"reason\":\"Bukti tidak ada.\"}",
                DemoAccount.BAWASLU_BALIKPAPAN).statusCode(200);

        submit(report().with("accused.nip", nip), DemoAccount.KIPP_BALIKPAPAN).statusCode(201)
                .body("caseNumber", not(equalTo(rejected))).body("joinedExistingCase", equalTo(false));
    }

    @Test
    void shouldOpenOneCaseWhenReportsOfTheSameActArriveTogether() throws Exception {
        String nip = Intake.freshNip();
        String authorization = TestTokens.bearer(DemoAccount.KIPP_BALIKPAPAN);
        ExecutorService partners = Executors.newFixedThreadPool(6);
        try {
            List<Future<String>> answers = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                String body = report().with("accused.nip", nip).json();
                answers.add(partners.submit(() -> Intake.submit(body, authorization, null).statusCode(201)
                        .extract().<String> path("caseNumber")));
            }
            Set<String> caseNumbers = new HashSet<>();
            for (Future<String> answer : answers) {
                caseNumbers.add(answer.get());
            }
            assertThat(caseNumbers).hasSize(1);
            getCase(caseNumbers.iterator().next(), DemoAccount.BAWASLU_BALIKPAPAN).body("reportCount", equalTo(6));
        } finally {
            partners.shutdownNow();
        }
    }

    @Test
    void shouldSuggestLikelyDuplicatesOfALeadWithoutNipToTheReviewer() {
        String withNip = submit(report().with("accused.name", "Budi Santoso").with("accused.agency", "Dinas Pendidikan"),
                DemoAccount.KIPP_BALIKPAPAN).statusCode(201).extract().path("caseNumber");
        String code = submitPublic(report().with("accused.nip", null).with("accused.name", "Drs. H. Budi  Santoso, M.Si.")
                .with("accused.agency", "DINAS PENDIDIKAN").with("incident.occurredOn", "2024-09-28")).statusCode(201)
                .extract().path("trackingCode");
        String lead = given().when().get("/api/v1/tracking/" + code).then().extract().path("caseNumber");
        String elsewhere = submitPublic(report().with("accused.nip", null).with("accused.regionCode", "64.72")
                .with("incident.regionCode", "64.72")).statusCode(201).extract().path("trackingCode");

        getCase(lead, DemoAccount.BAWASLU_BALIKPAPAN).statusCode(200)
                .body("lead", equalTo(true))
                .body("leadReason", equalTo("NIP_MISSING"))
                .body("likelyDuplicates.caseNumber", hasItem(withNip));
        getCase(withNip, DemoAccount.BAWASLU_BALIKPAPAN).statusCode(200)
                .body("likelyDuplicates.caseNumber", hasItem(lead));
        String otherRegionCase = given().when().get("/api/v1/tracking/" + elsewhere).then().extract().path("caseNumber");
        getCase(withNip, DemoAccount.BAWASLU_BALIKPAPAN)
                .body("likelyDuplicates.caseNumber", not(hasItem(otherRegionCase)));
        // another person of the agency is no duplicate
        String other = submit(report().with("accused.name", "Andi Saputra"), DemoAccount.KIPP_BALIKPAPAN)
                .statusCode(201).extract().path("caseNumber");
        getCase(other, DemoAccount.BAWASLU_BALIKPAPAN).body("likelyDuplicates", empty());
    }
}
