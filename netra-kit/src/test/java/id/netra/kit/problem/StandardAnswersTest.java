package id.netra.kit.problem;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.junit.jupiter.api.Test;

class StandardAnswersTest {

    @Test
    void shouldMarkAPublicOperationAndGiveAProtectedOneItsProblemAnswersKeepingItsOwn() {
        Operation open = OASFactory.createOperation().responses(OASFactory.createAPIResponses()
                .addAPIResponse("201", OASFactory.createAPIResponse().description("Accepted")));
        Operation guarded = OASFactory.createOperation()
                .security(List.of(OASFactory.createSecurityRequirement().addScheme("netra-oidc")))
                .responses(OASFactory.createAPIResponses()
                        .addAPIResponse("200", OASFactory.createAPIResponse().description("The case"))
                        // the framework's placeholder: no body
                        .addAPIResponse("403", OASFactory.createAPIResponse().description("Not Allowed")));
        Operation ownAnswer = OASFactory.createOperation()
                .security(List.of(OASFactory.createSecurityRequirement().addScheme("netra-oidc")))
                .responses(OASFactory.createAPIResponses().addAPIResponse("401", OASFactory.createAPIResponse()
                        .description("Token expired")
                        .content(OASFactory.createContent().addMediaType("application/problem+json",
                                OASFactory.createMediaType()))));
        OpenAPI document = OASFactory.createOpenAPI().paths(OASFactory.createPaths()
                .addPathItem("/public", OASFactory.createPathItem().POST(open))
                .addPathItem("/cases", OASFactory.createPathItem().GET(guarded))
                .addPathItem("/own", OASFactory.createPathItem().GET(ownAnswer)));

        new StandardAnswers().filterOpenAPI(document);

        assertThat(open.getSecurity()).isEmpty();
        assertThat(open.getResponses().getAPIResponses()).containsOnlyKeys("201");
        assertThat(guarded.getResponses().getAPIResponse("401").getDescription())
                .isEqualTo("No valid access token (UNAUTHENTICATED)");
        assertThat(guarded.getResponses().getAPIResponse("401").getContent().getMediaType(Problem.MEDIA_TYPE)
                .getSchema().getRef()).isEqualTo("#/components/schemas/Problem");
        assertThat(guarded.getResponses().getAPIResponse("403").getContent().getMediaType(Problem.MEDIA_TYPE))
                .isNotNull();
        // an operation that serves every signed-in role gets no 403 it cannot give
        assertThat(ownAnswer.getResponses().getAPIResponse("403")).isNull();
        assertThat(ownAnswer.getResponses().getAPIResponse("401").getDescription()).isEqualTo("Token expired");
        assertThat(document.getInfo().getLicense().getIdentifier()).isEqualTo(StandardAnswers.LICENSE);
        assertThat(document.getServers()).singleElement().satisfies(server -> {
            assertThat(server.getUrl()).isEqualTo("{origin}");
            assertThat(server.getVariables().get("origin").getDefaultValue()).startsWith("http://localhost:");
        });
    }
}
