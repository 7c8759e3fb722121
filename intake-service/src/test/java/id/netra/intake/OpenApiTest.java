package id.netra.intake;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.nullValue;

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
                .body("paths.'/api/v1/public/reports'.post.security", nullValue())
                .body("paths.'/api/v1/reports'.post.responses.'201'.content.'application/json'.examples.keySet()",
                        hasItems("new case"))
                .body("components.schemas.Reporter.properties.keySet()", hasItems("placeOfBirth", "dateOfBirth",
                        "gender", "occupation"));
    }

    @Test
    void shouldBeReadyWithDatabaseAndKafka() {
        given().when().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"))
                .body(containsString("Database connections health check"));
    }

    @Test
    void shouldExposePrometheusMetrics() {
        given().when().get("/q/metrics").then().statusCode(200).body(containsString("netra_outbox_published_total"));
    }
}
