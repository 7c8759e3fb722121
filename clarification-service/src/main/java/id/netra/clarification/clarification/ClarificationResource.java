package id.netra.clarification.clarification;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
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
import id.netra.kit.problem.QueryParameters;
import id.netra.kit.security.Roles;

/** The clarifications API of the Inspektorat, scoped to the caller's region; the national roles and pemda only read. */
@Path("/api/v1/clarifications")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Clarifications", description = "The Inspektorat's clarification of registered cases")
@SecurityRequirement(name = "netra-oidc")
public class ClarificationResource {

    // a path parameter that is not a UUID would be a bare 404 if converted by JAX-RS, so it is checked by pattern
    private static final String UUID_PATTERN = "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}";
    private static final int DEFAULT_LIMIT = 50;
    private static final int MAX_LIMIT = 200;
    private static final java.util.regex.Pattern ASSIGNEE = java.util.regex.Pattern
            .compile("me|" + AssignmentRequest.ACCOUNT);
    private static final java.util.regex.Pattern CASE_NUMBER = java.util.regex.Pattern
            .compile("[0-9]{2}(\\.[0-9]{2})?-[0-9]{4}-[0-9]{6}");

    private final ClarificationService service;
    private final HearingService hearing;
    private final ConclusionService conclusions;

    public ClarificationResource(ClarificationService service, HearingService hearing,
            ConclusionService conclusions) {
        this.service = service;
        this.hearing = hearing;
        this.conclusions = conclusions;
    }

    @GET
    @RolesAllowed({ Roles.INSPEKTORAT, Roles.BKN, Roles.ADMIN, Roles.AUDITOR, Roles.PEMDA })
    @Operation(operationId = "listClarifications", summary = "List the clarifications of the caller's region", description = "National roles see every region; the region's Inspektorat and its regional government's system (pemda, read only) see their region, a province also its kabupaten/kota. Filter by status, overdue (open and past the due day) and assignee ('me' is the caller's own inbox). Ordered by case number, paged with 'after'.")
    @APIResponse(responseCode = "200", description = "One page of clarifications", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ClarificationPage.class)))
    @APIResponse(responseCode = "400", description = "Invalid query parameter (VALIDATION_FAILED, one error per parameter: INVALID_VALUE (status), INVALID_BOOLEAN, ACCOUNT_NAME, INVALID_CURSOR, LIMIT_RANGE)", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "The caller's role may not read clarifications (FORBIDDEN): only inspektorat, bkn, admin, auditor and pemda read them", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<ClarificationPage> list(
            @Parameter(description = "only clarifications in this status", schema = @Schema(type = SchemaType.STRING, enumeration = {
                    "OPEN", "CONCLUDED" })) @QueryParam("status") String status,
            @Parameter(description = "true: only open ones past their due day; false: only the others", schema = @Schema(type = SchemaType.BOOLEAN)) @QueryParam("overdue") String overdue,
            @Parameter(description = "only those assigned to this officer; 'me' for the caller's own inbox", example = "me", schema = @Schema(type = SchemaType.STRING, pattern = "^(me|[a-z0-9][a-z0-9._@-]{0,99})$")) @QueryParam("assignee") String assignee,
            @Parameter(description = "the 'next' of the previous page", example = "64.71-2024-000007", schema = @Schema(type = SchemaType.STRING, pattern = "^[0-9]{2}(\\.[0-9]{2})?-[0-9]{4}-[0-9]{6}$")) @QueryParam("after") String after,
            @Parameter(description = "page size, 1 to 200", schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "200", defaultValue = "50")) @QueryParam("limit") String limit) {
        QueryParameters query = new QueryParameters();
        ClarificationStatus parsedStatus = query.enumValue("status", status, ClarificationStatus.class);
        Boolean parsedOverdue = query.bool("overdue", overdue);
        String parsedAssignee = query.matching("assignee", assignee, ASSIGNEE, "ACCOUNT_NAME");
        String parsedAfter = query.cursor("after", after, CASE_NUMBER);
        int parsedLimit = query.limit(limit, DEFAULT_LIMIT, MAX_LIMIT);
        query.requireValid();
        return service.list(parsedStatus, parsedOverdue, parsedAssignee, parsedAfter, parsedLimit);
    }

    @GET
    @Path("/{caseNumber}")
    @RolesAllowed({ Roles.INSPEKTORAT, Roles.BKN, Roles.ADMIN, Roles.AUDITOR, Roles.PEMDA })
    @Operation(operationId = "getClarification", summary = "Get the clarification of a case", description = "With its summons history (the last one in force) and attendance, the statements heard, the evidence with its reviews, the internal notes and the conclusion with its corrections.")
    @APIResponse(responseCode = "200", description = "The clarification", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ClarificationView.class)))
    @APIResponse(responseCode = "403", description = "The caller's role may not read clarifications (FORBIDDEN): only inspektorat, bkn, admin, auditor and pemda read them", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such case in the caller's region (CASE_NOT_FOUND): another region cannot tell the two apart", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<ClarificationView> get(
            @Parameter(description = "the case number", example = "64.71-2024-000007") @PathParam("caseNumber") String caseNumber) {
        return service.find(caseNumber);
    }

    @GET
    @Path("/{caseNumber}/audit")
    @RolesAllowed({ Roles.AUDITOR, Roles.ADMIN })
    @Operation(operationId = "listClarificationAudit", summary = "The audit trail of a case's clarification", description = "Every change, oldest first: who, when, what. For auditor and admin only.")
    @APIResponse(responseCode = "200", description = "The audit trail", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AuditView.class)))
    @APIResponse(responseCode = "403", description = "Only auditor and admin read the audit trail (FORBIDDEN)", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such case in the caller's region (CASE_NOT_FOUND): another region cannot tell the two apart", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<AuditView> audit(
            @Parameter(description = "the case number", example = "64.71-2024-000007") @PathParam("caseNumber") String caseNumber) {
        return service.audit(caseNumber);
    }

    @POST
    @Path("/{caseNumber}/assignment")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.INSPEKTORAT)
    @Operation(operationId = "assignClarification", summary = "Assign the clarification to a named officer, or reassign it", description = "Any inspectorate account of the case's region (a province's for its kabupaten/kota) may assign; a reassignment needs a reason. Publishes clarification.assigned with the previous officer.")
    @APIResponse(responseCode = "200", description = "Assigned; the clarification", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ClarificationView.class)))
    @APIResponse(responseCode = "400", description = "Invalid assignment: assignee missing or not an account name (ACCOUNT_NAME), reassignment without reason (REASSIGNMENT_REASON_REQUIRED)", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Only the Inspektorat assigns (FORBIDDEN)", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such case in the caller's region (CASE_NOT_FOUND): another region cannot tell the two apart", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "The clarification is concluded (CLARIFICATION_CLOSED)", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<ClarificationView> assign(
            @Parameter(description = "the case number", example = "64.71-2024-000007") @PathParam("caseNumber") String caseNumber,
            @Valid @NotNull AssignmentRequest request) {
        return service.assign(caseNumber, request);
    }

    @POST
    @Path("/{caseNumber}/schedule")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.INSPEKTORAT)
    @Operation(operationId = "scheduleHearing", summary = "Summon the accused to the clarification hearing, or move the summons", description = "The time is the wall-clock time of the case's region (WIB, WITA or WIT) and must be in the future. Every schedule is kept; the last one is in force, and replacing one needs a reason. Publishes clarification.scheduled (without place or letter number), and for a move also clarification.rescheduled (without the reason).")
    @APIResponse(responseCode = "200", description = "Scheduled; the clarification with its schedule history", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ClarificationView.class)))
    @APIResponse(responseCode = "400", description = "Invalid schedule: a field missing or too long, a time not in the future (SCHEDULED_AT_NOT_IN_FUTURE), a reschedule without reason (RESCHEDULE_REASON_REQUIRED)", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Only the Inspektorat schedules (FORBIDDEN)", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such case in the caller's region (CASE_NOT_FOUND): another region cannot tell the two apart", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "The clarification is concluded (CLARIFICATION_CLOSED)", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<ClarificationView> schedule(
            @Parameter(description = "the case number", example = "64.71-2024-000007") @PathParam("caseNumber") String caseNumber,
            @Valid @NotNull ScheduleRequest request) {
        return hearing.schedule(caseNumber, request);
    }

    @POST
    @Path("/{caseNumber}/attendance")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.INSPEKTORAT)
    @Operation(operationId = "recordAttendance", summary = "Record whether the accused came to the hearing in force", description = "Once per summons, after its time. A no-show is followed by a new summons (a reschedule). Publishes clarification.attendance_recorded without the note.")
    @APIResponse(responseCode = "200", description = "Recorded; the clarification", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ClarificationView.class)))
    @APIResponse(responseCode = "400", description = "Invalid attendance: missing or unknown value (BODY_UNREADABLE), note too long", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Only the Inspektorat records attendance (FORBIDDEN)", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such case in the caller's region (CASE_NOT_FOUND): another region cannot tell the two apart", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Concluded (CLARIFICATION_CLOSED), nothing scheduled (NO_HEARING_SCHEDULED), the hearing's time not yet come (HEARING_NOT_YET_HELD), or already recorded for this summons (ATTENDANCE_ALREADY_RECORDED)", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<ClarificationView> recordAttendance(
            @Parameter(description = "the case number", example = "64.71-2024-000007") @PathParam("caseNumber") String caseNumber,
            @Valid @NotNull AttendanceRequest request) {
        return hearing.recordAttendance(caseNumber, request);
    }

    @POST
    @Path("/{caseNumber}/statements")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.INSPEKTORAT)
    @ResponseStatus(201)
    @Operation(operationId = "recordStatement", summary = "Record a statement of the accused, a witness or the reporter", description = "Publishes clarification.statement_recorded with the role and time only: no name, no text.")
    @APIResponse(responseCode = "201", description = "Recorded; the statement's id", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = StatementCreated.class)))
    @APIResponse(responseCode = "400", description = "Invalid statement: a field missing or too long, an unknown role, a time in the future (STATED_AT_IN_FUTURE)", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Only the Inspektorat records statements (FORBIDDEN)", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such case in the caller's region (CASE_NOT_FOUND): another region cannot tell the two apart", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "The clarification is concluded (CLARIFICATION_CLOSED)", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<StatementCreated> recordStatement(
            @Parameter(description = "the case number", example = "64.71-2024-000007") @PathParam("caseNumber") String caseNumber,
            @Valid @NotNull StatementRequest request) {
        return hearing.recordStatement(caseNumber, request);
    }

    @POST
    @Path("/{caseNumber}/evidence/{evidenceId}/reviews")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.INSPEKTORAT)
    @ResponseStatus(201)
    @Operation(operationId = "reviewEvidence", summary = "Record a review of an evidence file of the case", description = "By reference: the officer gives the SHA-256 of the file seen; hashMatches says whether it is the file intake received. Publishes clarification.evidence_reviewed without the note.")
    @APIResponse(responseCode = "201", description = "Recorded; the review", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ClarificationView.ReviewView.class)))
    @APIResponse(responseCode = "400", description = "Invalid review: evidence id not a UUID (UUID_FORMAT), SHA-256 missing or not 64 hex digits (SHA256_FORMAT), note too long", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Only the Inspektorat reviews evidence (FORBIDDEN)", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such case in the caller's region (CASE_NOT_FOUND), or no such evidence file of the case (EVIDENCE_NOT_FOUND)", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<ClarificationView.ReviewView> reviewEvidence(
            @Parameter(description = "the case number", example = "64.71-2024-000007") @PathParam("caseNumber") String caseNumber,
            @Parameter(description = "the evidenceId of intake's evidence.attached event", schema = @Schema(type = SchemaType.STRING, format = "uuid")) @PathParam("evidenceId") @Pattern(regexp = UUID_PATTERN, message = "{netra.validation.UUID_FORMAT}") String evidenceId,
            @Valid @NotNull EvidenceReviewRequest request) {
        return hearing.reviewEvidence(caseNumber, UUID.fromString(evidenceId), request);
    }

    @POST
    @Path("/{caseNumber}/notes")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.INSPEKTORAT)
    @ResponseStatus(201)
    @Operation(operationId = "addNote", summary = "Keep an internal note", description = "Internal to the inspectorate: no event carries it and the reporter never sees it. Allowed after the conclusion too.")
    @APIResponse(responseCode = "201", description = "Kept; the note", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ClarificationView.NoteView.class)))
    @APIResponse(responseCode = "400", description = "Invalid note: text missing or too long", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Only the Inspektorat keeps notes (FORBIDDEN)", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such case in the caller's region (CASE_NOT_FOUND): another region cannot tell the two apart", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<ClarificationView.NoteView> addNote(
            @Parameter(description = "the case number", example = "64.71-2024-000007") @PathParam("caseNumber") String caseNumber,
            @Valid @NotNull NoteRequest request) {
        return hearing.addNote(caseNumber, request);
    }

    @POST
    @Path("/{caseNumber}/conclusion")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.INSPEKTORAT)
    @Operation(operationId = "concludeClarification", summary = "Conclude the clarification of a case: PROVEN or NOT_PROVEN", description = "PROVEN needs violation codes of the catalogue, the date of the act (not in the future) and the accused's position category; the candidacy stage is derived from the act date and the election's candidate-setting date. NOT_PROVEN needs a reason code. Both need the reasoning. Final: change it by a correction. Publishes clarification.concluded.")
    @APIResponse(responseCode = "200", description = "Concluded", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ClarificationView.class)))
    @APIResponse(responseCode = "400", description = "Invalid or incomplete conclusion (VALIDATION_FAILED with the fields: VIOLATION_CODES_REQUIRED, UNKNOWN_VIOLATION_CODE, ACT_DATE_REQUIRED, ACT_DATE_IN_FUTURE, POSITION_CATEGORY_REQUIRED, REASON_CODE_REQUIRED, REASON_REQUIRED, ...)", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Only the Inspektorat concludes (FORBIDDEN)", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such case in the caller's region (CASE_NOT_FOUND): another region cannot tell the two apart", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Already concluded (CLARIFICATION_ALREADY_CONCLUDED)", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<ClarificationView> conclude(
            @Parameter(description = "the case number", example = "64.71-2024-000007") @PathParam("caseNumber") String caseNumber,
            @Valid @NotNull ConclusionRequest request) {
        return conclusions.conclude(caseNumber, request);
    }

    @POST
    @Path("/{caseNumber}/conclusion/corrections")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.INSPEKTORAT)
    @Operation(operationId = "correctConclusion", summary = "Correct a final conclusion", description = "The whole conclusion as it must now stand, with the reason for the correction. Records which facts changed from what to what, audits it, and publishes clarification.corrected.")
    @APIResponse(responseCode = "200", description = "Corrected; the clarification with its corrections", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ClarificationView.class)))
    @APIResponse(responseCode = "400", description = "Invalid conclusion or no correction reason (VALIDATION_FAILED, as for the conclusion, plus CORRECTION_REASON_REQUIRED)", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Only the Inspektorat corrects (FORBIDDEN)", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such case in the caller's region (CASE_NOT_FOUND): another region cannot tell the two apart", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Not concluded yet (CLARIFICATION_NOT_CONCLUDED)", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "The correction changes nothing (CORRECTION_CHANGES_NOTHING)", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<ClarificationView> correct(
            @Parameter(description = "the case number", example = "64.71-2024-000007") @PathParam("caseNumber") String caseNumber,
            @Valid @NotNull CorrectionRequest request) {
        return conclusions.correct(caseNumber, request);
    }
}
