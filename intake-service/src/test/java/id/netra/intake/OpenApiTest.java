package id.netra.intake;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

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
                .body(containsString("application/problem+json"))
                .body("components.securitySchemes.netra-oidc.type", equalTo("openIdConnect"));
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
