package id.netra.intake.review;

import static id.netra.intake.Intake.events;
import static id.netra.intake.Intake.getCase;
import static id.netra.intake.Intake.report;
import static id.netra.intake.Intake.review;
import static id.netra.intake.Intake.submit;
import static id.netra.intake.Intake.submitPublic;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.VertxContextSupport;
import io.restassured.http.ContentType;

import id.netra.devstack.DemoAccount;
import id.netra.devstack.test.PostgresTestResource;
import id.netra.devstack.test.TestTokens;
import id.netra.intake.Intake;
import id.netra.intake.PilkadaMorningTest;

@QuarkusTest
class ReviewTest extends PilkadaMorningTest {

    private static final String REGISTER = "{\"decision\":\"REGISTER\"}";

    @Inject
    ReviewDeadlines deadlines;

    private String partnerCase() {
        return submit(report(), DemoAccount.KIPP_BALIKPAPAN).statusCode(201).extract().path("caseNumber");
    }

    @Test
    void shouldAnnounceTheRegistrationOnlyWhenTheRegionsBawasluRegisters() throws SQLException {
        String caseNumber = partnerCase();
        assertThat(events("id.netra.case.registered.v1", caseNumber)).isZero();

        review(caseNumber, REGISTER, DemoAccount.BAWASLU_BALIKPAPAN).statusCode(200)
                .body("status", equalTo("DIREGISTRASI")).body("statusText", equalTo("Laporan diregistrasi"));

        assertThat(events("id.netra.case.registered.v1", caseNumber)).isEqualTo(1);
        getCase(caseNumber, DemoAccount.BAWASLU_BALIKPAPAN).statusCode(200)
                .body("status", equalTo("DIREGISTRASI"))
                .body("review.reviewedBy", equalTo("bawaslu.balikpapan"))
                .body("timeline.kind", contains("REPORT_RECEIVED", "CASE_REGISTERED"));
        // a decided case is not decided again
        review(caseNumber, "{\"decision\":\"REJECT\",\"reason\":\"x\"}", DemoAccount.BAWASLU_BALIKPAPAN)
                .statusCode(409).contentType("application/problem+json").body("code", equalTo("CASE_NOT_UNDER_REVIEW"));
        review(caseNumber, REGISTER, DemoAccount.BAWASLU_BALIKPAPAN).statusCode(409);
        assertThat(events("id.netra.case.registered.v1", caseNumber)).isEqualTo(1);
    }

    @Test
    void shouldLetOnlyBawasluOfTheCasesRegionReview() throws SQLException {
        String caseNumber = partnerCase();

        review(caseNumber, REGISTER, "Bearer " + TestTokens.token("bawaslu.kaltara", Set.of("bawaslu"), "65"))
                .statusCode(404).contentType("application/problem+json").body("code", equalTo("CASE_NOT_FOUND"));
        review(caseNumber, REGISTER, DemoAccount.INSPEKTORAT_BALIKPAPAN).statusCode(403);
        review(caseNumber, REGISTER, DemoAccount.KIPP_BALIKPAPAN).statusCode(403);
        given().contentType(ContentType.JSON).body(REGISTER).when().post("/api/v1/cases/" + caseNumber + "/review")
                .then().statusCode(401).contentType("application/problem+json");
        review("64.71-2024-999999", REGISTER, DemoAccount.BAWASLU_BALIKPAPAN).statusCode(404);
        assertThat(events("id.netra.case.registered.v1", caseNumber)).isZero();
        // the province's Bawaslu covers its kabupaten/kota
        review(caseNumber, REGISTER, "Bearer " + TestTokens.token("bawaslu.kaltim", Set.of("bawaslu"), "64"))
                .statusCode(200).body("status", equalTo("DIREGISTRASI"));
    }

    @Test
    void shouldRejectWithAReasonAndNeverSendTheCaseToClarification() throws SQLException {
        String caseNumber = partnerCase();

        review(caseNumber, "{\"decision\":\"REJECT\"}", DemoAccount.BAWASLU_BALIKPAPAN)
                .statusCode(400).body("errors.field", contains("reason"));
        review(caseNumber, "{\"decision\":\"MAYBE\"}", DemoAccount.BAWASLU_BALIKPAPAN)
                .statusCode(400).body("errors.field", contains("decision"));
        review(caseNumber, "{\"decision\":\"REJECT\",\"reason\":\"Terlapor bukan ASN.\"}", DemoAccount.BAWASLU_BALIKPAPAN)
                .statusCode(200).body("status", equalTo("TIDAK_DIREGISTRASI"));

        assertThat(events("id.netra.case.rejected.v1", caseNumber)).isEqualTo(1);
        assertThat(events("id.netra.case.registered.v1", caseNumber)).isZero();
        getCase(caseNumber, DemoAccount.BAWASLU_BALIKPAPAN).statusCode(200)
                .body("review.reasonCode", equalTo("REVIEW_REJECTED"))
                .body("review.reason", equalTo("Terlapor bukan ASN."));
    }

    @Test
    void shouldAskTheReporterToCompleteAndReviewAgainAfterTheCompletion() throws SQLException {
        Intake.Body body = report();
        String trackingCode = submit(body, DemoAccount.KIPP_BALIKPAPAN).statusCode(201).extract().path("trackingCode");
        String caseNumber = given().when().get("/api/v1/tracking/" + trackingCode).then().extract().path("caseNumber");

        review(caseNumber, "{\"decision\":\"ASK_COMPLETION\",\"completionDueOn\":\"2024-10-03\"}",
                DemoAccount.BAWASLU_BALIKPAPAN)
                .statusCode(400).body("errors.field", contains("completionDueOn", "missing"));
        review(caseNumber, "{\"decision\":\"ASK_COMPLETION\",\"missing\":\"Lampirkan tautan unggahan.\","
                + "\"completionDueOn\":\"2024-10-07\"}", DemoAccount.BAWASLU_BALIKPAPAN)
                .statusCode(200).body("status", equalTo("PERLU_DILENGKAPI"))
                .body("completionDueAt", equalTo("2024-10-07T16:00:00Z"));
        assertThat(events("id.netra.case.completion_requested.v1", caseNumber)).isEqualTo(1);
        given().when().get("/api/v1/tracking/" + trackingCode).then().statusCode(200)
                .body("status", equalTo("PERLU_DILENGKAPI"))
                .body("completion.missing", equalTo("Lampirkan tautan unggahan."))
                .body("completion.dueOn", equalTo("2024-10-07"));
        // registering must wait for the completion
        review(caseNumber, REGISTER, DemoAccount.BAWASLU_BALIKPAPAN).statusCode(409);

        Intake.clock(clock).advance(Duration.ofDays(2));
        given().contentType(ContentType.JSON).body("{\"text\":\"\"}")
                .when().post("/api/v1/tracking/" + trackingCode + "/completion")
                .then().statusCode(400).body("errors.field", contains("text"));
        given().contentType(ContentType.JSON)
                .body("{\"text\":\"Tautan terlampir.\",\"links\":[\"https://example.org/post/2\"]}")
                .when().post("/api/v1/tracking/" + trackingCode + "/completion")
                .then().statusCode(200).body("status", equalTo("KAJIAN_AWAL")).body("reviewDueAt", notNullValue());
        given().contentType(ContentType.JSON).body("{\"text\":\"Lagi.\"}")
                .when().post("/api/v1/tracking/" + trackingCode + "/completion")
                .then().statusCode(409).body("code", equalTo("COMPLETION_NOT_REQUESTED"));
        getCase(caseNumber, DemoAccount.BAWASLU_BALIKPAPAN).statusCode(200)
                .body("reports[0].completion", equalTo("Tautan terlampir."))
                .body("reports[0].links", hasItem("https://example.org/post/2"))
                .body("timeline.kind", contains("REPORT_RECEIVED", "COMPLETION_REQUESTED", "COMPLETION_RECEIVED"));
        review(caseNumber, REGISTER, DemoAccount.BAWASLU_BALIKPAPAN).statusCode(200)
                .body("status", equalTo("DIREGISTRASI"));
    }

    @Test
    void shouldNotRegisterACaseWhoseReporterDidNotCompleteInTime() throws Throwable {
        String trackingCode = submit(report(), DemoAccount.KIPP_BALIKPAPAN).statusCode(201).extract().path("trackingCode");
        String caseNumber = given().when().get("/api/v1/tracking/" + trackingCode).then().extract().path("caseNumber");
        review(caseNumber, "{\"decision\":\"ASK_COMPLETION\",\"missing\":\"NIP terlapor.\","
                + "\"completionDueOn\":\"2024-10-04\"}", DemoAccount.BAWASLU_BALIKPAPAN).statusCode(200);

        // 4 October ends at 16:00 UTC in Balikpapan (WITA)
        Intake.clock(clock).set(Instant.parse("2024-10-04T15:59:59Z"));
        assertThat(VertxContextSupport.subscribeAndAwait(deadlines::expireCompletions)).isZero();
        Intake.clock(clock).set(Instant.parse("2024-10-04T16:00:00Z"));
        given().contentType(ContentType.JSON).body("{\"text\":\"Terlambat.\"}")
                .when().post("/api/v1/tracking/" + trackingCode + "/completion")
                .then().statusCode(422).body("code", equalTo("COMPLETION_EXPIRED"));
        assertThat(VertxContextSupport.subscribeAndAwait(deadlines::expireCompletions)).isPositive();
        VertxContextSupport.subscribeAndAwait(deadlines::expireCompletions);

        assertThat(events("id.netra.case.rejected.v1", caseNumber)).isEqualTo(1);
        given().header("Accept-Language", "en").when().get("/api/v1/tracking/" + trackingCode).then().statusCode(200)
                .body("status", equalTo("TIDAK_DIREGISTRASI"))
                .body("notes", hasItem("Not registered: the report was not completed in time."));
    }

    @Test
    void shouldLeaveACaseAnotherSweeperHoldsToItInsteadOfWaiting() throws Throwable {
        String caseNumber = partnerCase();
        Intake.clock(clock).set(Instant.parse("2024-10-05T16:00:00Z"));

        try (Connection other = PostgresTestResource.connect()) {
            other.setAutoCommit(false);
            try (PreparedStatement lock = other.prepareStatement(
                    "SELECT id FROM case_file WHERE case_number = ? FOR NO KEY UPDATE")) {
                lock.setString(1, caseNumber);
                assertThat(lock.executeQuery().next()).isTrue();
            }
            // a sweep that waited for the lock would not end before the other transaction does
            CompletableFuture<Integer> sweep = CompletableFuture.supplyAsync(() -> {
                try {
                    return VertxContextSupport.subscribeAndAwait(deadlines::raiseOverdueReviews);
                } catch (Throwable e) {
                    throw new CompletionException(e);
                }
            });
            sweep.get(30, TimeUnit.SECONDS);
            assertThat(events("id.netra.case.review_overdue.v1", caseNumber)).isZero();
            other.rollback();
        }

        VertxContextSupport.subscribeAndAwait(deadlines::raiseOverdueReviews);
        assertThat(events("id.netra.case.review_overdue.v1", caseNumber)).isEqualTo(1);
    }

    @Test
    void shouldRaiseTheOverdueReviewOnceAndListTheCaseAsOverdue() throws Throwable {
        String caseNumber = partnerCase();
        String bawaslu = TestTokens.bearer(DemoAccount.BAWASLU_BALIKPAPAN);
        // received Thursday 3 October, 10:00 WITA: two calendar days, so due at the end of Saturday 5 October
        getCase(caseNumber, DemoAccount.BAWASLU_BALIKPAPAN).body("review.dueAt", equalTo("2024-10-05T16:00:00Z"))
                .body("review.overdue", equalTo(false));

        Intake.clock(clock).set(Instant.parse("2024-10-05T15:59:59Z"));
        VertxContextSupport.subscribeAndAwait(deadlines::raiseOverdueReviews);
        assertThat(events("id.netra.case.review_overdue.v1", caseNumber)).isZero();
        given().header("Authorization", bawaslu).queryParam("overdue", "true").queryParam("limit", "200")
                .when().get("/api/v1/cases").then().statusCode(200).body("items.caseNumber", not(hasItem(caseNumber)));

        Intake.clock(clock).set(Instant.parse("2024-10-05T16:00:00Z"));
        VertxContextSupport.subscribeAndAwait(deadlines::raiseOverdueReviews);
        Intake.clock(clock).advance(Duration.ofHours(5));
        VertxContextSupport.subscribeAndAwait(deadlines::raiseOverdueReviews);

        assertThat(events("id.netra.case.review_overdue.v1", caseNumber)).isEqualTo(1);
        given().header("Authorization", bawaslu).queryParam("overdue", "true").queryParam("region", "64.71")
                .queryParam("receivedFrom", "2024-10-03").queryParam("limit", "200")
                .when().get("/api/v1/cases").then().statusCode(200)
                .body("items.find { it.caseNumber == '" + caseNumber + "' }.reviewOverdue", equalTo(true));
        given().header("Authorization", bawaslu).queryParam("overdue", "true").queryParam("status", "KAJIAN_AWAL")
                .queryParam("receivedFrom", "2024-10-03").queryParam("limit", "200")
                .when().get("/api/v1/cases").then().statusCode(200).body("items.caseNumber", hasItem(caseNumber));
        // only a case under review can be overdue
        given().header("Authorization", bawaslu).queryParam("overdue", "true").queryParam("status", "DIREGISTRASI")
                .when().get("/api/v1/cases").then().statusCode(200).body("items", empty());
        getCase(caseNumber, DemoAccount.BAWASLU_BALIKPAPAN).body("review.overdue", equalTo(true))
                .body("timeline.kind", hasItem("REVIEW_OVERDUE"));
        // a late review still decides the case, and it is no longer overdue
        review(caseNumber, REGISTER, DemoAccount.BAWASLU_BALIKPAPAN).statusCode(200);
        given().header("Authorization", bawaslu).queryParam("overdue", "true").queryParam("limit", "200")
                .when().get("/api/v1/cases").then().statusCode(200).body("items.caseNumber", not(hasItem(caseNumber)));
    }

    @Test
    void shouldRegisterATrustedBawasluFindingDirectlyButNotAnotherPartnersClaim() throws SQLException {
        String finding = submit(report(), DemoAccount.BAWASLU_MONITOR).statusCode(201)
                .body("status", equalTo("DIREGISTRASI")).extract().path("caseNumber");
        assertThat(events("id.netra.case.registered.v1", finding)).isEqualTo(1);
        assertThat(Intake.payloads(finding)).contains("\"channel\":\"BAWASLU_FINDING\"");

        // an untrusted machine client with both roles still goes through the initial review
        String untrusted = "Bearer " + TestTokens.token("other-monitor", Set.of("partner", "bawaslu"), null);
        String reviewed = Intake.submit(report().json(), untrusted, null).statusCode(201)
                .body("status", equalTo("KAJIAN_AWAL")).extract().path("caseNumber");
        assertThat(events("id.netra.case.registered.v1", reviewed)).isZero();
        // a Bawaslu officer's own finding, too
        submit(report(), DemoAccount.BAWASLU_BALIKPAPAN).statusCode(201).body("status", equalTo("KAJIAN_AWAL"));
    }

    @Test
    void shouldAskForACatalogueCodeToRegisterAnActReportedAsUnknown() {
        String caseNumber = submit(report().with("incident.violationCode", "UNKNOWN")
                .with("incident.violationDescription", "Mengajak warga memilih paslon"), DemoAccount.KIPP_BALIKPAPAN)
                .statusCode(201).extract().path("caseNumber");

        review(caseNumber, REGISTER, DemoAccount.BAWASLU_BALIKPAPAN).statusCode(400)
                .body("errors[0].code", equalTo("VIOLATION_CODE_REQUIRED"));
        review(caseNumber, "{\"decision\":\"REGISTER\",\"violationCode\":\"Z9\"}", DemoAccount.BAWASLU_BALIKPAPAN)
                .statusCode(400).body("errors[0].code", equalTo("VIOLATION_UNKNOWN"));
        review(caseNumber, "{\"decision\":\"REGISTER\",\"violationCode\":\"D7\"}", DemoAccount.BAWASLU_BALIKPAPAN)
                .statusCode(200);
        getCase(caseNumber, DemoAccount.BAWASLU_BALIKPAPAN).body("violationCode", equalTo("D7"));
    }

    @Test
    void shouldNotRegisterALeadUntilTheReporterGivesTheNip() {
        Intake.Body body = report().with("accused.nip", null);
        String trackingCode = submitPublic(body).statusCode(201).extract().path("trackingCode");
        String caseNumber = given().when().get("/api/v1/tracking/" + trackingCode).then().extract().path("caseNumber");

        review(caseNumber, REGISTER, DemoAccount.BAWASLU_BALIKPAPAN).statusCode(422)
                .contentType("application/problem+json").body("code", equalTo("CASE_IS_LEAD"))
                .body("detail", containsString(caseNumber));
        review(caseNumber, "{\"decision\":\"ASK_COMPLETION\",\"missing\":\"NIP terlapor.\","
                + "\"completionDueOn\":\"2024-10-10\"}", DemoAccount.BAWASLU_BALIKPAPAN).statusCode(200);
        given().contentType(ContentType.JSON).body("{\"text\":\"NIP dari papan nama kantor.\",\"accusedNip\":\""
                + Intake.freshNip() + "\"}")
                .when().post("/api/v1/tracking/" + trackingCode + "/completion").then().statusCode(200);

        getCase(caseNumber, DemoAccount.BAWASLU_BALIKPAPAN).body("lead", equalTo(false))
                .body("accused.nip", notNullValue());
        review(caseNumber, REGISTER, DemoAccount.BAWASLU_BALIKPAPAN).statusCode(200)
                .body("status", equalTo("DIREGISTRASI"));
    }
}
