package id.netra.intake.report;

import static id.netra.intake.Intake.events;
import static id.netra.intake.Intake.report;
import static id.netra.intake.Intake.submit;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

import id.netra.devstack.DemoAccount;
import id.netra.intake.Intake;

/**
 * Pemilu 2024 counts 7 working days from the day the act became known. Known on Wednesday 7 February 2024: the 8th
 * (Isra Mikraj), 9th (cuti bersama), 10th-11th (weekend) and 14th (voting day) do not count, so the last day is
 * Wednesday 21 February, which ends at 16:00 UTC in Balikpapan (WITA) and at 17:00 UTC in Jakarta (WIB).
 */
@QuarkusTest
class FilingDeadlineTest {

    @Inject
    Clock clock;

    @AfterEach
    void resetClock() {
        Intake.clock(clock).reset();
    }

    private static Intake.Body pemiluReport(String region) {
        return report().with("electionCode", "PEMILU_2024").with("accused.regionCode", region)
                .with("incident.regionCode", region).with("incident.occurredOn", "2024-02-06")
                .with("incident.knownOn", "2024-02-07");
    }

    @Test
    void shouldCountWorkingDaysAcrossTheWeekendAndHolidaysToTheLastSecondOfTheRegionsDay() {
        Intake.clock(clock).set(Instant.parse("2024-02-21T15:59:59Z"));
        submit(pemiluReport("64.71"), DemoAccount.KIPP_BALIKPAPAN).statusCode(201)
                .body("filedInTime", equalTo(true)).body("filingDueOn", equalTo("2024-02-21"))
                .body("status", equalTo("KAJIAN_AWAL"));

        Intake.clock(clock).set(Instant.parse("2024-02-21T16:00:00Z"));
        submit(pemiluReport("64.71"), DemoAccount.KIPP_BALIKPAPAN).statusCode(201)
                .body("filedInTime", equalTo(false)).body("status", equalTo("TIDAK_DIREGISTRASI"));
        // the same instant is still 21 February in Jakarta
        submit(pemiluReport("31.71"), DemoAccount.KIPP_BALIKPAPAN).statusCode(201)
                .body("filedInTime", equalTo(true)).body("filingDueOn", equalTo("2024-02-21"));
    }

    @Test
    void shouldCountCalendarDaysForAPilkada() {
        // known Wednesday 2 October: 7 calendar days, holidays or not, end on Wednesday 9 October
        Intake.clock(clock).set(Instant.parse("2024-10-09T15:59:59Z"));
        submit(report(), DemoAccount.KIPP_BALIKPAPAN).statusCode(201).body("filedInTime", equalTo(true));
        Intake.clock(clock).set(Instant.parse("2024-10-09T16:00:00Z"));
        submit(report(), DemoAccount.KIPP_BALIKPAPAN).statusCode(201).body("filedInTime", equalTo(false));
    }

    @Test
    void shouldKeepALateReportMarkedNotRegistrableWithTheReasonAndNeverSendItToClarification() throws SQLException {
        Intake.clock(clock).set(Instant.parse("2024-03-01T02:00:00Z"));
        JsonPath receipt = submit(pemiluReport("64.71"), DemoAccount.BAWASLU_MONITOR).statusCode(201)
                .body("status", equalTo("TIDAK_DIREGISTRASI"))
                .body("notices.code", contains("LATE_FILING"))
                .body("notices[0].message", containsString("2024-02-21"))
                .extract().jsonPath();
        String caseNumber = receipt.getString("caseNumber");

        // stored, even from a trusted partner, but not registered: no clarification, a rejection with the reason
        assertThat(events("id.netra.case.registered.v1", caseNumber)).isZero();
        assertThat(events("id.netra.case.rejected.v1", caseNumber)).isEqualTo(1);
        assertThat(Intake.payloads(caseNumber)).contains("\"reasonCode\":\"LATE_FILING\"", "\"filedInTime\":false");
        Intake.getCase(caseNumber, DemoAccount.BAWASLU_BALIKPAPAN).statusCode(200)
                .body("review.reasonCode", equalTo("LATE_FILING"))
                .body("reports[0].filedInTime", equalTo(false));
        given().header("Accept-Language", "en").when().get("/api/v1/tracking/" + receipt.getString("trackingCode"))
                .then().statusCode(200).body("status", equalTo("TIDAK_DIREGISTRASI"))
                .body("notes", hasItem(containsString("after the deadline (2024-02-21)")));
        // it goes to no one's review queue and cannot be registered afterwards
        Intake.review(caseNumber, "{\"decision\":\"REGISTER\"}", DemoAccount.BAWASLU_BALIKPAPAN).statusCode(409);
    }
}
