package id.netra.intake.review;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.quarkus.security.Authenticated;
import io.smallrye.mutiny.Uni;

import id.netra.kit.problem.Messages;
import id.netra.kit.problem.Problem;
import id.netra.kit.security.Roles;

/** The initial review (kajian awal) of a case by Bawaslu of its region. */
@Path("/api/v1/cases/{caseNumber}/review")
@Authenticated
@Tag(name = "Cases", description = "Cases in the caller's region: list, detail, timeline and Bawaslu's initial review")
@SecurityRequirement(name = "netra-oidc")
@Produces(MediaType.APPLICATION_JSON)
public class ReviewResource {

    private final ReviewService service;

    public ReviewResource(ReviewService service) {
        this.service = service;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.BAWASLU)
    @Operation(operationId = "reviewCase", summary = "Decide the initial review of a case", description = "By Bawaslu of the case's region (a "
            + "province covers its kabupaten/kota). REGISTER (from KAJIAN_AWAL) announces case.registered, which "
            + "opens the clarification; a lead without NIP cannot be registered. REJECT (from KAJIAN_AWAL or "
            + "PERLU_DILENGKAPI) needs a reason: TIDAK_DIREGISTRASI. ASK_COMPLETION (from KAJIAN_AWAL) needs what "
            + "is missing and a due day: PERLU_DILENGKAPI until the reporter completes through the tracking code; "
            + "not completed in time, the case is not registered. FORWARD (only from TIDAK_DIREGISTRASI for a late "
            + "report, reason LATE_FILING; once) passes the facts on to the Inspektorat or PPK of a region "
            + "(forwardRegionCode, default the case's region) or to BKN (no region), with an optional note in "
            + "reason: DITERUSKAN, announced as case.forwarded. ASN discipline is not a complaint offence, so a "
            + "report Bawaslu may not register for lateness can still be acted on by them.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ReviewRequest.class), examples = {
            @ExampleObject(name = "register", value = "{\"decision\":\"REGISTER\"}"),
            @ExampleObject(name = "reject", value = "{\"decision\":\"REJECT\",\"reason\":\"Terlapor bukan ASN.\"}"),
            @ExampleObject(name = "ask completion", value = "{\"decision\":\"ASK_COMPLETION\","
                    + "\"missing\":\"Lampirkan tautan unggahan.\",\"completionDueOn\":\"2024-10-07\"}"),
            @ExampleObject(name = "forward", value = "{\"decision\":\"FORWARD\",\"forwardTo\":\"INSPEKTORAT\","
                    + "\"forwardRegionCode\":\"64.71\",\"reason\":\"Dilaporkan setelah batas waktu; mohon "
                    + "ditindaklanjuti sesuai aturan disiplin ASN.\"}"),
            @ExampleObject(name = "forward to BKN", value = "{\"decision\":\"FORWARD\",\"forwardTo\":\"BKN\"}") }))
    @APIResponse(responseCode = "200", description = "Decided; where the case stands now", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ReviewOutcome.class), examples = {
            @ExampleObject(name = "registered", value = "{\"caseNumber\":\"64.71-2024-000001\",\"status\":\"DIREGISTRASI\",\"statusText\":\"Laporan diregistrasi\"}"),
            @ExampleObject(name = "forwarded", value = "{\"caseNumber\":\"64.71-2024-000001\",\"status\":\"DITERUSKAN\",\"statusText\":\"Diteruskan ke Inspektorat daerah 64.71\"}") }))
    @APIResponse(responseCode = "400", description = "Invalid decision; one entry per field. FORWARD: forwardTo "
            + "missing (FORWARD_TARGET_REQUIRED) or unknown (FORWARD_TARGET), a region for BKN "
            + "(FORWARD_REGION_NOT_ALLOWED), a region not listed (REGION_FORMAT, REGION_UNKNOWN)", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class), examples = {
                    @ExampleObject(name = "reason missing", value = "{\"type\":\"urn:netra:problem:VALIDATION_FAILED\",\"title\":\"Permintaan tidak valid\",\"status\":400,\"code\":\"VALIDATION_FAILED\",\"errors\":[{\"field\":\"reason\",\"code\":\"REASON_REQUIRED\",\"message\":\"Alasan penolakan wajib diisi.\"}]}"),
                    @ExampleObject(name = "region for BKN", value = "{\"type\":\"urn:netra:problem:VALIDATION_FAILED\",\"title\":\"Permintaan tidak valid\",\"status\":400,\"code\":\"VALIDATION_FAILED\",\"errors\":[{\"field\":\"forwardRegionCode\",\"code\":\"FORWARD_REGION_NOT_ALLOWED\",\"message\":\"BKN adalah instansi pusat; kode wilayah tidak diisi untuk penerusan ke BKN.\"}]}") }))
    @APIResponse(responseCode = "403", description = "Only Bawaslu reviews", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such case in the caller's region", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "The case is not awaiting this decision (already decided: "
            + "CASE_NOT_UNDER_REVIEW), FORWARD of a case not closed for late filing (CASE_NOT_FORWARDABLE) or "
            + "forwarded before (CASE_ALREADY_FORWARDED), or the case was changed meanwhile", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class), examples = {
                    @ExampleObject(name = "decided", value = "{\"type\":\"urn:netra:problem:CASE_NOT_UNDER_REVIEW\",\"title\":\"Konflik\",\"status\":409,\"code\":\"CASE_NOT_UNDER_REVIEW\"}"),
                    @ExampleObject(name = "not forwardable", value = "{\"type\":\"urn:netra:problem:CASE_NOT_FORWARDABLE\",\"title\":\"Konflik\",\"status\":409,\"code\":\"CASE_NOT_FORWARDABLE\",\"detail\":\"Perkara 64.71-2024-000001 berstatus KAJIAN_AWAL; hanya laporan yang tidak diregistrasi karena terlambat yang dapat diteruskan.\"}"),
                    @ExampleObject(name = "already forwarded", value = "{\"type\":\"urn:netra:problem:CASE_ALREADY_FORWARDED\",\"title\":\"Konflik\",\"status\":409,\"code\":\"CASE_ALREADY_FORWARDED\",\"detail\":\"Perkara 64.71-2024-000001 sudah diteruskan ke INSPEKTORAT.\"}") }))
    @APIResponse(responseCode = "415", description = "Body is not JSON", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "A lead without NIP cannot be registered (CASE_IS_LEAD); a case a candidacy watch opened has no reporter to ask for completion (CASE_HAS_NO_REPORTER)", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<ReviewOutcome> review(
            @Parameter(description = "case number", example = "64.71-2024-000001") @PathParam("caseNumber") String caseNumber,
            ReviewRequest request, @Context HttpHeaders headers) {
        return service.review(caseNumber, request, Messages.locale(headers));
    }
}
