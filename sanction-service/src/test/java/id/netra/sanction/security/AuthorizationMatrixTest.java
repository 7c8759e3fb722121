package id.netra.sanction.security;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
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
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

import id.netra.devstack.DemoAccount;
import id.netra.devstack.test.TestTokens;
import id.netra.kit.problem.Problem;
import id.netra.kit.region.RegionCatalog;
import id.netra.sanction.Conclusions;

/**
 * Every endpoint against every demo account, a PPK of another province and no token, for cases of Balikpapan (64.71).
 * API.md lists ppk, bkn, admin and auditor for recommendations: the Inspektorat, whose part ends with the conclusion,
 * gets 403 there. A regional government's own system (pemda) reads its region's recommendations and statistics.
 */
@QuarkusTest
class AuthorizationMatrixTest {

    private static final String NO_TOKEN = "no token";
    /** Not a demo account: a PPK of Kalimantan Utara, to show that another region's case is not found. */
    private static final String PPK_KALTARA = "ppk.kaltara";
    private static String issuedCase;
    private static String awaitingCase;

    enum Endpoint {
        LIST,
        GET,
        DECISION,
        LEVEL,
        RULES,
        STATISTICS,
        BLOCKS;

        Response call(RequestSpecification request, String caseNumber) {
            String path = "/api/v1/recommendations/" + caseNumber;
            return switch (this) {
                case LIST -> request.get("/api/v1/recommendations");
                case GET -> request.get(path);
                case DECISION -> request.contentType(ContentType.JSON)
                        .body(Map.of("sanctionCode", "TURUN_JABATAN_12", "decreeNumber", "800/5/BKPSDM", "decreeDate",
                                LocalDate.now(RegionCatalog.WITA).toString()))
                        .post(path + "/decision");
                case LEVEL -> request.contentType(ContentType.JSON)
                        .body(Map.of("level", "SEDANG", "reason", "Keputusan Satgas Netralitas."))
                        .post(path + "/level");
                case RULES -> request.get("/api/v1/rules");
                case STATISTICS -> request.get("/api/v1/statistics");
                case BLOCKS -> request.get("/api/v1/blocks");
            };
        }
    }

    // once per class, but not in @BeforeAll: RestAssured learns the test port only before each test
    @BeforeEach
    void concludeCasesInBalikpapan() {
        if (issuedCase == null) {
            issuedCase = Conclusions.sendAndAwait(Conclusions.provenD7("64.71")).caseNumber();
            awaitingCase = Conclusions.sendAndAwait(d13()).caseNumber();
        }
    }

    static Stream<Arguments> matrix() {
        List<Arguments> rows = new ArrayList<>();
        for (Endpoint endpoint : Endpoint.values()) {
            for (DemoAccount account : DemoAccount.values()) {
                rows.add(Arguments.of(endpoint, account.username(), expected(endpoint, account)));
            }
            rows.add(Arguments.of(endpoint, PPK_KALTARA, switch (endpoint) {
                case GET, DECISION -> 404;
                case LEVEL, BLOCKS -> 403;
                case LIST, RULES, STATISTICS -> 200;
            }));
            rows.add(Arguments.of(endpoint, NO_TOKEN, 401));
        }
        return rows.stream();
    }

    /** The table of API.md: who may do what to a 64.71 case. */
    private static int expected(Endpoint endpoint, DemoAccount account) {
        Set<String> roles = account.roles();
        if (roles.contains("pemda")) {
            // read only, within its region: no decision, no level, no blocks
            return switch (endpoint) {
                case LIST, RULES, STATISTICS -> 200;
                case GET -> account == DemoAccount.PEMPROV_KALTARA ? 404 : 200;
                case DECISION, LEVEL, BLOCKS -> 403;
            };
        }
        boolean reader = roles.contains("ppk") || roles.contains("bkn") || roles.contains("admin")
                || roles.contains("auditor");
        return switch (endpoint) {
            case LIST, GET -> reader ? 200 : 403;
            case DECISION -> roles.contains("ppk") ? 200 : 403;
            case LEVEL -> roles.contains("bkn") ? 200 : 403;
            case RULES -> 200;
            // every role but the partner's: national ones see all, a region's own roles their region
            case STATISTICS -> roles.equals(Set.of("partner")) ? 403 : 200;
            case BLOCKS -> roles.contains("bkn") || roles.contains("admin") || roles.contains("auditor") ? 200 : 403;
        };
    }

    @ParameterizedTest(name = "{0} as {1} -> {2}")
    @MethodSource("matrix")
    void shouldAnswerEachCallerExactlyAsTheTableSays(Endpoint endpoint, String account, int status) {
        RequestSpecification request = switch (account) {
            case NO_TOKEN -> given();
            case PPK_KALTARA -> given().header("Authorization",
                    "Bearer " + TestTokens.token(PPK_KALTARA, Set.of("ppk"), "65"));
            default -> given().header("Authorization", TestTokens.bearer(DemoAccount.byUsername(account)));
        };
        // a successful write changes the case: each gets a case of its own, so no row sees another's effect
        String caseNumber = switch (endpoint) {
            case DECISION -> status == 200 ? Conclusions.sendAndAwait(Conclusions.provenD7("64.71")).caseNumber()
                    : issuedCase;
            case LEVEL -> status == 200 ? Conclusions.sendAndAwait(d13()).caseNumber() : awaitingCase;
            default -> issuedCase;
        };

        Response response = endpoint.call(request, caseNumber);

        assertThat(response.statusCode()).as(response.asString()).isEqualTo(status);
        if (status >= 400) {
            assertThat(response.contentType()).startsWith(Problem.MEDIA_TYPE);
            assertThat(response.jsonPath().getInt("status")).isEqualTo(status);
        }
    }

    private static id.netra.contracts.ClarificationConcluded d13() {
        return Conclusions.proven("64.71", "PILKADA_2024", LocalDate.of(2024, 10, 5), Instant.now(), "D13");
    }
}
