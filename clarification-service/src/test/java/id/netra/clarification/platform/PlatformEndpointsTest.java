package id.netra.clarification.platform;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.notNullValue;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class PlatformEndpointsTest {

    @Test
    void shouldDescribeEveryOperationWithEveryStatusItReturns() {
        String base = "paths.'/api/v1/clarifications/{caseNumber}";
        given().queryParam("format", "json").get("/q/openapi")
                .then().statusCode(200)
                .body("info.title", equalTo("Netra clarification-service"))
                .body("paths.keySet()", hasItems("/api/v1/clarifications", "/api/v1/clarifications/{caseNumber}",
                        "/api/v1/clarifications/{caseNumber}/audit", "/api/v1/clarifications/{caseNumber}/assignment",
                        "/api/v1/clarifications/{caseNumber}/schedule", "/api/v1/clarifications/{caseNumber}/attendance",
                        "/api/v1/clarifications/{caseNumber}/statements",
                        "/api/v1/clarifications/{caseNumber}/evidence/{evidenceId}/reviews",
                        "/api/v1/clarifications/{caseNumber}/notes", "/api/v1/clarifications/{caseNumber}/conclusion",
                        "/api/v1/clarifications/{caseNumber}/conclusion/corrections"))
                .body("paths.'/api/v1/clarifications'.get.responses.keySet()", hasItems("200", "400", "401", "403"))
                .body("paths.'/api/v1/clarifications'.get.parameters.name",
                        hasItems("status", "overdue", "assignee", "after", "limit"))
                .body("paths.'/api/v1/clarifications'.get.parameters.find { it.name == 'limit' }.schema.maximum",
                        equalTo(200))
                .body(base + "'.get.responses.keySet()", hasItems("200", "401", "403", "404"))
                .body(base + "/audit'.get.responses.keySet()", hasItems("200", "401", "403", "404"))
                .body(base + "/assignment'.post.responses.keySet()", hasItems("200", "400", "401", "403", "404", "409"))
                .body(base + "/schedule'.post.responses.keySet()", hasItems("200", "400", "401", "403", "404", "409"))
                .body(base + "/attendance'.post.responses.keySet()", hasItems("200", "400", "401", "403", "404", "409"))
                .body(base + "/statements'.post.responses.keySet()", hasItems("201", "400", "401", "403", "404", "409"))
                .body(base + "/evidence/{evidenceId}/reviews'.post.responses.keySet()",
                        hasItems("201", "400", "401", "403", "404"))
                .body(base + "/notes'.post.responses.keySet()", hasItems("201", "400", "401", "403", "404"))
                .body(base + "/conclusion'.post.responses.keySet()", hasItems("200", "400", "401", "403", "404", "409"))
                .body(base + "/conclusion/corrections'.post.responses.keySet()",
                        hasItems("200", "400", "401", "403", "404", "409", "422"))
                .body(base + "/conclusion'.post.responses.'409'.content.keySet()", hasItems("application/problem+json"))
                .body(base + "/statements'.post.responses.'404'.content.keySet()", hasItems("application/problem+json"))
                .body(base + "/assignment'.post.security[0].keySet()", hasItems("netra-oidc"))
                .body(base + "/conclusion'.post.summary", notNullValue())
                .body(base + "/conclusion'.post.tags", hasItems("Clarifications"))
                // field constraints reach the document
                .body("components.schemas.AssignmentRequest.required", hasItems("assignee"))
                .body("components.schemas.AssignmentRequest.properties.assignee.maxLength", equalTo(100))
                .body("components.schemas.EvidenceReviewRequest.properties.sha256.pattern", notNullValue())
                .body("components.schemas.NoteRequest.properties.text.maxLength", equalTo(20000))
                .body("components.schemas.CorrectionRequest.required", hasItems("outcome", "reason", "correctionReason"))
                .body("components.schemas.NotProvenReason.enum", hasItems("INSUFFICIENT_EVIDENCE", "OTHER"))
                .body("components.schemas.PositionCategory.enum", hasItems("JPT", "CAMAT", "LURAH", "OTHER"));
    }

    @Test
    void shouldBeReady() {
        given().get("/q/health/ready")
                .then().statusCode(200)
                .body("status", equalTo("UP"));
    }
}
