package id.netra.intake.report;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

import id.netra.devstack.DemoAccount;
import id.netra.devstack.test.KafkaProbe;
import id.netra.devstack.test.KafkaTestResource;
import id.netra.devstack.test.PostgresTestResource;
import id.netra.devstack.test.TestTokens;

@QuarkusTest
public class ReportResourceTest {

    public static final String VALID = """
            {"electionCode":"PILKADA_2024",
             "reporter":{"name":"Siti Aminah","nik":"6471054505900001","address":"Jl. Sudirman 1, Balikpapan",
                         "phone":"081234567890","email":"siti@example.org","confidential":true},
             "accused":{"name":"Budi Santoso","nip":"196608011988031001","position":"Sekretaris Dinas",
                        "agency":"Dinas Pendidikan","regionCode":"64.71"},
             "incident":{"violationCode":"D7","occurredOn":"2024-10-01","knownOn":"2024-10-02",
                         "place":"Balikpapan","description":"Foto bersama paslon dengan pose dua jari."}}""";

    public static ValidatableResponse submit(String body, DemoAccount account, String idempotencyKey) {
        var request = given().contentType(ContentType.JSON).header("Authorization", TestTokens.bearer(account));
        if (idempotencyKey != null) {
            request.header("Idempotency-Key", idempotencyKey);
        }
        return request.body(body).when().post("/api/v1/reports").then();
    }

    @Test
    void shouldFileAReportIntoANewCaseAndAnnounceItWithoutTheReportersIdentity() {
        String caseNumber = submit(VALID, DemoAccount.KIPP_BALIKPAPAN, null)
                .statusCode(201)
                .body("caseNumber", matchesPattern("64\\.71-[0-9]{4}-[0-9]{6}"))
                .body("trackingCode", matchesPattern("NTR(-[0-9A-Z]{4}){4}"))
                .body("status", equalTo("DIREGISTRASI"))
                .extract().path("caseNumber");

        List<ConsumerRecord<String, String>> records = KafkaProbe.readUntil(KafkaTestResource.bootstrapServers(),
                "netra.intake.events", r -> caseNumber.equals(KafkaProbe.header(r, "ce_subject")), Duration.ofSeconds(20));
        ConsumerRecord<String, String> event = records.get(records.size() - 1);
        assertThat(KafkaProbe.header(event, "ce_subject")).isEqualTo(caseNumber);
        assertThat(KafkaProbe.header(event, "ce_type")).isEqualTo("id.netra.case.registered.v1");
        assertThat(KafkaProbe.header(event, "ce_specversion")).isEqualTo("1.0");
        assertThat(KafkaProbe.header(event, "ce_source")).isEqualTo("/netra/intake");
        assertThat(UUID.fromString(event.key())).isNotNull();
        assertThat(event.value()).contains("\"regionCode\":\"64.71\"", "\"reporterRef\":\"rep-")
                .doesNotContain("Siti", "6471054505900001", "081234567890", "siti@example.org", "Sudirman");
    }

    @Test
    void shouldAnswerARetryWithTheSameKeyWithTheFirstReceiptAndStoreNothingNew() throws SQLException {
        String key = "retry-" + UUID.randomUUID();
        String first = submit(VALID, DemoAccount.KIPP_BALIKPAPAN, key).statusCode(201).extract().asString();
        long reports = count("SELECT count(*) FROM report");

        String second = submit(VALID, DemoAccount.KIPP_BALIKPAPAN, key).statusCode(201).extract().asString();

        assertThat(second).isEqualTo(first);
        assertThat(count("SELECT count(*) FROM report")).isEqualTo(reports);
    }

    @Test
    void shouldRefuseTheSameKeyWithAnotherBody() throws SQLException {
        String key = "reuse-" + UUID.randomUUID();
        submit(VALID, DemoAccount.KIPP_BALIKPAPAN, key).statusCode(201);
        long reports = count("SELECT count(*) FROM report");

        submit(VALID.replace("Budi Santoso", "Andi"), DemoAccount.KIPP_BALIKPAPAN, key)
                .statusCode(422)
                .contentType("application/problem+json")
                .body("code", equalTo("IDEMPOTENCY_KEY_REUSED"));
        assertThat(count("SELECT count(*) FROM report")).isEqualTo(reports);
    }

    @Test
    void shouldListEveryInvalidFieldAtOnceAndStoreNothing() throws SQLException {
        long cases = count("SELECT count(*) FROM case_file");
        String invalid = VALID.replace("196608011988031001", "196608011988033001")
                .replace("\"knownOn\":\"2024-10-02\"", "\"knownOn\":\"2099-01-01\"")
                .replace("PILKADA_2024", "PILKADA_2099")
                .replace("\"name\":\"Siti Aminah\"", "\"name\":\"\"");

        submit(invalid, DemoAccount.KIPP_BALIKPAPAN, null)
                .statusCode(400)
                .contentType("application/problem+json")
                .body("code", equalTo("VALIDATION_FAILED"))
                .body("errors.field", hasItems("accused.nip", "incident.knownOn", "reporter.name"))
                .body("errors.code", hasItem("NIP_GENDER"));
        assertThat(count("SELECT count(*) FROM case_file")).isEqualTo(cases);
    }

    @Test
    void shouldCheckTheFactsThatNoSingleFieldShowsInTheCallersLanguage() {
        String invalid = VALID.replace("PILKADA_2024", "PILKADA_2099").replace("\"D7\"", "\"Z9\"")
                .replace("\"occurredOn\":\"2024-10-01\"", "\"occurredOn\":\"2024-10-05\"");

        given().contentType(ContentType.JSON).header("Authorization", TestTokens.bearer(DemoAccount.KIPP_BALIKPAPAN))
                .header("Accept-Language", "en").body(invalid)
                .when().post("/api/v1/reports")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.code", hasItems("ELECTION_UNKNOWN", "VIOLATION_UNKNOWN", "KNOWN_BEFORE_OCCURRED"))
                .body("detail", containsString("not valid"));
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
    void shouldAnswerBrokenJsonWithAProblemAndNoTrace() {
        given().contentType(ContentType.JSON).header("Authorization", TestTokens.bearer(DemoAccount.KIPP_BALIKPAPAN))
                .body("{\"electionCode\": [1,2], ").when().post("/api/v1/reports")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("code", equalTo("BODY_UNREADABLE"))
                .body(not(containsString("Exception")));
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
        given().contentType(ContentType.JSON).body(VALID).when().post("/api/v1/reports")
                .then().statusCode(401).contentType("application/problem+json").body("code", equalTo("UNAUTHENTICATED"));
        submit(VALID, DemoAccount.PPK_BALIKPAPAN, null)
                .statusCode(403).contentType("application/problem+json").body("code", equalTo("FORBIDDEN"));
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
