package id.netra.clarification.platform;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class PlatformEndpointsTest {

    @Test
    void shouldDescribeTheFiveOperationsWithEveryStatusTheyReturn() {
        given().queryParam("format", "json").get("/q/openapi")
                .then().statusCode(200)
                .body("info.title", equalTo("Netra clarification-service"))
                .body("paths.keySet()", hasItems("/api/v1/clarifications", "/api/v1/clarifications/{caseNumber}",
                        "/api/v1/clarifications/{caseNumber}/conclusion", "/api/v1/clarifications/{caseNumber}/schedule",
                        "/api/v1/clarifications/{caseNumber}/statements"))
                .body("paths.'/api/v1/clarifications/{caseNumber}/schedule'.post.responses.keySet()",
                        hasItems("200", "400", "401", "403", "404", "409"))
                .body("paths.'/api/v1/clarifications/{caseNumber}/statements'.post.responses.keySet()",
                        hasItems("201", "400", "401", "403", "404", "409"))
                .body("paths.'/api/v1/clarifications/{caseNumber}/statements'.post.responses.'404'.content.keySet()",
                        hasItems("application/problem+json"))
                .body("paths.'/api/v1/clarifications'.get.responses.keySet()", hasItems("200", "400", "401", "403"))
                .body("paths.'/api/v1/clarifications/{caseNumber}'.get.responses.keySet()",
                        hasItems("200", "401", "403", "404"))
                .body("paths.'/api/v1/clarifications/{caseNumber}/conclusion'.post.responses.keySet()",
                        hasItems("200", "400", "401", "403", "404", "409"))
                .body("paths.'/api/v1/clarifications/{caseNumber}/conclusion'.post.responses.'409'.content.keySet()",
                        hasItems("application/problem+json"));
    }

    @Test
    void shouldBeReady() {
        given().get("/q/health/ready")
                .then().statusCode(200)
                .body("status", equalTo("UP"));
    }
}
