package id.netra.intake.report;

import static id.netra.intake.Intake.count;
import static id.netra.intake.Intake.report;
import static id.netra.intake.Intake.submit;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;

import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

import id.netra.devstack.DemoAccount;
import id.netra.devstack.test.KafkaProbe;
import id.netra.devstack.test.KafkaTestResource;
import id.netra.devstack.test.TestTokens;
import id.netra.intake.Intake;

@QuarkusTest
class ReportResourceTest {

    @Inject
    Clock clock;

    @BeforeEach
    void stopTheClockTheDayAfterTheActBecameKnown() {
        Intake.clock(clock).set(Intake.PILKADA_MORNING);
    }

    @AfterEach
    void resetClock() {
        Intake.clock(clock).reset();
    }

    @Test
    void shouldFileAPartnersReportForTheInitialReviewAndAnnounceItWithoutTheReportersIdentity() throws SQLException {
        String caseNumber = submit(report(), DemoAccount.KIPP_BALIKPAPAN)
                .statusCode(201)
                .body("caseNumber", matchesPattern("64\\.71-2024-[0-9]{6}"))
                .body("trackingCode", matchesPattern("NTR(-[0-9A-Z]{4}){4}"))
                .body("status", equalTo("KAJIAN_AWAL"))
                .body("filedInTime", equalTo(true))
                .body("filingDueOn", equalTo("2024-10-09"))
                .body("notices", empty())
                .extract().path("caseNumber");

        List<ConsumerRecord<String, String>> records = KafkaProbe.readUntil(KafkaTestResource.bootstrapServers(),
                "netra.intake.events", r -> caseNumber.equals(KafkaProbe.header(r, "ce_subject")), Duration.ofSeconds(20));
        ConsumerRecord<String, String> event = records.stream()
                .filter(r -> caseNumber.equals(KafkaProbe.header(r, "ce_subject"))).findFirst().orElseThrow();
        assertThat(KafkaProbe.header(event, "ce_type")).isEqualTo("id.netra.report.received.v1");
        assertThat(KafkaProbe.header(event, "ce_source")).isEqualTo("/netra/intake");
        assertThat(UUID.fromString(event.key())).isNotNull();
        assertThat(event.value()).contains("\"channel\":\"PARTNER\"", "\"reporterRef\":\"rep-", "\"filedInTime\":true")
                .doesNotContain("Siti", "6471054505900001", "081234567890", "siti@example.org", "Sudirman", "Guru");
        // registration is the reviewer's: nothing goes to clarification yet
        assertThat(Intake.events("id.netra.case.registered.v1", caseNumber)).isZero();
        assertThat(Intake.payloads(caseNumber)).doesNotContain("Siti", "6471054505900001", "Andi Wijaya");
    }

    @Test
    void shouldKeepTheFullReportAndTheReportersIdentityOnlyEncrypted() throws SQLException {
        Intake.Body body = report().with("incident.witnesses", List.of("Rina, 0813"));
        String caseNumber = submit(body, DemoAccount.KIPP_BALIKPAPAN).statusCode(201).extract().path("caseNumber");

        assertThat(count("SELECT count(*) FROM report r JOIN case_file c ON c.id = r.case_id WHERE c.case_number = ? "
                + "AND r.accused_nip = ? AND r.accused_agency = 'Dinas Pendidikan' AND r.incident_region_code = '64.71' "
                + "AND r.witnesses LIKE '%Rina%' AND r.links LIKE '%example.org%' AND r.filing_due_on = '2024-10-09' "
                + "AND encode(r.reporter_identity, 'escape') NOT LIKE '%Siti%' "
                + "AND encode(r.reporter_identity, 'escape') NOT LIKE '%Guru%'", caseNumber, body.get("accused.nip")))
                .isEqualTo(1);
    }

    @Test
    void shouldAnswerARetryWithTheSameKeyWithTheFirstReceiptAndStoreNothingNew() throws SQLException {
        String key = "retry-" + UUID.randomUUID();
        String body = report().json();
        String authorization = TestTokens.bearer(DemoAccount.KIPP_BALIKPAPAN);
        String first = submit(body, authorization, key).statusCode(201).extract().asString();
        long reports = count("SELECT count(*) FROM report");

        String second = submit(body, authorization, key).statusCode(201).extract().asString();

        assertThat(second).isEqualTo(first);
        assertThat(count("SELECT count(*) FROM report")).isEqualTo(reports);
    }

    @Test
    void shouldRefuseTheSameKeyWithAnotherBody() throws SQLException {
        String key = "reuse-" + UUID.randomUUID();
        String authorization = TestTokens.bearer(DemoAccount.KIPP_BALIKPAPAN);
        Intake.Body body = report();
        submit(body.json(), authorization, key).statusCode(201);
        long reports = count("SELECT count(*) FROM report");

        submit(body.with("accused.name", "Andi").json(), authorization, key)
                .statusCode(422)
                .contentType("application/problem+json")
                .body("code", equalTo("IDEMPOTENCY_KEY_REUSED"));
        assertThat(count("SELECT count(*) FROM report")).isEqualTo(reports);
    }

    @Test
    void shouldListEveryInvalidFieldAtOnceAndStoreNothing() throws SQLException {
        long cases = count("SELECT count(*) FROM case_file");
        long reports = count("SELECT count(*) FROM report");
        Intake.Body invalid = report()
                .with("accused.nip", "196608011988033001")
                .with("incident.knownOn", "2024-10-04")
                .with("electionCode", "PILKADA_2099")
                .with("reporter.name", "")
                .with("reporter.placeOfBirth", null)
                .with("reporter.gender", "X")
                .with("reporter.phone", "call me")
                .with("accused.regionCode", "64.99")
                .with("incident.description", "x".repeat(10_001))
                .with("incident.links", List.of("javascript:alert(1)"));

        submit(invalid, DemoAccount.KIPP_BALIKPAPAN)
                .statusCode(400)
                .contentType("application/problem+json")
                .body("code", equalTo("VALIDATION_FAILED"))
                .body("errors.field", hasItems("accused.nip", "incident.knownOn", "reporter.name", "reporter.placeOfBirth",
                        "reporter.gender", "reporter.phone", "accused.regionCode", "incident.description",
                        "incident.links[0]", "electionCode"))
                .body("errors.code", hasItems("NIP_GENDER", "DATE_IN_FUTURE", "ELECTION_UNKNOWN", "REGION_UNKNOWN",
                        "LINK_FORMAT", "PHONE_FORMAT", "GENDER", "SIZE"));
        assertThat(count("SELECT count(*) FROM case_file")).isEqualTo(cases);
        assertThat(count("SELECT count(*) FROM report")).isEqualTo(reports);
    }

    @Test
    void shouldRefuseANipWithAnImpossibleAppointmentMonthOrSentAsANumber() throws SQLException {
        long reports = count("SELECT count(*) FROM report");

        // appointment month 13: neither a PNS month nor the PPPK code 21
        submit(report().with("accused.nip", "196608011988131001"), DemoAccount.KIPP_BALIKPAPAN)
                .statusCode(400).contentType("application/problem+json")
                .body("errors.find { it.field == 'accused.nip' }.code", equalTo("NIP_APPOINTMENT_MONTH"));
        // a JSON number where the contract has text: many clients already lost digits, so it is never coerced
        submit(report().with("accused.nip", 196608011988031001L), DemoAccount.KIPP_BALIKPAPAN)
                .statusCode(400).contentType("application/problem+json")
                .body("code", equalTo("BODY_UNREADABLE"))
                .body("errors.find { it.field == 'accused.nip' }.code", equalTo("INVALID_TYPE"));
        // and text where the contract has a boolean
        submit(report().with("reporter.confidential", "true"), DemoAccount.KIPP_BALIKPAPAN)
                .statusCode(400).contentType("application/problem+json")
                .body("errors.find { it.field == 'reporter.confidential' }.code", equalTo("INVALID_TYPE"));
        assertThat(count("SELECT count(*) FROM report")).isEqualTo(reports);
        // a PPPK's number (code 21) is accepted and filed
        submit(report().with("accused.nip", "198505152023211" + String.format("%03d", 1 + (int) (reports % 998))),
                DemoAccount.KIPP_BALIKPAPAN).statusCode(201);
    }

    @Test
    void shouldCheckTheFactsThatNoSingleFieldShowsInTheCallersLanguage() {
        Intake.Body invalid = report().with("electionCode", "PILKADA_2099").with("incident.violationCode", "Z9")
                .with("incident.occurredOn", "2024-10-02").with("incident.knownOn", "2024-10-01")
                .with("reporter.dateOfBirth", "1991-05-05").with("reporter.gender", "MALE");

        given().contentType(ContentType.JSON).header("Authorization", TestTokens.bearer(DemoAccount.KIPP_BALIKPAPAN))
                .header("Accept-Language", "en").body(invalid.json())
                .when().post("/api/v1/reports")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.code", hasItems("ELECTION_UNKNOWN", "VIOLATION_UNKNOWN", "KNOWN_BEFORE_OCCURRED",
                        "NIK_BIRTH_DATE_MISMATCH", "NIK_GENDER_MISMATCH"))
                .body("errors.find { it.code == 'NIK_GENDER_MISMATCH' }.message",
                        equalTo("The gender does not match the NIK."))
                .body("detail", containsString("not valid"));
    }

    @Test
    void shouldAcceptTheEdgeCasesOfTheDates() {
        // the act happened and became known today (in the region's zone), and a violation outside the catalogue
        submit(report().with("incident.occurredOn", "2024-10-03").with("incident.knownOn", "2024-10-03")
                .with("incident.violationCode", "UNKNOWN")
                .with("incident.violationDescription", "Membagikan sembako atas nama paslon"),
                DemoAccount.KIPP_BALIKPAPAN)
                .statusCode(201).body("filingDueOn", equalTo("2024-10-10"));
        submit(report().with("incident.violationCode", "UNKNOWN"), DemoAccount.KIPP_BALIKPAPAN)
                .statusCode(400).body("errors.field", hasItem("incident.violationDescription"));
        // Papua (WIT) reaches 4 October at 15:00 UTC on the 3rd, Balikpapan (WITA) only an hour later
        Intake.clock(clock).set(java.time.Instant.parse("2024-10-03T15:30:00Z"));
        submit(report().with("accused.regionCode", "91.71").with("incident.regionCode", "91.71")
                .with("incident.knownOn", "2024-10-04").with("incident.occurredOn", "2024-10-04"),
                DemoAccount.KIPP_BALIKPAPAN).statusCode(201);
        submit(report().with("incident.knownOn", "2024-10-04").with("incident.occurredOn", "2024-10-04"),
                DemoAccount.KIPP_BALIKPAPAN).statusCode(400).body("errors.code", hasItem("DATE_IN_FUTURE"));
    }

    @Test
    void shouldLetEachCallerClaimOnlyItsOwnChannels() {
        submit(report().with("channel", "BAWASLU_FINDING"), DemoAccount.KIPP_BALIKPAPAN)
                .statusCode(400).body("errors.find { it.field == 'channel' }.code", equalTo("CHANNEL_NOT_ALLOWED"));
        submit(report().with("channel", "PUBLIC"), DemoAccount.KIPP_BALIKPAPAN)
                .statusCode(400).body("errors.find { it.field == 'channel' }.code", equalTo("CHANNEL_NOT_ALLOWED"));
        submit(report().with("channel", "MONITOR"), DemoAccount.KIPP_BALIKPAPAN).statusCode(201);
        submit(report().with("channel", "SOCIAL_MEDIA"), DemoAccount.BAWASLU_BALIKPAPAN).statusCode(201);
        submit(report().with("channel", "PARTNER"), DemoAccount.BAWASLU_BALIKPAPAN)
                .statusCode(400).body("errors.find { it.field == 'channel' }.code", equalTo("CHANNEL_NOT_ALLOWED"));
        submit(report().with("channel", "CARRIER_PIGEON"), DemoAccount.KIPP_BALIKPAPAN)
                .statusCode(400).body("errors.find { it.field == 'channel' }.code", equalTo("CHANNEL"));
        // only the public may leave out the NIP
        submit(report().with("accused.nip", null), DemoAccount.KIPP_BALIKPAPAN)
                .statusCode(400).body("errors.find { it.field == 'accused.nip' }.code", equalTo("NIP_REQUIRED"));
    }

    @Test
    void shouldExplainEachFieldInIndonesianByDefaultAndInEnglishOnRequest() {
        given().contentType(ContentType.JSON).header("Authorization", TestTokens.bearer(DemoAccount.KIPP_BALIKPAPAN))
                .body("{\"electionCode\":\"PILKADA_2024\"}").when().post("/api/v1/reports")
                .then().statusCode(400).contentType("application/problem+json")
                .body("detail", containsString("tidak valid"))
                .body("errors.find { it.field == 'reporter' }.message", equalTo("wajib diisi"));
        given().contentType(ContentType.JSON).header("Authorization", TestTokens.bearer(DemoAccount.KIPP_BALIKPAPAN))
                .header("Accept-Language", "en-US,en;q=0.9").body("{\"electionCode\":\"PILKADA_2024\"}")
                .when().post("/api/v1/reports")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.find { it.field == 'reporter' }.message", equalTo("is required"));
    }

    @Test
    void shouldAnswerBrokenJsonAndAnEmptyBodyWithAProblemAndNoTrace() {
        given().contentType(ContentType.JSON).header("Authorization", TestTokens.bearer(DemoAccount.KIPP_BALIKPAPAN))
                .body("{\"electionCode\": [1,2], ").when().post("/api/v1/reports")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("code", equalTo("BODY_UNREADABLE"))
                .body(not(containsString("Exception")));
        given().contentType(ContentType.JSON).header("Authorization", TestTokens.bearer(DemoAccount.KIPP_BALIKPAPAN))
                .when().post("/api/v1/reports")
                .then().statusCode(400).contentType("application/problem+json");
    }

    @Test
    void shouldAnswerWrongMethodsMediaTypesAndPathsWithProblems() {
        given().contentType(ContentType.TEXT).header("Authorization", TestTokens.bearer(DemoAccount.KIPP_BALIKPAPAN))
                .body("laporan").when().post("/api/v1/reports")
                .then().statusCode(415).contentType("application/problem+json").body("code", equalTo("HTTP_415"));
        given().header("Authorization", TestTokens.bearer(DemoAccount.KIPP_BALIKPAPAN)).when().delete("/api/v1/reports")
                .then().statusCode(405).contentType("application/problem+json").body("code", equalTo("HTTP_405"));
        given().when().get("/api/v1/nothing-here")
                .then().statusCode(404).contentType("application/problem+json").body("code", equalTo("HTTP_404"));
    }

    @Test
    void shouldRefuseAnonymousCallersAndRolesThatMayNotSubmit() {
        given().contentType(ContentType.JSON).body(report().json()).when().post("/api/v1/reports")
                .then().statusCode(401).contentType("application/problem+json").body("code", equalTo("UNAUTHENTICATED"));
        submit(report(), DemoAccount.PPK_BALIKPAPAN)
                .statusCode(403).contentType("application/problem+json").body("code", equalTo("FORBIDDEN"));
    }
}
