package id.netra.intake.report;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.quarkus.security.Authenticated;
import io.smallrye.mutiny.Uni;

import id.netra.kit.problem.Problem;
import id.netra.kit.security.Roles;

/** Reports from partner systems and Bawaslu. */
@Path("/api/v1/reports")
@Authenticated
@Tag(name = "Reports")
@SecurityRequirement(name = "netra-oidc")
@Produces(MediaType.APPLICATION_JSON)
public class ReportResource {

    private final ReportService service;

    public ReportResource(ReportService service) {
        this.service = service;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.PARTNER, Roles.BAWASLU })
    @Operation(summary = "Submit a report", description = "Files the report into a case and answers with the case "
            + "number and the reporter's tracking code. A retry with the same Idempotency-Key and body returns the "
            + "first answer and stores nothing new.")
    @APIResponse(responseCode = "201", description = "Report filed", content = @Content(schema = @Schema(implementation = ReportReceipt.class)))
    @APIResponse(responseCode = "400", description = "Invalid report; one entry per field", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = "No valid token", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Role may not submit", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "415", description = "Body is not JSON", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "Idempotency-Key reused with another body", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<Response> submit(
            @Parameter(description = "makes retries safe: the same key and body give the first answer", schema = @Schema(type = SchemaType.STRING, maxLength = 100)) @HeaderParam("Idempotency-Key") @Pattern(regexp = "[A-Za-z0-9._:-]{1,100}", message = "{netra.validation.IDEMPOTENCY_KEY_FORMAT}") String idempotencyKey,
            ReportRequest request) {
        return service.submit(request, idempotencyKey)
                .map(receipt -> Response.status(Response.Status.CREATED).entity(receipt).build());
    }
}
