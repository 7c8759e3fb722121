package id.netra.sanction.rules;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.quarkus.security.Authenticated;
import io.smallrye.common.annotation.NonBlocking;

import id.netra.kit.problem.Problem;

/** The rules in force, for anyone signed in. */
@Path("/api/v1/rules")
@Authenticated
@Tag(name = "Rules", description = "The violation catalogue and sanction ladder the recommendations come from")
@SecurityRequirement(name = "netra-oidc")
public class RulesResource {

    private final RulesView rules;

    public RulesResource(SanctionRules rules) {
        // the rules are fixed for the life of the process: build the answer once
        this.rules = RulesView.of(rules);
    }

    @GET
    @NonBlocking
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The violation catalogue, sanction ladder, stage pairs and elections in force, with their version")
    @APIResponse(responseCode = "200", description = "The rules in force", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RulesView.class)))
    @APIResponse(responseCode = "401", description = "No valid access token", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public RulesView rules() {
        return rules;
    }
}
