package id.netra.intake.evidence;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.vertx.RunOnVertxContext;
import io.quarkus.test.vertx.UniAsserter;
import io.restassured.response.ValidatableResponse;

import id.netra.devstack.DemoAccount;
import id.netra.devstack.test.KafkaProbe;
import id.netra.devstack.test.KafkaTestResource;
import id.netra.devstack.test.PostgresTestResource;
import id.netra.devstack.test.TestTokens;
import id.netra.intake.Intake;

@QuarkusTest
public class EvidenceResourceTest {

    static final Path FOLDER = Path.of("target/evidence-test");

    @Inject
    EvidenceService service;

    public static String newReport() {
        return Intake.submit(Intake.report(), DemoAccount.KIPP_BALIKPAPAN).statusCode(201).extract().path("reportId");
    }

    static ValidatableResponse upload(String reportId, String bearer, byte[] content, String fileName,
            String declaredType) {
        return given().header("Authorization", bearer).multiPart("file", fileName, content, declaredType)
                .when().post("/api/v1/reports/" + reportId + "/evidence").then();
    }

    static ValidatableResponse upload(String reportId, DemoAccount account, byte[] content, String fileName) {
        return upload(reportId, TestTokens.bearer(account), content, fileName, "application/octet-stream");
    }

    @Test
    void shouldStoreAFileByItsContentWithItsSha256AndAnnounceItWithoutTheSendersFileName() throws Exception {
        String reportId = newReport();
        byte[] pdf = EvidenceFiles.pdf();

        String evidenceId = upload(reportId, TestTokens.bearer(DemoAccount.KIPP_BALIKPAPAN), pdf,
                "KTP Siti Aminah.txt", "text/plain")
                .statusCode(201)
                .contentType("application/json")
                .body("contentType", equalTo("application/pdf"))
                .body("sha256", equalTo(EvidenceService.sha256(pdf)))
                .body("sizeBytes", equalTo(pdf.length))
                .body("fileName", equalTo("KTP Siti Aminah.txt"))
                .body("uploadedBy", equalTo("kipp-balikpapan"))
                .extract().path("evidenceId");

        assertThat(query("SELECT sha256 FROM evidence WHERE id = '" + evidenceId + "'"))
                .isEqualTo(EvidenceService.sha256(pdf));
        assertThat(Files.readAllBytes(FOLDER.resolve(storageKey(evidenceId)))).isEqualTo(pdf);
        List<ConsumerRecord<String, String>> records = KafkaProbe.readUntil(KafkaTestResource.bootstrapServers(),
                "netra.intake.events", r -> r.value().contains(evidenceId), Duration.ofSeconds(20));
        ConsumerRecord<String, String> event = records.stream().filter(r -> r.value().contains(evidenceId))
                .findFirst().orElseThrow();
        assertThat(KafkaProbe.header(event, "ce_type")).isEqualTo("id.netra.evidence.attached.v1");
        assertThat(event.value()).contains("\"sha256\":\"" + EvidenceService.sha256(pdf) + "\"",
                "\"fileName\":\"" + evidenceId + ".pdf\"", "\"contentType\":\"application/pdf\"")
                .doesNotContain("Siti", "KTP");
    }

    @Test
    void shouldTellEachAcceptedTypeFromItsContentWhateverItsNameOrDeclaredType() {
        String reportId = newReport();
        record Case(byte[] content, String expected) {
        }
        for (Case sample : List.of(new Case(EvidenceFiles.png(), "image/png"),
                new Case(EvidenceFiles.jpeg(), "image/jpeg"), new Case(EvidenceFiles.mp4(), "video/mp4"),
                new Case(EvidenceFiles.quicktime(), "video/quicktime"),
                new Case(EvidenceFiles.docx(),
                        "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
                new Case(EvidenceFiles.xlsx(), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
                new Case(EvidenceFiles.odt(), "application/vnd.oasis.opendocument.text"))) {
            upload(reportId, TestTokens.bearer(DemoAccount.KIPP_BALIKPAPAN), sample.content(), "bukti.exe",
                    "application/x-msdownload")
                    .statusCode(201).body("contentType", equalTo(sample.expected()));
        }
    }

    @Test
    void shouldRefuseContentOfOtherTypesWhateverItClaimsAndStoreNothing() throws Exception {
        String reportId = newReport();
        long rows = count("SELECT count(*) FROM evidence");
        long files = storedFiles();
        for (byte[] content : List.of(EvidenceFiles.html(), EvidenceFiles.exe(), EvidenceFiles.plainZip(),
                "%PDX not quite".getBytes(), new byte[] { 'P', 'K', 3, 4, 1, 2, 3 })) {
            upload(reportId, TestTokens.bearer(DemoAccount.KIPP_BALIKPAPAN), content, "laporan.pdf", "application/pdf")
                    .statusCode(415)
                    .contentType("application/problem+json")
                    .body("code", equalTo("EVIDENCE_TYPE_UNSUPPORTED"));
        }
        assertThat(count("SELECT count(*) FROM evidence")).isEqualTo(rows);
        assertThat(storedFiles()).isEqualTo(files);
    }

    @Test
    void shouldRefuseAFileOverTheLimitWith413AndAcceptOneAtTheLimit() throws Exception {
        String reportId = newReport();
        long rows = count("SELECT count(*) FROM evidence");
        int limit = 2 * 1024 * 1024;

        upload(reportId, DemoAccount.KIPP_BALIKPAPAN, EvidenceFiles.pdfOfSize(limit + 1), "besar.pdf")
                .statusCode(413)
                .contentType("application/problem+json")
                .body("code", equalTo("EVIDENCE_TOO_LARGE"));
        assertThat(count("SELECT count(*) FROM evidence")).isEqualTo(rows);

        upload(reportId, DemoAccount.KIPP_BALIKPAPAN, EvidenceFiles.pdfOfSize(limit), "pas.pdf")
                .statusCode(201).body("sizeBytes", equalTo(limit));
    }

    @Test
    void shouldTakeFilesOnlyFromTheSubmitterAndTheRegionsBawaslu() {
        String reportId = newReport();
        String otherPartner = "Bearer " + TestTokens.token("kipp-samarinda", Set.of("partner"), "64.72");
        String otherBawaslu = "Bearer " + TestTokens.token("bawaslu.tarakan", Set.of("bawaslu"), "65.71");

        upload(reportId, otherPartner, EvidenceFiles.png(), "a.png", "image/png")
                .statusCode(404).contentType("application/problem+json").body("code", equalTo("REPORT_NOT_FOUND"));
        upload(reportId, otherBawaslu, EvidenceFiles.png(), "a.png", "image/png")
                .statusCode(404).contentType("application/problem+json").body("code", equalTo("REPORT_NOT_FOUND"));
        upload(reportId, DemoAccount.INSPEKTORAT_BALIKPAPAN, EvidenceFiles.png(), "a.png")
                .statusCode(403).contentType("application/problem+json");
        upload(UUID.randomUUID().toString(), DemoAccount.KIPP_BALIKPAPAN, EvidenceFiles.png(), "a.png")
                .statusCode(404).contentType("application/problem+json").body("code", equalTo("REPORT_NOT_FOUND"));
        given().multiPart("file", "a.png", EvidenceFiles.png(), "image/png")
                .when().post("/api/v1/reports/" + reportId + "/evidence")
                .then().statusCode(401).contentType("application/problem+json");

        upload(reportId, DemoAccount.BAWASLU_BALIKPAPAN, EvidenceFiles.png(), "a.png")
                .statusCode(201).body("uploadedBy", equalTo("bawaslu.balikpapan"));
        upload(reportId, DemoAccount.BAWASLU_MONITOR, EvidenceFiles.png(), "a.png").statusCode(201);
    }

    @Test
    void shouldRefuseAFormWithoutAFileOrWithTwoOrAnEmptyOne() {
        String reportId = newReport();
        String bearer = TestTokens.bearer(DemoAccount.KIPP_BALIKPAPAN);
        given().header("Authorization", bearer).multiPart("other", "x.png", EvidenceFiles.png(), "image/png")
                .when().post("/api/v1/reports/" + reportId + "/evidence")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("file")).body("errors[0].code", equalTo("FILE_REQUIRED"));
        given().header("Authorization", bearer).multiPart("file", "x.png", EvidenceFiles.png(), "image/png")
                .multiPart("file", "y.png", EvidenceFiles.png(), "image/png")
                .when().post("/api/v1/reports/" + reportId + "/evidence")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].code", equalTo("ONE_FILE_PER_REQUEST"));
        upload(reportId, bearer, new byte[0], "kosong.pdf", "application/pdf")
                .statusCode(400).contentType("application/problem+json")
                .body("errors[0].code", equalTo("FILE_EMPTY"));
    }

    @Test
    void shouldListTheFilesToTheRegionsReadersAndHideThemFromOthers() {
        String reportId = newReport();
        String evidenceId = upload(reportId, DemoAccount.KIPP_BALIKPAPAN, EvidenceFiles.png(), "satu.png")
                .statusCode(201).extract().path("evidenceId");

        for (DemoAccount reader : new DemoAccount[] { DemoAccount.BAWASLU_BALIKPAPAN,
                DemoAccount.INSPEKTORAT_BALIKPAPAN, DemoAccount.INSPEKTORAT_KALTIM, DemoAccount.BKN,
                DemoAccount.ADMIN, DemoAccount.AUDITOR }) {
            given().header("Authorization", TestTokens.bearer(reader))
                    .when().get("/api/v1/reports/" + reportId + "/evidence")
                    .then().statusCode(200).body("evidenceId", contains(evidenceId))
                    .body("[0].contentType", equalTo("image/png"));
        }
        given().header("Authorization", TestTokens.bearer(DemoAccount.INSPEKTORAT_KALTARA))
                .when().get("/api/v1/reports/" + reportId + "/evidence")
                .then().statusCode(404).contentType("application/problem+json").body("code", equalTo("REPORT_NOT_FOUND"));
        for (DemoAccount outsider : new DemoAccount[] { DemoAccount.PPK_BALIKPAPAN, DemoAccount.KIPP_BALIKPAPAN }) {
            given().header("Authorization", TestTokens.bearer(outsider))
                    .when().get("/api/v1/reports/" + reportId + "/evidence")
                    .then().statusCode(403).contentType("application/problem+json");
        }
    }

    @Test
    void shouldShowThatAStoredFileWasChangedOrRemoved() throws Exception {
        String reportId = newReport();
        byte[] jpeg = EvidenceFiles.jpeg();
        String evidenceId = upload(reportId, DemoAccount.KIPP_BALIKPAPAN, jpeg, "foto.jpg")
                .statusCode(201).extract().path("evidenceId");
        String base = "/api/v1/reports/" + reportId + "/evidence/" + evidenceId;
        String bearer = TestTokens.bearer(DemoAccount.INSPEKTORAT_BALIKPAPAN);

        given().header("Authorization", bearer).when().get(base + "/verification")
                .then().statusCode(200).body("intact", equalTo(true)).body("present", equalTo(true))
                .body("actualSha256", equalTo(EvidenceService.sha256(jpeg)));
        byte[] downloaded = given().header("Authorization", bearer).when().get(base + "/content")
                .then().statusCode(200).contentType("image/jpeg")
                .header("X-Content-Type-Options", "nosniff")
                .extract().asByteArray();
        assertThat(downloaded).isEqualTo(jpeg);

        Path stored = FOLDER.resolve(storageKey(evidenceId));
        byte[] tampered = jpeg.clone();
        tampered[tampered.length - 1] ^= 1;
        Files.write(stored, tampered);
        given().header("Authorization", bearer).when().get(base + "/verification")
                .then().statusCode(200).body("intact", equalTo(false)).body("present", equalTo(true))
                .body("sha256", equalTo(EvidenceService.sha256(jpeg)))
                .body("actualSha256", equalTo(EvidenceService.sha256(tampered)));
        given().header("Authorization", bearer).when().get(base + "/content")
                .then().statusCode(409).contentType("application/problem+json").body("code", equalTo("EVIDENCE_TAMPERED"));

        Files.delete(stored);
        given().header("Authorization", bearer).when().get(base + "/verification")
                .then().statusCode(200).body("intact", equalTo(false)).body("present", equalTo(false))
                .body("actualSha256", nullValue());
        given().header("Authorization", bearer).when().get("/api/v1/reports/" + reportId + "/evidence/"
                + UUID.randomUUID() + "/verification")
                .then().statusCode(404).contentType("application/problem+json").body("code", equalTo("EVIDENCE_NOT_FOUND"));
    }

    @Test
    void shouldDeleteTheFileWhenItsRecordCannotBeCommitted() throws Exception {
        String reportId = newReport();
        long rows = count("SELECT count(*) FROM evidence");
        long files = storedFiles();
        execute("CREATE FUNCTION evidence_refuse() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
                + "IF NEW.file_name = 'refused-by-database.pdf' THEN RAISE EXCEPTION 'refused for the test'; END IF; "
                + "RETURN NEW; END; $$");
        execute("CREATE TRIGGER evidence_refuse BEFORE INSERT ON evidence FOR EACH ROW EXECUTE FUNCTION evidence_refuse()");
        try {
            upload(reportId, DemoAccount.KIPP_BALIKPAPAN, EvidenceFiles.pdf(), "refused-by-database.pdf")
                    .statusCode(500).contentType("application/problem+json")
                    .body(not(org.hamcrest.Matchers.containsString("refused for the test")));
        } finally {
            execute("DROP TRIGGER evidence_refuse ON evidence");
            execute("DROP FUNCTION evidence_refuse()");
        }
        assertThat(count("SELECT count(*) FROM evidence")).isEqualTo(rows);
        assertThat(storedFiles()).isEqualTo(files);
    }

    @Test
    void shouldKeepOnlyAHarmlessNameOfTheSendersFileName() {
        assertThat(Uploads.fileName("../../etc/passwd")).isEqualTo("passwd");
        assertThat(Uploads.fileName("C:\\Users\\x\\foto.jpg")).isEqualTo("foto.jpg");
        assertThat(Uploads.fileName("\u202Egpj.exe")).isEqualTo("gpj.exe");
        assertThat(Uploads.fileName("a\u0000b\u0085c.pdf")).isEqualTo("abc.pdf");
        assertThat(Uploads.fileName("x".repeat(300))).hasSize(200);
        assertThat(Uploads.fileName(null)).isEqualTo("evidence");
        assertThat(Uploads.fileName("..")).isEqualTo("evidence");
    }

    @Test
    @RunOnVertxContext
    void shouldSweepOldFilesThatNoRecordReferencesAndKeepTheOthers(UniAsserter asserter) throws Exception {
        Path orphan = FOLDER.resolve("ab/" + "ab".repeat(32) + "-" + UUID.randomUUID());
        Path young = FOLDER.resolve("cd/" + "cd".repeat(32) + "-" + UUID.randomUUID());
        Files.createDirectories(orphan.getParent());
        Files.createDirectories(young.getParent());
        Files.write(orphan, EvidenceFiles.pdf());
        Files.write(young, EvidenceFiles.pdf());
        Files.setLastModifiedTime(orphan, FileTime.from(Instant.now().minus(Duration.ofHours(2))));
        // a referenced file, however old, stays
        String referenced = query("SELECT storage_key FROM evidence LIMIT 1");
        if (referenced != null) {
            Files.setLastModifiedTime(FOLDER.resolve(referenced), FileTime.from(Instant.now().minus(Duration.ofHours(3))));
        }

        asserter.assertThat(() -> service.sweepOrphans(), deleted -> {
            assertThat(deleted).isGreaterThanOrEqualTo(1);
            assertThat(orphan).doesNotExist();
            assertThat(young).exists();
            if (referenced != null) {
                assertThat(FOLDER.resolve(referenced)).exists();
            }
        });
    }

    public static long storedFiles() throws IOException {
        if (!Files.exists(FOLDER)) {
            return 0;
        }
        try (Stream<Path> files = Files.walk(FOLDER)) {
            return files.filter(Files::isRegularFile).count();
        }
    }

    static String storageKey(String evidenceId) throws SQLException {
        return query("SELECT storage_key FROM evidence WHERE id = '" + UUID.fromString(evidenceId) + "'");
    }

    static String query(String sql) throws SQLException {
        try (Connection connection = PostgresTestResource.connect();
                PreparedStatement statement = connection.prepareStatement(sql);
                ResultSet rows = statement.executeQuery()) {
            return rows.next() ? rows.getString(1) : null;
        }
    }

    static long count(String sql) throws SQLException {
        return PostgresTestResource.number(sql);
    }

    static void execute(String sql) throws SQLException {
        try (Connection connection = PostgresTestResource.connect(); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
