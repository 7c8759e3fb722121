package id.netra.sanction;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.notNullValue;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class PlatformTest {

    @Test
    void shouldDescribeEveryPathInTheOpenApiDocument() {
        given().queryParam("format", "json").get("/q/openapi")
                .then().statusCode(200)
                .body("paths", hasKey("/api/v1/recommendations"))
                .body("paths", hasKey("/api/v1/recommendations/{caseNumber}"))
                .body("paths", hasKey("/api/v1/rules"))
                .body("paths", hasKey("/api/v1/recommendations/{caseNumber}/level"))
                .body("paths", hasKey("/api/v1/statistics"))
                .body("paths", hasKey("/api/v1/blocks"))
                .body("paths.'/api/v1/statistics'.get.responses.'200'.content", hasKey("text/csv"))
                .body("paths.'/api/v1/recommendations/{caseNumber}'.get.responses.'404'.content.'application/problem+json'",
                        notNullValue())
                .body("components.securitySchemes", hasKey("netra-oidc"))
                .body("components.schemas", hasKey("Problem"));
    }

    @Test
    void shouldBeReady() {
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().get("/q/health/ready")
                .then().statusCode(200).body("status", equalTo("UP")));
    }
}
