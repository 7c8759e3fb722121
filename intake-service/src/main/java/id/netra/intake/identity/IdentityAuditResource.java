package id.netra.intake.identity;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.quarkus.security.Authenticated;
import io.smallrye.mutiny.Uni;

import id.netra.kit.problem.Problem;
import id.netra.kit.security.Roles;

/** The audit trail of reporter-identity views, for auditors and admins. */
@Path("/api/v1/audit/identity-views")
@Authenticated
@Tag(name = "Audit")
@SecurityRequirement(name = "netra-oidc")
@Produces(MediaType.APPLICATION_JSON)
public class IdentityAuditResource {

    static final String PAGE_EXAMPLE = """
            {"items":[{"id":"01a205ee-1b2c-7d3e-8f40-5a6b7c8d9e0f","viewedAt":"2024-10-04T01:20:00Z",
                       "viewedBy":"bawaslu.balikpapan","viewerRoles":["bawaslu"],"viewerRegion":"64.71",
                       "reportId":"01a205ed-01d8-74ad-aa12-f642311fe747","caseNumber":"64.71-2024-000001",
                       "confidential":true,"reason":"Menghubungi pelapor untuk melengkapi bukti"}],
             "next":null}""";

    private final ReporterIdentityService service;

    public IdentityAuditResource(ReporterIdentityService service) {
        this.service = service;
    }

    @GET
    @RolesAllowed({ Roles.AUDITOR, Roles.ADMIN })
    @Operation(summary = "Who was shown which reporter's identity, when and why", description = "Newest first, "
            + "keyset-paginated: pass the page's `next` as `after`. Never contains an identity.")
    @APIResponse(responseCode = "200", description = "A page of audit records", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = IdentityViewPage.class), examples = @ExampleObject(name = "one view", value = PAGE_EXAMPLE)))
    @APIResponse(responseCode = "400", description = "Invalid filter", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = "No valid token", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Only auditors and admins read the audit trail", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<IdentityViewPage> list(
            @Parameter(description = "only views of this case", example = "64.71-2024-000001") @QueryParam("caseNumber") @Pattern(regexp = "[0-9]{2}(\\.[0-9]{2})?-[0-9]{4}-[0-9]{6}", message = "{netra.validation.CASE_NUMBER_FORMAT}") String caseNumber,
            @Parameter(description = "only views by this account", example = "bawaslu.balikpapan") @QueryParam("viewedBy") @Size(max = 200) String viewedBy,
            @Parameter(description = "the `next` of the previous page") @QueryParam("after") UUID after,
            @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(200) int limit) {
        return service.audit(caseNumber, viewedBy, after, limit);
    }
}
