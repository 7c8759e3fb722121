package id.netra.intake.candidacy;

import static id.netra.intake.candidacy.Candidacies.DUE;
import static id.netra.intake.candidacy.Candidacies.MET;
import static id.netra.intake.candidacy.Candidacies.OVERDUE;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.emptyOrNullString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.VertxContextSupport;
import io.restassured.http.ContentType;

import id.netra.devstack.DemoAccount;
import id.netra.devstack.test.PostgresTestResource;
import id.netra.devstack.test.TestTokens;
import id.netra.intake.Intake;
import id.netra.intake.evidence.EvidenceFiles;
import id.netra.intake.evidence.EvidenceService;

/**
 * A Pilkada candidacy, a compliant Pemilu one, region isolation, filings and documents that are refused, and the
 * documents' files kept by the evidence storage's sweep.
 */
@QuarkusTest
class CandidacyWatchTest {

    /** The test profile's evidence folder (netra.evidence.folder). */
    private static final Path EVIDENCE_FOLDER = Path.of("target/evidence-test");

    @Inject
    Clock clock;

    @Inject
    CandidacyDeadlines deadlines;

    @Inject
    EvidenceService evidence;

    @AfterEach
    void resetTheClock() {
        Intake.clock(clock).reset();
    }

    @Test
    void shouldCountAPilkadaCandidacyFromTheDayThePairIsSetOnTheRegionsWorkingDays() throws Throwable {
        // Friday 30 August 2024: Bawaslu Balikpapan files an independent candidate for mayor, leave asked, not granted
        Intake.clock(clock).set(Instant.parse("2024-08-30T02:00:00Z"));
        String nip = Intake.freshNip();
        String caseNumber = Candidacies.file(Candidacies.calonWalikota(nip).with("party", null)
                .with("independent", true).with("cltnStatus", "REQUESTED"), DemoAccount.BAWASLU_BALIKPAPAN, null)
                .statusCode(201)
                .body("obligations.code", contains("RESIGNATION_LETTER", "DISMISSAL_WITH_HONOUR"))
                .body("obligations.find { it.code == 'RESIGNATION_LETTER' }.anchor", equalTo("CANDIDATE_SETTING"))
                .body("obligations.find { it.code == 'RESIGNATION_LETTER' }.dueOn", equalTo("2024-09-22"))
                .body("obligations.find { it.code == 'RESIGNATION_LETTER' }.basis",
                        equalTo("UU 10/2016 Pasal 7 ayat (2) huruf t"))
                .body("obligations.find { it.code == 'DISMISSAL_WITH_HONOUR' }.dueOn", equalTo("2024-09-30"))
                .body("obligations.status", everyItem(equalTo("OPEN")))
                .body("caseNumber", startsWith("64.71-2024-"))
                .extract().path("caseNumber");
        String id = watchOf(nip);

        // a case without a reporter cannot be sent back for completion; registered, it carries the filer's channel
        Intake.review(caseNumber, "{\"decision\":\"ASK_COMPLETION\",\"missing\":\"Bukti\",\"completionDueOn\":"
                + "\"2024-09-05\"}", TestTokens.bearer(DemoAccount.BAWASLU_BALIKPAPAN))
                .statusCode(422).body("code", equalTo("CASE_HAS_NO_REPORTER"));
        Intake.review(caseNumber, "{\"decision\":\"REGISTER\"}", TestTokens.bearer(DemoAccount.BAWASLU_BALIKPAPAN))
                .statusCode(200);
        assertThat(Intake.payloads("id.netra.case.registered.v1", caseNumber)).singleElement()
                .satisfies(p -> assertThat(p).contains("\"channel\":\"BAWASLU_FINDING\"", "\"nip\":\"" + nip));

        // the pair is set on Sunday 22 September: the notice falls due three working days before it, on Tuesday 17
        // (Tuesday to Friday, four working days, were left on Monday; counted in calendar days it would wait)
        Intake.clock(clock).set(Instant.parse("2024-09-16T02:00:00Z"));
        VertxContextSupport.subscribeAndAwait(deadlines::raise);
        assertThat(Intake.events(DUE, id)).isZero();
        Intake.clock(clock).set(Instant.parse("2024-09-17T02:00:00Z"));
        VertxContextSupport.subscribeAndAwait(deadlines::raise);
        VertxContextSupport.subscribeAndAwait(deadlines::raise);
        assertThat(Intake.payloads(DUE, id)).singleElement()
                .satisfies(p -> assertThat(p).contains("RESIGNATION_LETTER", "\"dueOn\":\"2024-09-22\""));

        // the city's own system files the resignation on Friday 20 September: met in time, once
        Intake.clock(clock).set(Instant.parse("2024-09-20T02:00:00Z"));
        String letter = Candidacies.upload(id, DemoAccount.PEMKOT_BALIKPAPAN, "type", "RESIGNATION_LETTER",
                "documentDate", "2024-09-20").statusCode(201).body("hold", nullValue()).extract().path("documentId");
        // its system did not hear the answer and sends the same file again: the same document, nothing new
        Candidacies.upload(id, DemoAccount.PEMKOT_BALIKPAPAN, "type", "RESIGNATION_LETTER", "documentDate",
                "2024-09-20").statusCode(200).body("documentId", equalTo(letter));
        // the same file dated otherwise is not a retry, and the filed document is not changed
        Candidacies.upload(id, DemoAccount.PEMKOT_BALIKPAPAN, "type", "RESIGNATION_LETTER", "documentDate",
                "2024-09-19").statusCode(409).contentType(startsWith("application/problem+json"))
                .body("code", equalTo("DOCUMENT_ALREADY_FILED")).body("detail", containsString(letter));
        assertThat(Intake.count("SELECT count(*) FROM candidacy_document WHERE candidacy_id = ?::uuid", id))
                .isEqualTo(1);
        assertThat(Intake.payloads(MET, id)).singleElement()
                .satisfies(p -> assertThat(p).contains("RESIGNATION_LETTER", "\"late\":false"));

        // no decree by the end of September: the dismissal with honour is overdue on 1 October, the letter is not
        Intake.clock(clock).set(Instant.parse("2024-09-23T02:00:00Z"));
        VertxContextSupport.subscribeAndAwait(deadlines::raise);
        assertThat(Intake.events(OVERDUE, id)).isZero();
        Intake.clock(clock).set(Instant.parse("2024-10-01T02:00:00Z"));
        VertxContextSupport.subscribeAndAwait(deadlines::raise);
        assertThat(Intake.payloads(OVERDUE, id)).singleElement()
                .satisfies(p -> assertThat(p).contains("DISMISSAL_WITH_HONOUR"));
        Candidacies.get(id, DemoAccount.PPK_BALIKPAPAN).statusCode(200)
                .body("ruleKind", equalTo("PILKADA"))
                .body("independent", equalTo(true))
                .body("party", nullValue())
                .body("obligations.find { it.code == 'RESIGNATION_LETTER' }.status", equalTo("MET"))
                .body("obligations.find { it.code == 'RESIGNATION_LETTER' }.metOn", equalTo("2024-09-20"))
                .body("obligations.find { it.code == 'DISMISSAL_WITH_HONOUR' }.status", equalTo("OVERDUE"))
                .body("d3Case.caseNumber", equalTo(caseNumber));
        Intake.getCase(caseNumber, DemoAccount.BAWASLU_BALIKPAPAN)
                .body("timeline.kind", hasItem("CANDIDACY_OBLIGATION_DUE"))
                .body("timeline.kind", hasItem("CANDIDACY_OBLIGATION_MET"))
                .body("timeline.kind", hasItem("CANDIDACY_OBLIGATION_OVERDUE"));
    }

    @Test
    void shouldOpenNoCaseForACompliantCandidateAndMeetEveryObligationOnce() throws Throwable {
        // on unpaid leave, the letter and its receipt at registration, the decree before the DCT
        Intake.clock(clock).set(Instant.parse("2023-05-15T02:00:00Z"));
        String nip = Intake.freshNip();
        String id = Candidacies.file(Candidacies.bacalegDprd(nip).with("contestCode", "DPR")
                .with("registeredOn", "2023-05-12").with("cltnStatus", "GRANTED"), DemoAccount.BAWASLU_MONITOR, null)
                .statusCode(201)
                .body("caseNumber", nullValue())
                .body("notices.code", not(hasItem("D3_CASE_OPENED")))
                .extract().path("candidacyId");
        Candidacies.upload(id, DemoAccount.BKN, "type", "CLTN_DECREE", "documentDate", "2023-05-02")
                .statusCode(201);
        Candidacies.upload(id, DemoAccount.BKN, "type", "RESIGNATION_LETTER", "documentDate", "2023-05-12")
                .statusCode(201);
        Candidacies.upload(id, DemoAccount.PPK_BALIKPAPAN, "type", "RESIGNATION_RECEIPT", "documentDate",
                "2023-05-12").statusCode(201);
        Intake.clock(clock).set(Instant.parse("2023-10-25T02:00:00Z"));
        Candidacies.upload(id, DemoAccount.PPK_BALIKPAPAN, "type", "DISMISSAL_DECREE", "documentDate", "2023-10-24",
                "documentNumber", "800.1/412/BKPSDM").statusCode(201);

        Intake.clock(clock).set(Instant.parse("2023-12-01T02:00:00Z"));
        VertxContextSupport.subscribeAndAwait(deadlines::raise);
        Candidacies.get(id, DemoAccount.BAWASLU_BALIKPAPAN).statusCode(200)
                .body("watchStatus", equalTo("SETTLED"))
                .body("d3Case", nullValue())
                .body("obligations.status", everyItem(equalTo("MET")))
                .body("obligations.late", everyItem(equalTo(false)))
                .body("obligations.find { it.code == 'DISMISSAL_WITH_HONOUR' }.metOn", equalTo("2023-10-24"));
        assertThat(Intake.events(MET, id)).isEqualTo(4);
        assertThat(Intake.events(OVERDUE, id) + Intake.events(DUE, id)).isZero();
        assertThat(Intake.count("SELECT count(*) FROM case_file WHERE accused_nip = ?", nip)).isZero();
        Candidacies.search(nip, DemoAccount.BKN).statusCode(200)
                .body("items.candidacyId", contains(id))
                .body("items[0].watchStatus", equalTo("SETTLED"))
                .body("items[0].openObligations", equalTo(0));
    }

    @Test
    void shouldNotLetAnotherRegionLearnThatAWatchExists() throws SQLException {
        Intake.clock(clock).set(Intake.PILKADA_MORNING);
        String nip = Intake.freshNip();
        String id = Candidacies.file(Candidacies.calonWalikota(nip).with("cltnStatus", "GRANTED"),
                DemoAccount.KIPP_BALIKPAPAN, null).statusCode(201).extract().path("candidacyId");
        String ppkKaltara = "Bearer " + TestTokens.token("ppk.kaltara", Set.of("ppk"), "65");

        String missing = Candidacies.get(UUID.randomUUID().toString(), DemoAccount.PEMPROV_KALTARA).statusCode(404)
                .extract().path("code");
        Candidacies.get(id, DemoAccount.PEMPROV_KALTARA).statusCode(404).contentType(startsWith("application/problem"))
                .body("code", equalTo(missing));
        Candidacies.get(id, ppkKaltara).statusCode(404).body("code", equalTo("CANDIDACY_NOT_FOUND"));
        Candidacies.upload(id, ppkKaltara, EvidenceFiles.pdf(), "type", "EXIT_REQUEST", "exitKind", "RESIGNATION",
                "documentDate", "2024-10-01").statusCode(404).body("code", equalTo("CANDIDACY_NOT_FOUND"));
        assertThat(Intake.count("SELECT count(*) FROM candidacy_document d JOIN candidacy c ON c.id = d.candidacy_id "
                + "WHERE c.asn_nip = ?", nip)).isZero();
        Candidacies.search(nip, DemoAccount.PEMPROV_KALTARA).statusCode(200).body("items", empty());
        given().header("Authorization", TestTokens.bearer(DemoAccount.PEMPROV_KALTARA)).queryParam("region", "64.71")
                .queryParam("limit", "200").when().get("/api/v1/candidacies").then().statusCode(200)
                .body("items", empty());

        // the ASN's employer reads the watch, but not which organisation filed it
        Candidacies.get(id, DemoAccount.PPK_BALIKPAPAN).statusCode(200).body("filedBy", not(containsString("kipp")))
                .body("filedBy", not(emptyOrNullString()));

        // the province covers its city; a national role sees every region
        for (DemoAccount reader : new DemoAccount[] { DemoAccount.PEMPROV_KALTIM, DemoAccount.PPK_BALIKPAPAN,
                DemoAccount.BKN }) {
            Candidacies.search(nip, reader).statusCode(200).body("items.candidacyId", contains(id));
            Candidacies.get(id, reader).statusCode(200).body("asn.nip", equalTo(nip));
        }
    }

    @Test
    void shouldRefuseAWrongFilingWholeAndStoreNothing() throws SQLException {
        Intake.clock(clock).set(Instant.parse("2023-05-15T02:00:00Z"));
        String nip = Intake.freshNip();
        String kipp = TestTokens.bearer(DemoAccount.KIPP_BALIKPAPAN);

        given().contentType(ContentType.JSON).header("Authorization", kipp).header("Accept-Language", "en")
                .body(Candidacies.bacalegDprd(nip).with("party", null).with("contestCode", "BUPATI")
                        .with("registeredOn", "2021-03-01").with("cltnStatus", "MAYBE").json())
                .when().post("/api/v1/candidacies").then().statusCode(400)
                .contentType(startsWith("application/problem+json"))
                .body("code", equalTo("VALIDATION_FAILED"))
                .body("errors.find { it.field == 'party' }.code", equalTo("PARTY_REQUIRED"))
                .body("errors.find { it.field == 'party' }.message", startsWith("Name the nominating party"))
                .body("errors.find { it.field == 'contestCode' }.code", equalTo("CONTEST_UNKNOWN"))
                .body("errors.find { it.field == 'registeredOn' }.code", equalTo("REGISTRATION_OUTSIDE_ELECTION"))
                .body("errors.find { it.field == 'cltnStatus' }.code", equalTo("CLTN_STATUS"));
        Candidacies.file(Candidacies.bacalegDprd(nip).with("independent", true), DemoAccount.KIPP_BALIKPAPAN, null)
                .statusCode(400).body("errors.code", contains("PARTY_WITH_INDEPENDENT"));
        Candidacies.file(Candidacies.bacalegDprd(nip).with("registeredOn", "2023-05-16"), DemoAccount.KIPP_BALIKPAPAN,
                null).statusCode(400).body("errors.code", contains("DATE_IN_FUTURE"));
        Candidacies.file(Candidacies.bacalegDprd(nip).with("electionCode", "PEMILU_2029"),
                DemoAccount.KIPP_BALIKPAPAN, null).statusCode(400).body("errors.code", hasItem("ELECTION_NOT_SCHEDULED"));
        Candidacies.file(Candidacies.bacalegDprd(nip).with("asn.nip", "196608011988031000"),
                DemoAccount.KIPP_BALIKPAPAN, null).statusCode(400).body("errors.field", hasItem("asn.nip"));
        // a value of another JSON type is refused, not read as the type the contract has
        Candidacies.file(Candidacies.bacalegDprd(nip).with("independent", "false"), DemoAccount.KIPP_BALIKPAPAN, null)
                .statusCode(400).body("code", equalTo("BODY_UNREADABLE"))
                .body("errors.find { it.field == 'independent' }.code", equalTo("INVALID_TYPE"));
        Candidacies.file(Candidacies.bacalegDprd(nip).with("asn.nip", Long.parseLong(nip.substring(0, 17))),
                DemoAccount.KIPP_BALIKPAPAN, null).statusCode(400).body("code", equalTo("BODY_UNREADABLE"));
        Candidacies.file("{\"electionCode\":\"PEMILU_2024\"}garbage", kipp, null).statusCode(400);
        Candidacies.file("", kipp, null).statusCode(400);
        // the same key with another body
        Candidacies.file(Candidacies.bacalegDprd(nip), DemoAccount.KIPP_BALIKPAPAN, "refused-" + nip).statusCode(201);
        Candidacies.file(Candidacies.bacalegDprd(nip).with("registeredOn", "2023-05-11"), DemoAccount.KIPP_BALIKPAPAN,
                "refused-" + nip).statusCode(422).body("code", equalTo("IDEMPOTENCY_KEY_REUSED"));
        assertThat(Intake.count("SELECT count(*) FROM candidacy WHERE asn_nip = ?", nip)).isEqualTo(1);
        assertThat(Intake.count("SELECT count(*) FROM case_file WHERE accused_nip = ?", nip)).isEqualTo(1);
    }

    @Test
    void shouldRefuseADocumentWithoutWhatItIsOrOfAnUnacceptedTypeAndStoreNothing() throws SQLException {
        Intake.clock(clock).set(Instant.parse("2023-05-15T02:00:00Z"));
        String nip = Intake.freshNip();
        String id = Candidacies.file(Candidacies.bacalegDprd(nip), DemoAccount.KIPP_BALIKPAPAN, null).statusCode(201)
                .extract().path("candidacyId");
        String ppk = TestTokens.bearer(DemoAccount.PPK_BALIKPAPAN);

        Candidacies.upload(id, ppk, EvidenceFiles.pdf()).statusCode(400)
                .body("errors.code", contains("DOCUMENT_DATE_REQUIRED", "DOCUMENT_TYPE_REQUIRED"));
        Candidacies.upload(id, ppk, EvidenceFiles.pdf(), "type", "EXIT_REQUEST", "documentDate", "15-05-2023")
                .statusCode(400).body("errors.code", contains("INVALID_DATE", "EXIT_KIND_REQUIRED"));
        Candidacies.upload(id, ppk, EvidenceFiles.pdf(), "type", "CLTN_DECREE", "documentDate", "2023-05-01",
                "exitKind", "RESIGNATION").statusCode(400).body("errors.code", contains("EXIT_KIND_NOT_ALLOWED"));
        Candidacies.upload(id, ppk, EvidenceFiles.pdf(), "type", "SURAT", "documentDate", "2023-05-01")
                .statusCode(400).body("errors.code", contains("INVALID_VALUE"));
        Candidacies.upload(id, ppk, EvidenceFiles.pdf(), "type", "RESIGNATION_LETTER", "documentDate", "2023-05-16")
                .statusCode(400).body("errors.code", contains("DATE_IN_FUTURE"));
        Candidacies.upload(id, ppk, null, "type", "RESIGNATION_LETTER", "documentDate", "2023-05-10")
                .statusCode(400).body("errors.code", contains("FILE_REQUIRED"));
        Candidacies.upload(id, ppk, EvidenceFiles.exe(), "type", "RESIGNATION_LETTER", "documentDate", "2023-05-10")
                .statusCode(415).body("code", equalTo("EVIDENCE_TYPE_UNSUPPORTED"));
        assertThat(Intake.count("SELECT count(*) FROM candidacy_document WHERE candidacy_id = ?::uuid", id)).isZero();
        assertThat(Intake.events(MET, id)).isZero();
    }

    @Test
    void shouldKeepAWatchsDocumentFilesWhenTheOrphanSweepRuns() throws Throwable {
        Intake.clock(clock).set(Instant.parse("2023-05-15T02:00:00Z"));
        String id = Candidacies.file(Candidacies.bacalegDprd(Intake.freshNip()).with("cltnStatus", "GRANTED"),
                DemoAccount.KIPP_BALIKPAPAN, null).statusCode(201).extract().path("candidacyId");
        Candidacies.upload(id, DemoAccount.BKN, "type", "CLTN_DECREE", "documentDate", "2023-05-02").statusCode(201);
        Intake.clock(clock).reset();
        Path stored = EVIDENCE_FOLDER.resolve(storageKeyOf(id));
        Files.setLastModifiedTime(stored, FileTime.from(Instant.now().minus(Duration.ofHours(3))));

        VertxContextSupport.subscribeAndAwait(evidence::sweepOrphans);

        assertThat(stored).exists();
    }

    private static String storageKeyOf(String candidacyId) throws SQLException {
        try (Connection connection = PostgresTestResource.connect();
                PreparedStatement query = connection
                        .prepareStatement("SELECT storage_key FROM candidacy_document WHERE candidacy_id = ?::uuid")) {
            query.setString(1, candidacyId);
            try (ResultSet row = query.executeQuery()) {
                row.next();
                return row.getString(1);
            }
        }
    }

    private static String watchOf(String nip) {
        return Candidacies.search(nip, DemoAccount.BKN).statusCode(200).extract().path("items[0].candidacyId");
    }
}
