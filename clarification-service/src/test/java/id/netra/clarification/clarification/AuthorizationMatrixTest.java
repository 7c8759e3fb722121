package id.netra.clarification.clarification;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

import id.netra.clarification.Api;
import id.netra.clarification.IntakeEvents;
import id.netra.contracts.CaseRegistered;
import id.netra.contracts.EvidenceAttached;
import id.netra.devstack.DemoAccount;
import id.netra.kit.time.AdjustableClock;

/** Every endpoint against every demo account and no token, for a case of Balikpapan (64.71). */
@QuarkusTest
class AuthorizationMatrixTest {

    private static final int NEXT_YEAR = LocalDate.now().getYear() + 1;
    private static final String HASH = "ab".repeat(32);

    private static CaseRegistered balikpapanCase;
    private static EvidenceAttached balikpapanEvidence;

    @Inject
    Clock clock;

    /** The service's operations, each with a body that would succeed for an allowed caller. */
    enum Endpoint {
        LIST,
        GET,
        AUDIT,
        ASSIGN,
        SCHEDULE,
        ATTENDANCE,
        STATEMENTS,
        EVIDENCE_REVIEW,
        NOTES,
        CONCLUSION,
        CORRECTION;

        Response call(RequestSpecification request, String caseNumber, String evidenceId) {
            String path = Api.CLARIFICATIONS + "/" + caseNumber;
            return switch (this) {
                case LIST -> request.get(Api.CLARIFICATIONS);
                case GET -> request.get(path);
                case AUDIT -> request.get(path + "/audit");
                case ASSIGN -> json(request, Map.of("assignee", "ani.inspektorat", "reason", "Penugasan."))
                        .post(path + "/assignment");
                // a reason on every call: a second successful row is a reschedule
                case SCHEDULE -> json(request, Map.of("scheduledAt", NEXT_YEAR + "-03-03T09:00", "place",
                        "Kantor Inspektorat", "letterNumber", "700/1/INSP", "reason", "Jadwal baru."))
                        .post(path + "/schedule");
                case ATTENDANCE -> json(request, Map.of("attendance", "ATTENDED")).post(path + "/attendance");
                case STATEMENTS -> json(request, Map.of("role", "WITNESS", "name", "Siti Aminah", "statedAt",
                        OffsetDateTime.now().minusHours(1).toString(), "text", "Keterangan saksi."))
                        .post(path + "/statements");
                case EVIDENCE_REVIEW -> json(request, Map.of("sha256", HASH))
                        .post(path + "/evidence/" + evidenceId + "/reviews");
                case NOTES -> json(request, Map.of("text", "Catatan internal.")).post(path + "/notes");
                case CONCLUSION -> json(request,
                        Map.of("outcome", "NOT_PROVEN", "reasonCode", "OTHER", "reason", "Tidak terbukti."))
                        .post(path + "/conclusion");
                case CORRECTION -> json(request, Map.of("outcome", "NOT_PROVEN", "reasonCode",
                        "INSUFFICIENT_EVIDENCE", "reason", "Tidak terbukti.", "correctionReason", "Kode keliru."))
                        .post(path + "/conclusion/corrections");
            };
        }

        boolean changesState() {
            return this != LIST && this != GET && this != AUDIT;
        }

        private static RequestSpecification json(RequestSpecification request, Map<String, Object> body) {
            return request.contentType(ContentType.JSON).body(body);
        }
    }

    // once per class, but not in @BeforeAll: RestAssured learns the test port only before each test
    @BeforeEach
    void registerACaseInBalikpapan() {
        if (balikpapanCase == null) {
            balikpapanCase = IntakeEvents.registered("64.71");
            balikpapanEvidence = IntakeEvents.attached(balikpapanCase, HASH);
        }
    }

    @AfterEach
    void resetTheClock() {
        ((AdjustableClock) clock).reset();
    }

    static Stream<Arguments> matrix() {
        List<Arguments> rows = new ArrayList<>();
        for (Endpoint endpoint : Endpoint.values()) {
            for (DemoAccount account : DemoAccount.values()) {
                rows.add(Arguments.of(endpoint, account.username(), expected(endpoint, account)));
            }
            rows.add(Arguments.of(endpoint, "no token", 401));
        }
        return rows.stream();
    }

    /** The table of API.md, extended to every endpoint: who may do what to a 64.71 case. */
    private static int expected(Endpoint endpoint, DemoAccount account) {
        if (account.roles().contains("pemda")) {
            // a regional government's own system reads its region's clarifications and nothing more: no audit
            // trail, no write
            return switch (endpoint) {
                case LIST -> 200;
                case GET -> account == DemoAccount.PEMPROV_KALTARA ? 404 : 200;
                default -> 403;
            };
        }
        boolean reader = account.roles().contains("inspektorat") || account.roles().contains("bkn")
                || account.roles().contains("admin") || account.roles().contains("auditor");
        if (endpoint == Endpoint.LIST) {
            return reader ? 200 : 403;
        }
        if (endpoint == Endpoint.AUDIT) {
            return account == DemoAccount.AUDITOR || account == DemoAccount.ADMIN ? 200 : 403;
        }
        if (endpoint == Endpoint.GET) {
            return switch (account) {
                case INSPEKTORAT_BALIKPAPAN, INSPEKTORAT_KALTIM, BKN, ADMIN, AUDITOR -> 200;
                case INSPEKTORAT_KALTARA -> 404;
                default -> 403;
            };
        }
        return switch (account) {
            case INSPEKTORAT_BALIKPAPAN, INSPEKTORAT_KALTIM -> switch (endpoint) {
                case STATEMENTS, EVIDENCE_REVIEW, NOTES -> 201;
                default -> 200;
            };
            // another region's inspectorate never learns that the case exists
            case INSPEKTORAT_KALTARA -> 404;
            default -> 403;
        };
    }

    @ParameterizedTest(name = "{0} as {1} -> {2}")
    @MethodSource("matrix")
    void shouldAnswerEachCallerExactlyAsTheTableSays(Endpoint endpoint, String account, int status) {
        RequestSpecification request = "no token".equals(account) ? given()
                : Api.as(DemoAccount.byUsername(account));
        String caseNumber = balikpapanCase.caseNumber();
        String evidenceId = balikpapanEvidence.evidenceId().toString();
        // a success changes the case: each successful write gets its own case, so no row sees another's effect
        if (endpoint.changesState() && status < 300) {
            CaseRegistered fresh = IntakeEvents.registered("64.71");
            caseNumber = fresh.caseNumber();
            evidenceId = prepare(endpoint, fresh);
        }

        Response response = endpoint.call(request, caseNumber, evidenceId);

        assertThat(response.statusCode()).as(response.asString()).isEqualTo(status);
        if (status >= 400) {
            assertThat(response.contentType()).startsWith(Api.PROBLEM_JSON);
            assertThat(response.jsonPath().getInt("status")).isEqualTo(status);
        }
    }

    /** What a fresh case needs before the write can succeed; returns the evidence id to review. */
    private String prepare(Endpoint endpoint, CaseRegistered fresh) {
        String path = Api.CLARIFICATIONS + "/" + fresh.caseNumber();
        if (endpoint == Endpoint.ATTENDANCE) {
            Api.as(DemoAccount.INSPEKTORAT_BALIKPAPAN).contentType(ContentType.JSON)
                    .body(Map.of("scheduledAt", NEXT_YEAR + "-02-03T09:00", "place", "Kantor Inspektorat",
                            "letterNumber", "700/2/INSP"))
                    .post(path + "/schedule").then().statusCode(200);
            // the hearing's time has come
            ((AdjustableClock) clock).set(Instant.parse(NEXT_YEAR + "-02-03T02:00:00Z"));
        }
        if (endpoint == Endpoint.CORRECTION) {
            Api.as(DemoAccount.INSPEKTORAT_BALIKPAPAN).contentType(ContentType.JSON)
                    .body(Map.of("outcome", "NOT_PROVEN", "reasonCode", "OTHER", "reason", "Tidak terbukti."))
                    .post(path + "/conclusion").then().statusCode(200);
        }
        if (endpoint == Endpoint.EVIDENCE_REVIEW) {
            return IntakeEvents.attached(fresh, HASH).evidenceId().toString();
        }
        return balikpapanEvidence.evidenceId().toString();
    }
}
