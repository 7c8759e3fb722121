package id.netra.intake.security;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

import id.netra.devstack.DemoAccount;
import id.netra.devstack.test.TestTokens;
import id.netra.intake.Intake;
import id.netra.intake.PilkadaMorningTest;
import id.netra.intake.evidence.EvidenceFiles;
import id.netra.kit.problem.Problem;

/**
 * Every authenticated endpoint against every demo account and no token, for a case of Balikpapan (64.71) whose
 * reporter is confidential and whose report has one evidence file, and for a candidacy watch of Balikpapan.
 */
@QuarkusTest
class AuthorizationMatrixTest extends PilkadaMorningTest {

    private static final String NO_TOKEN = "no token";
    private static final String REASON = "Pemeriksaan kelengkapan laporan";

    private static Target shared;

    /** The case, its report, the report's evidence file and the candidacy watch that a call is about. */
    record Target(String caseNumber, String reportId, String evidenceId, String candidacyId) {
    }

    enum Endpoint {
        SUBMIT,
        LIST,
        GET,
        REVIEW,
        EVIDENCE_UPLOAD,
        EVIDENCE_LIST,
        EVIDENCE_VERIFY,
        EVIDENCE_CONTENT,
        REPORTER,
        IDENTITY_VIEWS,
        CANDIDACY_FILE,
        CANDIDACY_LIST,
        CANDIDACY_SEARCH,
        CANDIDACY_GET,
        CANDIDACY_DOCUMENT;

        Response call(RequestSpecification request, Target target) {
            String evidence = "/api/v1/reports/" + target.reportId() + "/evidence";
            return switch (this) {
                case SUBMIT -> request.contentType(ContentType.JSON).body(Intake.report().json())
                        .post("/api/v1/reports");
                case LIST -> request.get("/api/v1/cases");
                case GET -> request.get("/api/v1/cases/" + target.caseNumber());
                case REVIEW -> request.contentType(ContentType.JSON).body("{\"decision\":\"REGISTER\"}")
                        .post("/api/v1/cases/" + target.caseNumber() + "/review");
                case EVIDENCE_UPLOAD -> request.multiPart("file", "bukti.png", EvidenceFiles.png(), "image/png")
                        .post(evidence);
                case EVIDENCE_LIST -> request.get(evidence);
                case EVIDENCE_VERIFY -> request.get(evidence + "/" + target.evidenceId() + "/verification");
                case EVIDENCE_CONTENT -> request.get(evidence + "/" + target.evidenceId() + "/content");
                case REPORTER -> request.queryParam("reason", REASON)
                        .get("/api/v1/reports/" + target.reportId() + "/reporter");
                case IDENTITY_VIEWS -> request.get("/api/v1/audit/identity-views");
                case CANDIDACY_FILE -> request.contentType(ContentType.JSON).body(candidacy().json())
                        .post("/api/v1/candidacies");
                case CANDIDACY_LIST -> request.get("/api/v1/candidacies");
                case CANDIDACY_SEARCH -> request.contentType(ContentType.JSON).body("{\"nip\":\"196608011988031001\"}")
                        .post("/api/v1/candidacies/search");
                case CANDIDACY_GET -> request.get("/api/v1/candidacies/" + target.candidacyId());
                // a file of its own each time: the same file again would be a retry, answered 200
                case CANDIDACY_DOCUMENT -> request
                        .multiPart("file", "sk-cltn.pdf", EvidenceFiles.uniquePdf(), "application/pdf")
                        .multiPart("type", "CLTN_DECREE").multiPart("documentDate", "2024-08-01")
                        .post("/api/v1/candidacies/" + target.candidacyId() + "/documents");
            };
        }
    }

    // once per class, but not in @BeforeAll: RestAssured learns the test port only before each test, and the
    // report must be filed on the Pilkada morning the superclass sets
    @BeforeEach
    void fileAReportInBalikpapan() {
        if (shared == null) {
            shared = newTarget();
        }
    }

    private static Target newTarget() {
        JsonPath receipt = Intake.submit(Intake.report().with("reporter.confidential", true),
                DemoAccount.KIPP_BALIKPAPAN).statusCode(201).extract().jsonPath();
        String reportId = receipt.getString("reportId");
        String evidenceId = given().header("Authorization", TestTokens.bearer(DemoAccount.KIPP_BALIKPAPAN))
                .multiPart("file", "foto.png", EvidenceFiles.png(), "image/png")
                .when().post("/api/v1/reports/" + reportId + "/evidence")
                .then().statusCode(201).extract().path("evidenceId");
        String candidacyId = given().header("Authorization", TestTokens.bearer(DemoAccount.KIPP_BALIKPAPAN))
                .contentType(ContentType.JSON).body(candidacy().json())
                .when().post("/api/v1/candidacies").then().statusCode(201).extract().path("candidacyId");
        return new Target(receipt.getString("caseNumber"), reportId, evidenceId, candidacyId);
    }

    /** An ASN of Balikpapan on unpaid leave, registered for mayor in Pilkada 2024: a fresh NIP each time. */
    private static Intake.Body candidacy() {
        Map<String, Object> asn = new LinkedHashMap<>();
        asn.put("name", Intake.freshName());
        asn.put("nip", Intake.freshNip());
        asn.put("position", "Kepala Bidang");
        asn.put("agency", "Dinas Perhubungan Kota Balikpapan");
        asn.put("regionCode", "64.71");
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("electionCode", "PILKADA_2024");
        body.put("contestCode", "WALIKOTA");
        body.put("asn", asn);
        body.put("party", "Partai Contoh");
        body.put("registeredOn", "2024-08-29");
        body.put("cltnStatus", "GRANTED");
        return new Intake.Body(body);
    }

    static Stream<Arguments> matrix() {
        List<Arguments> rows = new ArrayList<>();
        for (Endpoint endpoint : Endpoint.values()) {
            for (DemoAccount account : DemoAccount.values()) {
                rows.add(Arguments.of(endpoint, account.username(), expected(endpoint, account)));
            }
            rows.add(Arguments.of(endpoint, NO_TOKEN, 401));
        }
        return rows.stream();
    }

    /** The table of API.md: who may do what to a 64.71 case with a confidential reporter. */
    private static int expected(Endpoint endpoint, DemoAccount account) {
        Set<String> roles = account.roles();
        if (roles.contains("pemda")) {
            // a regional government's own system reads its region's cases and nothing more: no review, no
            // evidence, no reporter and no submitting
            boolean otherProvince = account == DemoAccount.PEMPROV_KALTARA;
            return switch (endpoint) {
                case LIST, CANDIDACY_LIST, CANDIDACY_SEARCH -> 200;
                case GET, CANDIDACY_GET -> otherProvince ? 404 : 200;
                // and it files the documents of its region's candidacy watches
                case CANDIDACY_DOCUMENT -> otherProvince ? 404 : 201;
                default -> 403;
            };
        }
        boolean bawaslu = roles.contains("bawaslu");
        boolean evidenceReader = bawaslu || roles.contains("inspektorat") || roles.contains("bkn")
                || roles.contains("admin") || roles.contains("auditor");
        boolean caseReader = evidenceReader || roles.contains("ppk");
        // the watch's readers of API.md: the Inspektorat is not among them
        boolean watchReader = bawaslu || roles.contains("bkn") || roles.contains("ppk") || roles.contains("admin")
                || roles.contains("auditor");
        // the only demo person outside Kalimantan Timur
        boolean otherRegion = account == DemoAccount.INSPEKTORAT_KALTARA;
        return switch (endpoint) {
            case SUBMIT -> roles.contains("partner") || bawaslu ? 201 : 403;
            case LIST -> caseReader ? 200 : 403;
            case GET -> !caseReader ? 403 : otherRegion ? 404 : 200;
            case REVIEW -> bawaslu ? 200 : 403;
            // the report's submitter and the region's Bawaslu
            case EVIDENCE_UPLOAD -> account == DemoAccount.KIPP_BALIKPAPAN || bawaslu ? 201 : 403;
            case EVIDENCE_LIST, EVIDENCE_VERIFY, EVIDENCE_CONTENT -> !evidenceReader ? 403 : otherRegion ? 404 : 200;
            case REPORTER -> {
                if (bawaslu || roles.contains("admin")) {
                    yield 200;
                }
                if (roles.contains("inspektorat")) {
                    // the region is checked before the confidentiality
                    yield otherRegion ? 404 : 403;
                }
                yield 403;
            }
            case IDENTITY_VIEWS -> roles.contains("auditor") || roles.contains("admin") ? 200 : 403;
            case CANDIDACY_FILE -> roles.contains("partner") || bawaslu ? 201 : 403;
            case CANDIDACY_LIST, CANDIDACY_SEARCH -> watchReader ? 200 : 403;
            case CANDIDACY_GET -> !watchReader ? 403 : otherRegion ? 404 : 200;
            case CANDIDACY_DOCUMENT -> roles.contains("ppk") || roles.contains("bkn") ? 201 : 403;
        };
    }

    @ParameterizedTest(name = "{0} as {1} -> {2}")
    @MethodSource("matrix")
    void shouldAnswerEachCallerExactlyAsTheTableSays(Endpoint endpoint, String account, int status) {
        RequestSpecification request = NO_TOKEN.equals(account) ? given()
                : given().header("Authorization", TestTokens.bearer(DemoAccount.byUsername(account)));
        // a successful review decides the case: each gets a case of its own, so no row sees another's effect
        Target target = endpoint == Endpoint.REVIEW && status < 300 ? newTarget() : shared;

        Response response = endpoint.call(request, target);

        assertThat(response.statusCode()).as(response.asString()).isEqualTo(status);
        if (status >= 400) {
            assertThat(response.contentType()).startsWith(Problem.MEDIA_TYPE);
            assertThat(response.jsonPath().getInt("status")).isEqualTo(status);
        }
    }
}
