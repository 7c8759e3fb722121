package id.netra.intake.candidacy;

import static id.netra.intake.candidacy.Candidacies.MET;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;

import id.netra.devstack.DemoAccount;
import id.netra.devstack.test.TestTokens;
import id.netra.intake.Intake;
import id.netra.intake.evidence.EvidenceFiles;
import id.netra.kit.validation.NipValidator;

/**
 * Where a watch stops: another region's case, documents filed at once or twice, a candidacy the rules ask nothing of,
 * a NIP in an address, a forwarded case's hold, and the codes a wrong request gets, each named in the API document.
 */
@QuarkusTest
class CandidacyBoundsTest {

    @Inject
    Clock clock;

    @AfterEach
    void resetTheClock() {
        Intake.clock(clock).reset();
    }

    @Test
    void shouldOpenTheWatchsOwnCaseRatherThanJoinAnotherRegionsCaseOfTheSameAct() throws SQLException {
        Intake.clock(clock).set(Instant.parse("2023-05-15T02:00:00Z"));
        String nip = Intake.freshNip();
        // a monitor reported the registration with Samarinda as the ASN's employer
        String samarinda = Intake.submit(Intake.report().with("electionCode", "PEMILU_2024").with("accused.nip", nip)
                .with("accused.regionCode", "64.72").with("incident.regionCode", "64.72")
                .with("incident.violationCode", "D3").with("incident.occurredOn", "2023-05-10")
                .with("incident.knownOn", "2023-05-11"), DemoAccount.BAWASLU_MONITOR).statusCode(201)
                .extract().path("caseNumber");
        assertThat(samarinda).startsWith("64.72-");

        String own = Candidacies.file(Candidacies.bacalegDprd(nip), DemoAccount.BAWASLU_BALIKPAPAN, null)
                .statusCode(201).body("notices.code", hasItem("D3_CASE_OPENED"))
                .body("notices.code", not(hasItem("D3_CASE_JOINED"))).extract().path("caseNumber");

        assertThat(own).startsWith("64.71-");
        assertThat(Intake.count("SELECT count(*) FROM case_file WHERE case_number = ? AND candidacy_id IS NULL "
                + "AND report_count = 1", samarinda)).isEqualTo(1);
        Candidacies.search(nip, DemoAccount.PPK_BALIKPAPAN).statusCode(200).body("items[0].caseNumber", equalTo(own));
    }

    @Test
    void shouldSettleAWatchWhoseLastObligationsAreMetByDocumentsFiledAtTheSameMoment() throws Exception {
        Intake.clock(clock).set(Instant.parse("2023-10-25T02:00:00Z"));
        List<String> watches = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            // a PPPK on unpaid leave: the letter, its receipt and the decree, and nothing else
            watches.add(Candidacies.file(Candidacies.bacalegDprd(pppkNip()).with("cltnStatus", "GRANTED"),
                    DemoAccount.BAWASLU_MONITOR, null).statusCode(201).extract().path("candidacyId"));
        }
        for (String id : watches) {
            List<CompletableFuture<Integer>> sent = new ArrayList<>();
            for (String type : List.of("RESIGNATION_LETTER", "RESIGNATION_RECEIPT", "DISMISSAL_DECREE")) {
                sent.add(CompletableFuture.supplyAsync(() -> Candidacies.upload(id, DemoAccount.PPK_BALIKPAPAN,
                        "type", type, "documentDate", "2023-10-24").extract().statusCode()));
            }
            assertThat(sent).extracting(CompletableFuture::join).containsOnly(201);
            Candidacies.get(id, DemoAccount.BKN).statusCode(200).body("watchStatus", equalTo("SETTLED"))
                    .body("obligations.status", contains("MET", "MET", "MET"));
            assertThat(Intake.events(MET, id)).isEqualTo(3);
        }
    }

    @Test
    void shouldSettleAtFilingACandidacyTheRulesAskNothingOf() {
        Intake.clock(clock).set(Instant.parse("2023-10-25T02:00:00Z"));
        // a PPPK running for president: no resignation rule of the DPR/DPD/DPRD, no dismissal rule of a PNS
        Candidacies.file(Candidacies.bacalegDprd(pppkNip()).with("contestCode", "PRESIDEN")
                .with("cltnStatus", "GRANTED"), DemoAccount.BAWASLU_MONITOR, null).statusCode(201)
                .body("watchStatus", equalTo("SETTLED")).body("obligations", empty());
    }

    @Test
    void shouldRefuseANipInTheAddressAndFindItInASearchsBodyWithinTheCallersRegion() {
        Intake.clock(clock).set(Instant.parse("2023-05-15T02:00:00Z"));
        String nip = Intake.freshNip();
        String id = Candidacies.file(Candidacies.bacalegDprd(nip).with("cltnStatus", "GRANTED"),
                DemoAccount.KIPP_BALIKPAPAN, null).statusCode(201).extract().path("candidacyId");

        given().header("Authorization", TestTokens.bearer(DemoAccount.BKN)).queryParam("nip", nip).when()
                .get("/api/v1/candidacies").then().statusCode(400).contentType(startsWith("application/problem+json"))
                .body("errors.field", contains("nip")).body("errors.code", contains("NIP_NOT_IN_URL"));

        Candidacies.search("{\"nip\":\"" + nip + "\",\"electionCode\":\"PEMILU_2024\"}",
                TestTokens.bearer(DemoAccount.PEMPROV_KALTIM)).statusCode(200).body("items.candidacyId", contains(id))
                .body("next", nullValue());
        Candidacies.search("{\"nip\":\"" + nip + "\",\"electionCode\":\"PILKADA_2024\"}",
                TestTokens.bearer(DemoAccount.BKN)).statusCode(200).body("items", empty());
        Candidacies.search(nip, DemoAccount.PEMPROV_KALTARA).statusCode(200).body("items", empty());
        Candidacies.search("{\"nip\":\"12345\",\"electionCode\":\"pemilu\"}", TestTokens.bearer(DemoAccount.BKN))
                .statusCode(400).body("errors.code", contains("CODE_FILTER_INVALID", "NIP_FILTER_INVALID"));
        Candidacies.search("{\"nip\":" + nip + "}", TestTokens.bearer(DemoAccount.BKN)).statusCode(400)
                .body("code", equalTo("BODY_UNREADABLE"));
        Candidacies.search("", TestTokens.bearer(DemoAccount.BKN)).statusCode(400)
                .body("errors.code", contains("BODY_REQUIRED"));
        Candidacies.search(nip, DemoAccount.KIPP_BALIKPAPAN).statusCode(403);
    }

    @Test
    void shouldHoldAnExitRequestForASetTimeAfterItsCaseWasForwardedOutsideNetra() {
        // Thursday 10 October 2024: a report of an act known on 2 October is late for the Pilkada's 7 days
        Intake.clock(clock).set(Instant.parse("2024-10-10T02:00:00Z"));
        String nip = Intake.freshNip();
        String caseNumber = Intake.submit(Intake.report().with("accused.nip", nip), DemoAccount.KIPP_BALIKPAPAN)
                .statusCode(201).body("status", equalTo("TIDAK_DIREGISTRASI")).extract().path("caseNumber");
        Intake.review(caseNumber, "{\"decision\":\"FORWARD\",\"forwardTo\":\"INSPEKTORAT\"}",
                DemoAccount.BAWASLU_BALIKPAPAN).statusCode(200).body("status", equalTo("DITERUSKAN"));
        String id = Candidacies.file(Candidacies.calonWalikota(nip).with("cltnStatus", "GRANTED"),
                DemoAccount.BAWASLU_BALIKPAPAN, null).statusCode(201).extract().path("candidacyId");

        Candidacies.upload(id, DemoAccount.PPK_BALIKPAPAN, "type", "EXIT_REQUEST", "exitKind", "EARLY_RETIREMENT",
                "documentDate", "2024-10-10").statusCode(201)
                .body("hold.held", equalTo(true))
                .body("hold.caseNumbers", contains(caseNumber))
                .body("hold.heldUntil", equalTo("2025-01-08"))
                .body("hold.text", startsWith("Ditahan sampai 2025-01-08"));
        Intake.getCase(caseNumber, DemoAccount.BAWASLU_BALIKPAPAN).body("status", equalTo("DITERUSKAN"))
                .body("timeline.kind", hasItem("EXIT_REQUEST_HELD"));

        // ninety days after forwarding, the request is no longer held by it
        Intake.clock(clock).set(Instant.parse("2025-01-09T02:00:00Z"));
        Candidacies.get(id, DemoAccount.PPK_BALIKPAPAN).statusCode(200)
                .body("documents[0].hold.held", equalTo(false))
                .body("documents[0].hold.caseNumbers", empty())
                .body("documents[0].hold.heldUntil", nullValue());
    }

    @Test
    void shouldNameInTheApiDocumentEveryCodeAWrongFilingSearchOrDocumentGets() {
        Intake.clock(clock).set(Instant.parse("2023-05-15T02:00:00Z"));
        String nip = Intake.freshNip();
        String kipp = TestTokens.bearer(DemoAccount.KIPP_BALIKPAPAN);
        List<String> filing = new ArrayList<>();
        filing.addAll(codes(Candidacies.file(Candidacies.bacalegDprd(nip).with("contestCode", "dprd")
                .with("cltnStatus", "CUTI").with("registeredOn", "1899-12-31").with("asn.name", " ")
                .with("asn.regionCode", "99.99"), DemoAccount.KIPP_BALIKPAPAN, null)));
        filing.addAll(codes(Candidacies.file(Candidacies.bacalegDprd(nip).with("electionCode", "PEMILU_2099")
                .with("independent", true).with("registeredOn", "2023-05-20"), DemoAccount.KIPP_BALIKPAPAN, null)));
        filing.addAll(codes(Candidacies.file(Candidacies.bacalegDprd(nip).with("party", null), DemoAccount.KIPP_BALIKPAPAN,
                null)));
        filing.addAll(codes(Candidacies.file("", kipp, null)));
        filing.addAll(codes(Candidacies.file(Candidacies.bacalegDprd(nip).json(), kipp, "kunci dengan spasi")));
        assertThat(filing).contains("CONTEST_CODE", "CLTN_STATUS", "DATE_TOO_EARLY", "NOT_BLANK", "ELECTION_UNKNOWN",
                "PARTY_WITH_INDEPENDENT", "DATE_IN_FUTURE", "PARTY_REQUIRED", "BODY_REQUIRED",
                "IDEMPOTENCY_KEY_FORMAT");

        String id = Candidacies.file(Candidacies.bacalegDprd(nip), DemoAccount.KIPP_BALIKPAPAN, null).statusCode(201)
                .extract().path("candidacyId");
        String ppk = TestTokens.bearer(DemoAccount.PPK_BALIKPAPAN);
        List<String> document = new ArrayList<>();
        document.addAll(codes(Candidacies.upload(id, ppk, EvidenceFiles.pdf(), "type", "RESIGNATION_LETTER",
                "documentDate", "1899-12-31", "documentNumber", "a\u0007b")));
        document.addAll(codes(Candidacies.upload(id, ppk, new byte[0], "type", "RESIGNATION_LETTER", "documentDate",
                "2023-05-10")));
        document.addAll(codes(given().header("Authorization", ppk)
                .multiPart("file", "a.pdf", EvidenceFiles.pdf(), "application/pdf")
                .multiPart("file", "b.pdf", EvidenceFiles.pdf(), "application/pdf")
                .multiPart("type", "RESIGNATION_LETTER").multiPart("documentDate", "2023-05-10")
                .when().post("/api/v1/candidacies/" + id + "/documents").then()));
        assertThat(document).contains("DATE_TOO_EARLY", "DOCUMENT_NUMBER_FORMAT", "FILE_EMPTY",
                "ONE_FILE_PER_REQUEST");

        List<String> search = codes(Candidacies.search("{\"nip\":\"1\",\"electionCode\":\"x\"}", ppk));

        JsonPath api = given().accept(ContentType.JSON).when().get("/q/openapi").then().statusCode(200).extract()
                .jsonPath();
        assertThat(badRequest(api, "/api/v1/candidacies", "post")).contains(filing);
        assertThat(badRequest(api, "/api/v1/candidacies/{candidacyId}/documents", "post")).contains(document);
        assertThat(badRequest(api, "/api/v1/candidacies/search", "post")).contains(search);
    }

    /** The codes of a 400 answer: the problem's own when it lists no fields, each field's otherwise. */
    private static List<String> codes(ValidatableResponse response) {
        JsonPath problem = response.statusCode(400).extract().jsonPath();
        List<String> fields = problem.getList("errors.code", String.class);
        return fields == null || fields.isEmpty() ? List.of(problem.getString("code")) : fields;
    }

    private static String badRequest(JsonPath api, String path, String method) {
        Map<String, Object> operation = api.getMap("paths.'" + path + "'." + method);
        @SuppressWarnings("unchecked")
        Map<String, Object> answer = (Map<String, Object>) ((Map<String, Object>) operation.get("responses"))
                .get("400");
        return (String) answer.get("description");
    }

    /** A contract servant's NIP: BKN numbers a PPPK with 21 where a PNS has the month of appointment. */
    private static String pppkNip() {
        String nip = Intake.freshNip();
        return nip.substring(0, 12) + NipValidator.PPPK_CODE + nip.substring(14);
    }
}
