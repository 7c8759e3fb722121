package id.netra.systemtests;

import static io.restassured.RestAssured.given;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.concurrent.ThreadLocalRandom;

import io.restassured.config.HttpClientConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

import id.netra.devstack.DemoAccount;

/** A partner's report as the skeleton flow files it, and Bawaslu's initial review that registers it. */
final class Reports {

    /** Balikpapan's zone: the report's dates are its calendar days. */
    private static final ZoneId WITA = ZoneId.of("Asia/Makassar");

    private Reports() {
    }

    /** A partner gives up on an answer after a while and retries; without a timeout a lost connection hangs. */
    private static final RestAssuredConfig PATIENT_PARTNER = RestAssuredConfig.config()
            .httpClient(HttpClientConfig.httpClientConfig()
                    .setParam("http.connection.timeout", 5_000)
                    .setParam("http.socket.timeout", 15_000));

    /**
     * A photo with a candidate, known yesterday (within the filing deadline) and about a civil servant of its own:
     * reports about the same NIP and act would join one case, so each call names another accused. Under the local
     * run's DEMO election, the one whose period holds this week's acts.
     */
    static String photoWithCandidate() {
        LocalDate today = LocalDate.now(WITA);
        return """
                {"electionCode":"DEMO",
                 "reporter":{"name":"Siti Aminah","nik":"6471054505900001","placeOfBirth":"Balikpapan",
                             "dateOfBirth":"1990-05-05","gender":"FEMALE","occupation":"Guru",
                             "address":"Jl. Sudirman 1, Balikpapan","phone":"081234567890","confidential":true},
                 "accused":{"name":"Budi Santoso","nip":"%s","position":"Sekretaris Dinas",
                            "agency":"Dinas Pendidikan","regionCode":"64.71"},
                 "incident":{"violationCode":"D7","occurredOn":"%s","knownOn":"%s","place":"Balikpapan",
                             "regionCode":"64.71","description":"Foto bersama paslon dengan pose dua jari."}}"""
                .formatted(freshNip(), today.minusDays(2), today.minusDays(1));
    }

    /**
     * The level of a D7 act two days ago under the DEMO election: BERAT after its candidate-setting date, 1 January of
     * the running year (WIB, as the services count it); on 1 and 2 January the act falls before it, and is judged as
     * about a prospective candidate. Empty then: the tests check the level only where they know it.
     */
    static java.util.Optional<String> d7LevelTwoDaysAgo() {
        boolean afterSetting = LocalDate.now(WITA).minusDays(2).getYear() == LocalDate.now(ZoneId.of("Asia/Jakarta"))
                .getYear();
        return afterSetting ? java.util.Optional.of("BERAT") : java.util.Optional.empty();
    }

    /** A valid NIP (birth date, appointment at 25, gender, sequence) that no other report of the run uses. */
    static String freshNip() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        LocalDate birth = LocalDate.of(1960, 1, 1).plusDays(random.nextInt(9000));
        return "%04d%02d%02d%04d%02d%d%03d".formatted(birth.getYear(), birth.getMonthValue(), birth.getDayOfMonth(),
                birth.getYear() + 25, 1 + random.nextInt(12), 1 + random.nextInt(2), 1 + random.nextInt(999));
    }

    /** Files the body; a retry must send the same body with the same key. */
    static Response submit(String idempotencyKey, String body) {
        return given().config(PATIENT_PARTNER).baseUri(SystemSuite.anyIntake())
                .header("Authorization", Tokens.bearer(DemoAccount.KIPP_BALIKPAPAN))
                .header("Idempotency-Key", idempotencyKey)
                .contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/reports");
    }

    static Response submit(String idempotencyKey) {
        return submit(idempotencyKey, photoWithCandidate());
    }

    /** Bawaslu Balikpapan's initial review registers the case: only then does clarification open. */
    static Response register(String caseNumber) {
        return given().config(PATIENT_PARTNER).baseUri(SystemSuite.anyIntake())
                .header("Authorization", Tokens.bearer(DemoAccount.BAWASLU_BALIKPAPAN))
                .contentType(ContentType.JSON).body("{\"decision\":\"REGISTER\"}")
                .when().post("/api/v1/cases/" + caseNumber + "/review");
    }
}
