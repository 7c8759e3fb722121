package id.netra.intake.evidence;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

@QuarkusTest
class ApiDocumentTest {

    @Test
    void shouldDocumentEveryStatusOfTheEvidenceIdentityAndAuditOperations() {
        JsonPath document = given().queryParam("format", "json").when().get("/q/openapi").then().statusCode(200)
                .extract().jsonPath();
        Map<String, List<String>> expected = Map.of(
                "'/api/v1/reports/{reportId}/evidence'.post", List.of("201", "400", "401", "403", "404", "413", "415"),
                "'/api/v1/reports/{reportId}/evidence'.get", List.of("200", "400", "401", "403", "404"),
                "'/api/v1/reports/{reportId}/evidence/{evidenceId}/verification'.get",
                List.of("200", "400", "401", "403", "404"),
                "'/api/v1/reports/{reportId}/evidence/{evidenceId}/content'.get",
                List.of("200", "400", "401", "403", "404", "409"),
                "'/api/v1/reports/{reportId}/reporter'.get", List.of("200", "400", "401", "403", "404"),
                "'/api/v1/audit/identity-views'.get", List.of("200", "400", "401", "403"));
        expected.forEach((operation, statuses) -> {
            Map<String, Object> responses = document.getMap("paths." + operation + ".responses");
            assertThat(responses).as(operation).containsOnlyKeys(statuses);
            assertThat(document.getString("paths." + operation + ".summary")).as(operation).isNotBlank();
            assertThat(document.getList("paths." + operation + ".security")).as(operation).isNotEmpty();
        });
        assertThat(document.getString("paths.'/api/v1/reports/{reportId}/evidence'.post.requestBody.content."
                + "'multipart/form-data'.schema.'$ref'")).endsWith("EvidenceUpload");
        assertThat(document.getString("components.schemas.EvidenceUpload.properties.file.format")).isEqualTo("binary");
        assertThat(document.getList("paths.'/api/v1/reports/{reportId}/reporter'.get.parameters.name"))
                .contains("reason");
        assertThat(document.getMap("paths")).doesNotContainKey("/api/v1/public/rate-limit-probe");
        // what the admission filter answers before any resource runs is documented on every operation
        assertThat(document.getMap("paths.'/api/v1/tracking/{trackingCode}'.get.responses")).containsKey("400");
        assertThat(document.getMap("paths.'/api/v1/reports'.post.responses")).containsKeys("400", "413");
    }
}
