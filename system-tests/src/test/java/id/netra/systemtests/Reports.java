package id.netra.systemtests;

import static io.restassured.RestAssured.given;

import io.restassured.config.HttpClientConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

import id.netra.devstack.DemoAccount;

/** A partner's report as the skeleton flow files it. */
final class Reports {

    static final String PHOTO_WITH_CANDIDATE = """
            {"electionCode":"PILKADA_2024",
             "reporter":{"name":"Siti Aminah","nik":"6471054505900001","address":"Jl. Sudirman 1, Balikpapan",
                         "phone":"081234567890","confidential":true},
             "accused":{"name":"Budi Santoso","nip":"196608011988031001","position":"Sekretaris Dinas",
                        "agency":"Dinas Pendidikan","regionCode":"64.71"},
             "incident":{"violationCode":"D7","occurredOn":"2024-10-01","knownOn":"2024-10-02",
                         "place":"Balikpapan","description":"Foto bersama paslon dengan pose dua jari."}}""";

    private Reports() {
    }

    /** A partner gives up on an answer after a while and retries; without a timeout a lost connection hangs. */
    private static final RestAssuredConfig PATIENT_PARTNER = RestAssuredConfig.config()
            .httpClient(HttpClientConfig.httpClientConfig()
                    .setParam("http.connection.timeout", 5_000)
                    .setParam("http.socket.timeout", 15_000));

    static Response submit(String idempotencyKey) {
        return given().config(PATIENT_PARTNER).baseUri(SystemSuite.intake())
                .header("Authorization", Tokens.bearer(DemoAccount.KIPP_BALIKPAPAN))
                .header("Idempotency-Key", idempotencyKey)
                .contentType(ContentType.JSON).body(PHOTO_WITH_CANDIDATE)
                .when().post("/api/v1/reports");
    }
}
