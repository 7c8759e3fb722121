package id.netra.clarification.clarification;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

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
import id.netra.devstack.DemoAccount;

/** Every endpoint against every demo account and no token, for a case of Balikpapan (64.71). */
@QuarkusTest
class AuthorizationMatrixTest {

    private static CaseRegistered balikpapanCase;

    /** The service's operations, each with a body that would succeed for an allowed caller. */
    enum Endpoint {
        LIST,
        GET,
        SCHEDULE,
        STATEMENTS,
        CONCLUSION;

        Response call(RequestSpecification request, String caseNumber) {
            String path = Api.CLARIFICATIONS + "/" + caseNumber;
            return switch (this) {
                case LIST -> request.get(Api.CLARIFICATIONS);
                case GET -> request.get(path);
                // a reason on every call: a second successful row is a reschedule
                case SCHEDULE -> request.contentType(ContentType.JSON)
                        .body(Map.of("scheduledAt", (LocalDate.now().getYear() + 1) + "-03-03T09:00", "place",
                                "Kantor Inspektorat", "letterNumber", "700/1/INSP", "reason", "Jadwal baru."))
                        .post(path + "/schedule");
                case STATEMENTS -> request.contentType(ContentType.JSON)
                        .body(Map.of("role", "WITNESS", "name", "Siti Aminah", "statedAt",
                                OffsetDateTime.now().minusHours(1).toString(), "text", "Keterangan saksi."))
                        .post(path + "/statements");
                case CONCLUSION -> request.contentType(ContentType.JSON)
                        .body(Map.of("outcome", "NOT_PROVEN", "reason", "Tidak terbukti."))
                        .post(path + "/conclusion");
            };
        }

        boolean changesState() {
            return this == SCHEDULE || this == STATEMENTS || this == CONCLUSION;
        }
    }

    // once per class, but not in @BeforeAll: RestAssured learns the test port only before each test
    @BeforeEach
    void registerACaseInBalikpapan() {
        if (balikpapanCase == null) {
            balikpapanCase = IntakeEvents.registered("64.71");
        }
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

    /** The table of API.md: who may do what to a 64.71 case. */
    private static int expected(Endpoint endpoint, DemoAccount account) {
        boolean reader = account.roles().contains("inspektorat") || account.roles().contains("bkn")
                || account.roles().contains("admin") || account.roles().contains("auditor");
        return switch (endpoint) {
            case LIST -> reader ? 200 : 403;
            case GET -> switch (account) {
                case INSPEKTORAT_BALIKPAPAN, INSPEKTORAT_KALTIM, BKN, ADMIN, AUDITOR -> 200;
                case INSPEKTORAT_KALTARA -> 404;
                default -> 403;
            };
            case SCHEDULE, STATEMENTS, CONCLUSION -> switch (account) {
                case INSPEKTORAT_BALIKPAPAN, INSPEKTORAT_KALTIM -> endpoint == Endpoint.STATEMENTS ? 201 : 200;
                case INSPEKTORAT_KALTARA -> 404;
                default -> 403;
            };
        };
    }

    @ParameterizedTest(name = "{0} as {1} -> {2}")
    @MethodSource("matrix")
    void shouldAnswerEachCallerExactlyAsTheTableSays(Endpoint endpoint, String account, int status) {
        RequestSpecification request = "no token".equals(account) ? given()
                : Api.as(DemoAccount.byUsername(account));
        // a success changes the case: each successful write gets its own case, so no row sees another's effect
        String caseNumber = endpoint.changesState() && status < 300
                ? IntakeEvents.registered("64.71").caseNumber()
                : balikpapanCase.caseNumber();

        Response response = endpoint.call(request, caseNumber);

        assertThat(response.statusCode()).as(response.asString()).isEqualTo(status);
        if (status >= 400) {
            assertThat(response.contentType()).startsWith(Api.PROBLEM_JSON);
            assertThat(response.jsonPath().getInt("status")).isEqualTo(status);
        }
    }
}
