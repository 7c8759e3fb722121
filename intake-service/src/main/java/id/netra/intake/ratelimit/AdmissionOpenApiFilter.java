package id.netra.intake.ratelimit;

import java.util.List;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

import io.quarkus.smallrye.openapi.OpenApiFilter;

import id.netra.kit.problem.Problem;

/**
 * Documents on every operation the answers the {@link AdmissionFilter} gives before any resource runs: 400 for
 * control characters in the address, 413 for a body over the limit, and on the public paths 429 with Retry-After.
 */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class AdmissionOpenApiFilter implements OASFilter {

    static final String PUBLIC_PATHS = "/api/v1/public/";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        openAPI.getPaths().getPathItems().forEach((path, item) -> item.getOperations().forEach((method, operation) -> {
            APIResponses responses = operation.getResponses();
            if (responses == null) {
                return;
            }
            if (!responses.hasAPIResponse("400")) {
                responses.addAPIResponse("400", problem("Control characters in the path or query (CONTROL_CHARACTERS)"));
            }
            if (operation.getRequestBody() != null && !responses.hasAPIResponse("413")) {
                responses.addAPIResponse("413", problem("Declared body larger than the limit (BODY_TOO_LARGE)"));
            }
            if (path.startsWith(PUBLIC_PATHS) && !responses.hasAPIResponse("429")) {
                responses.addAPIResponse("429", problem("Too many requests from the client's address (RATE_LIMITED)")
                        .addHeader("Retry-After", OASFactory.createHeader()
                                .description("seconds until the client may send again")
                                .schema(OASFactory.createSchema().type(List.of(Schema.SchemaType.INTEGER)))));
            }
        }));
    }

    private static APIResponse problem(String description) {
        return OASFactory.createAPIResponse().description(description)
                .content(OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE, OASFactory.createMediaType()
                        .schema(OASFactory.createSchema().ref("#/components/schemas/Problem"))));
    }
}
