package id.netra.clarification.clarification;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.ResponseStatus;

import io.quarkus.security.Authenticated;
import io.smallrye.mutiny.Uni;

import id.netra.kit.problem.Problem;
import id.netra.kit.security.Roles;

/** The clarifications API of the Inspektorat, scoped to the caller's region. */
@Path("/api/v1/clarifications")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Clarifications", description = "The Inspektorat's clarification of registered cases")
@SecurityRequirement(name = "netra-oidc")
public class ClarificationResource {

    private final ClarificationService service;

    public ClarificationResource(ClarificationService service) {
        this.service = service;
    }

    @GET
    @RolesAllowed({ Roles.INSPEKTORAT, Roles.BKN, Roles.ADMIN, Roles.AUDITOR })
    @Operation(summary = "List the clarifications of the caller's region", description = "National roles see every region; a province also sees its kabupaten/kota. Ordered by case number, paged with 'after'.")
    @APIResponse(responseCode = "200", description = "One page of clarifications", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ClarificationPage.class)))
    @APIResponse(responseCode = "400", description = "Invalid query parameter", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = "No valid access token", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "The caller's role may not read clarifications", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<ClarificationPage> list(
            @Parameter(description = "only clarifications in this status", schema = @Schema(type = SchemaType.STRING, enumeration = {
                    "OPEN", "CONCLUDED" })) @QueryParam("status") @Pattern(regexp = "OPEN|CONCLUDED") String status,
            @Parameter(description = "true: only open ones past their due date; false: only the others") @QueryParam("overdue") Boolean overdue,
            @Parameter(description = "the 'next' of the previous page", example = "64.71-2024-000007") @QueryParam("after") @Size(max = 40) String after,
            @Parameter(description = "page size, 1 to 200") @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(200) int limit) {
        return service.list(status == null ? null : ClarificationStatus.valueOf(status), overdue, after, limit);
    }

    @GET
    @Path("/{caseNumber}")
    @RolesAllowed({ Roles.INSPEKTORAT, Roles.BKN, Roles.ADMIN, Roles.AUDITOR })
    @Operation(summary = "Get the clarification of a case", description = "With its schedule history (the last one in force) and the statements heard.")
    @APIResponse(responseCode = "200", description = "The clarification", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ClarificationView.class)))
    @APIResponse(responseCode = "401", description = "No valid access token", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "The caller's role may not read clarifications", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such case in the caller's region (CASE_NOT_FOUND)", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<ClarificationView> get(
            @Parameter(description = "the case number", example = "64.71-2024-000007") @PathParam("caseNumber") String caseNumber) {
        return service.find(caseNumber);
    }

    @POST
    @Path("/{caseNumber}/schedule")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.INSPEKTORAT)
    @Operation(summary = "Summon the accused to the clarification hearing, or move the summons", description = "The time is the wall-clock time of the case's region (WIB, WITA or WIT) and must be in the future. Every schedule is kept; the last one is in force, and replacing one needs a reason. Publishes clarification.scheduled (without place or letter number).")
    @APIResponse(responseCode = "200", description = "Scheduled; the clarification with its schedule history", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ClarificationView.class)))
    @APIResponse(responseCode = "400", description = "Invalid schedule: a field missing or too long, a time not in the future (SCHEDULED_AT_NOT_IN_FUTURE), a reschedule without reason (RESCHEDULE_REASON_REQUIRED)", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = "No valid access token", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Only the Inspektorat schedules", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such case in the caller's region (CASE_NOT_FOUND)", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "The clarification is concluded (CLARIFICATION_CLOSED)", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<ClarificationView> schedule(
            @Parameter(description = "the case number", example = "64.71-2024-000007") @PathParam("caseNumber") String caseNumber,
            @Valid @NotNull ScheduleRequest request) {
        return service.schedule(caseNumber, request);
    }

    @POST
    @Path("/{caseNumber}/statements")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.INSPEKTORAT)
    @ResponseStatus(201)
    @Operation(summary = "Record a statement of the accused, a witness or the reporter", description = "The statement is shown only with the clarification; no event carries its text or the names.")
    @APIResponse(responseCode = "201", description = "Recorded; the statement's id", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = StatementCreated.class)))
    @APIResponse(responseCode = "400", description = "Invalid statement: a field missing or too long, an unknown role, a time in the future (STATED_AT_IN_FUTURE)", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = "No valid access token", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Only the Inspektorat records statements", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such case in the caller's region (CASE_NOT_FOUND)", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "The clarification is concluded (CLARIFICATION_CLOSED)", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<StatementCreated> recordStatement(
            @Parameter(description = "the case number", example = "64.71-2024-000007") @PathParam("caseNumber") String caseNumber,
            @Valid @NotNull StatementRequest request) {
        return service.recordStatement(caseNumber, request);
    }

    @POST
    @Path("/{caseNumber}/conclusion")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.INSPEKTORAT)
    @Operation(summary = "Conclude the clarification of a case: PROVEN or NOT_PROVEN", description = "PROVEN needs violation codes of the catalogue and the date of the act (not in the future); NOT_PROVEN needs the reason. Publishes clarification.concluded.")
    @APIResponse(responseCode = "200", description = "Concluded", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ClarificationView.class)))
    @APIResponse(responseCode = "400", description = "Invalid or incomplete conclusion (VALIDATION_FAILED, with the fields)", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = "No valid access token", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Only the Inspektorat concludes", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such case in the caller's region (CASE_NOT_FOUND)", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Already concluded (CLARIFICATION_ALREADY_CONCLUDED)", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<ClarificationView> conclude(
            @Parameter(description = "the case number", example = "64.71-2024-000007") @PathParam("caseNumber") String caseNumber,
            @Valid @NotNull ConclusionRequest request) {
        return service.conclude(caseNumber, request);
    }
}
