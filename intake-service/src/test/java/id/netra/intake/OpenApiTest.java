package id.netra.intake;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class OpenApiTest {

    @Test
    void shouldDescribeEveryPathWithTheOidcScheme() {
        given().queryParam("format", "json").when().get("/q/openapi").then().statusCode(200)
                .body(containsString("/api/v1/reports"))
                .body(containsString("/api/v1/cases/{caseNumber}"))
                .body(containsString("/api/v1/tracking/{trackingCode}"))
                .body(containsString("/api/v1/tracking/{trackingCode}/completion"))
                .body(containsString("/api/v1/cases/{caseNumber}/review"))
                .body(containsString("/api/v1/public/reports"))
                .body(containsString("application/problem+json"))
                .body("components.securitySchemes.netra-oidc.type", equalTo("openIdConnect"));
    }

    @Test
    void shouldShowEveryStatusWithAnExampleAndTheFiltersOfTheCaseList() {
        given().queryParam("format", "json").when().get("/q/openapi").then().statusCode(200)
                .body("paths.'/api/v1/cases/{caseNumber}/review'.post.responses.keySet()",
                        hasItems("200", "400", "401", "403", "404", "409", "415", "422"))
                .body("paths.'/api/v1/cases/{caseNumber}/review'.post.requestBody.content.'application/json'.examples.keySet()",
                        hasItems("register", "reject", "ask completion"))
                .body("paths.'/api/v1/cases'.get.parameters.name", hasItems("region", "status", "election", "violation",
                        "overdue", "receivedFrom", "receivedTo", "after", "limit"))
                // public: an empty requirement, which says "no token" where an absent one says nothing
                .body("paths.'/api/v1/public/reports'.post.security", empty())
                .body("paths.'/api/v1/cases'.get.operationId", equalTo("listCases"))
                .body("paths.'/api/v1/cases'.get.responses.'401'.content.'application/problem+json'.schema.'$ref'",
                        equalTo("#/components/schemas/Problem"))
                .body("servers[0].url", equalTo("{origin}"))
                .body("servers[0].variables.origin.default", equalTo("http://localhost:8081"))
                .body("paths.'/api/v1/reports'.post.responses.'201'.content.'application/json'.examples.keySet()",
                        hasItems("new case"))
                .body("components.schemas.Reporter.properties.keySet()", hasItems("placeOfBirth", "dateOfBirth",
                        "gender", "occupation"));
    }

    @Test
    @SuppressWarnings("unchecked")
    void shouldDocumentEveryAnswerOfEveryOperationWithItsBodyAndEverySuccessWithAnExample() {
        Map<String, Map<String, Map<String, Object>>> paths = given().queryParam("format", "json").when()
                .get("/q/openapi").then().statusCode(200).extract().jsonPath().getMap("paths");
        List<String> gaps = new ArrayList<>();
        List<String> checked = new ArrayList<>();
        paths.forEach((path, operations) -> operations.forEach((method, operation) -> {
            if (!(operation instanceof Map) || !operation.containsKey("responses")) {
                return;
            }
            checked.add(method + " " + path);
            if (operation.get("summary") == null || operation.get("tags") == null
                    || operation.get("description") == null || operation.get("operationId") == null) {
                gaps.add(method + " " + path + " has no summary, description, tag or operation id");
            }
            Map<String, Map<String, Object>> responses = (Map<String, Map<String, Object>>) operation.get("responses");
            responses.forEach((status, response) -> {
                Map<String, Map<String, Object>> content = (Map<String, Map<String, Object>>) response.get("content");
                if (content == null) {
                    gaps.add(method + " " + path + " " + status + " has no body");
                } else if (status.startsWith("2") && content.values().stream()
                        .noneMatch(media -> media.containsKey("examples") || media.containsKey("example"))) {
                    gaps.add(method + " " + path + " " + status + " has no example");
                } else if (status.startsWith("4") && !content.containsKey("application/problem+json")) {
                    gaps.add(method + " " + path + " " + status + " is not a problem");
                }
            });
        }));
        assertThat(checked).contains("post /api/v1/reports", "post /api/v1/public/reports", "get /api/v1/cases",
                "get /api/v1/cases/{caseNumber}", "post /api/v1/cases/{caseNumber}/review",
                "get /api/v1/tracking/{trackingCode}", "post /api/v1/tracking/{trackingCode}/completion",
                "post /api/v1/candidacies", "get /api/v1/candidacies", "get /api/v1/candidacies/{candidacyId}",
                "post /api/v1/candidacies/{candidacyId}/documents");
        assertThat(gaps).isEmpty();
    }

    @Test
    void shouldBeReadyWithDatabaseAndKafka() {
        given().when().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"))
                .body(containsString("Database connections health check"));
    }

    @Test
    void shouldExposePrometheusMetrics() {
        given().when().get("/q/metrics").then().statusCode(200).body(containsString("netra_outbox_published_total"));
        // the outbox's backlog is counted on a timer: -1 until the first count, then what waits (the console shows it)
        await().atMost(Duration.ofSeconds(20)).until(() -> given().get("/q/metrics").asString()
                .matches("(?s).*\\nnetra_outbox_pending(\\{[^}]*})? [0-9][0-9.E]*\\n.*"));
    }
}
