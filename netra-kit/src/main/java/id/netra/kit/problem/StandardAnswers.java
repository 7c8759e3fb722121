package id.netra.kit.problem;

import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

import io.quarkus.smallrye.openapi.OpenApiFilter;

/**
 * The answers every service gives the same way, documented once for all operations instead of on each: a protected
 * operation answers 401 without a valid token and, where it serves some roles only, 403 to the others, both as
 * problems (the framework's own placeholders for these carry no body); a public one
 * says so with an empty {@code security}, which generators and linters read as "no token" rather than "not
 * documented". An operation's own, more specific 401 or 403 is kept. The licence is named by an SPDX reference, since
 * a proprietary licence has no public address, and the server by a variable whose default is the local run's address.
 */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class StandardAnswers implements OASFilter {

    /** The SPDX form of a licence that is not on SPDX's list. */
    static final String LICENSE = "LicenseRef-Netra-Proprietary";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getInfo() == null) {
            openAPI.setInfo(OASFactory.createInfo());
        }
        openAPI.getInfo().setLicense(OASFactory.createLicense().name("Proprietary").identifier(LICENSE));
        int port = ConfigProvider.getConfig().getOptionalValue("quarkus.http.port", Integer.class).orElse(8080);
        openAPI.setServers(List.of(OASFactory.createServer().url("{origin}")
                .description("Where the service answers: a deployment's own address, or the local run's")
                .variables(Map.of("origin", OASFactory.createServerVariable().defaultValue("http://localhost:" + port)
                        .description("scheme, host and port, without a trailing slash")))));
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        openAPI.getPaths().getPathItems().values()
                .forEach(item -> item.getOperations().values().forEach(StandardAnswers::answer));
    }

    private static void answer(Operation operation) {
        APIResponses responses = operation.getResponses();
        if (responses == null) {
            return;
        }
        if (operation.getSecurity() == null || operation.getSecurity().isEmpty()) {
            operation.setSecurity(List.of());
            return;
        }
        if (isBare(responses.getAPIResponse("401"))) {
            responses.addAPIResponse("401", problem("No valid access token (UNAUTHENTICATED)"));
        }
        APIResponse forbidden = responses.getAPIResponse("403");
        if (forbidden != null && isBare(forbidden)) {
            responses.addAPIResponse("403", problem("The caller's role may not do this (FORBIDDEN)"));
        }
    }

    /** Absent, or only the framework's own placeholder without a body. */
    private static boolean isBare(APIResponse response) {
        return response == null || response.getContent() == null || response.getContent().getMediaTypes() == null
                || response.getContent().getMediaTypes().isEmpty();
    }

    private static APIResponse problem(String description) {
        return OASFactory.createAPIResponse().description(description)
                .content(OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE, OASFactory.createMediaType()
                        .schema(OASFactory.createSchema().ref("#/components/schemas/Problem"))));
    }
}
