package id.netra.intake.identity;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
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

/** A report's reporter identity, decrypted for the roles that need it; every answer is audited. */
@Path("/api/v1/reports/{reportId}/reporter")
@Authenticated
@Tag(name = "Reporter identity", description = "A report's reporter identity, for the roles that need it; every answer is audited")
@SecurityRequirement(name = "netra-oidc")
@Produces(MediaType.APPLICATION_JSON)
public class ReporterIdentityResource {

    /** Printable text only: a reason goes into the audit trail and is read by people. */
    static final String REASON = "[^\\p{Cc}\\p{Cf}]+";

    static final String IDENTITY_EXAMPLE = """
            {"reportId":"01a205ed-01d8-74ad-aa12-f642311fe747","caseNumber":"64.71-2024-000001",
             "reporterRef":"rep-3f2a9c1d0b7e6a5f4c3b2a19","confidential":true,
             "identity":{"name":"Siti Aminah","nik":"6471054505900001","placeOfBirth":"Balikpapan",
                         "dateOfBirth":"1990-05-05","gender":"FEMALE","occupation":"Guru",
                         "address":"Jl. Sudirman 1, Balikpapan","phone":"081234567890","email":"siti@example.org",
                         "confidential":true},
             "auditId":"01a205ee-1b2c-7d3e-8f40-5a6b7c8d9e0f"}""";

    private final ReporterIdentityService service;

    public ReporterIdentityResource(ReporterIdentityService service) {
        this.service = service;
    }

    @GET
    @RolesAllowed({ Roles.BAWASLU, Roles.INSPEKTORAT, Roles.ADMIN })
    @Operation(operationId = "revealReporter", summary = "Open the identity of a report's reporter", description = "For the Bawaslu of the case's "
            + "region and admins; the region's Inspektorat only if the reporter is not confidential; PPK, BKN, "
            + "auditors and partners never. Each answer writes an audit record (who, when, which report and case, "
            + "the reason given) in the same transaction.")
    @APIResponse(responseCode = "200", description = "The identity; the view is audited", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ReporterIdentity.class), examples = @ExampleObject(name = "a confidential reporter", value = IDENTITY_EXAMPLE)))
    @APIResponse(responseCode = "400", description = "No reason, or a reason too short, too long or with control characters", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Role may not open identities, or the reporter is confidential (IDENTITY_CONFIDENTIAL)", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such report in the caller's region", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<ReporterIdentity> reveal(@PathParam("reportId") UUID reportId,
            @Parameter(description = "why the identity is needed; kept in the audit trail", required = true, schema = @Schema(type = SchemaType.STRING, minLength = 5, maxLength = 500)) @QueryParam("reason") @NotBlank @Size(min = 5, max = 500) @Pattern(regexp = REASON) String reason) {
        return service.reveal(reportId, reason);
    }
}
