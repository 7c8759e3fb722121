package id.netra.intake.report;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
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

/** Reports from partner systems and Bawaslu. */
@Path("/api/v1/reports")
@Authenticated
@Tag(name = "Reports", description = "Reports from partner systems and Bawaslu")
@SecurityRequirement(name = "netra-oidc")
@Produces(MediaType.APPLICATION_JSON)
public class ReportResource {

    static final String REPORT_EXAMPLE = """
            {"electionCode":"PILKADA_2024","channel":"PARTNER",
             "reporter":{"name":"Siti Aminah","nik":"6471054505900001","placeOfBirth":"Balikpapan",
               "dateOfBirth":"1990-05-05","gender":"FEMALE","occupation":"Guru",
               "address":"Jl. Sudirman 1, Balikpapan","phone":"081234567890","email":"siti@example.org",
               "confidential":true},
             "accused":{"name":"Budi Santoso","nip":"196608011988031001","position":"Sekretaris Dinas",
               "agency":"Dinas Pendidikan","regionCode":"64.71"},
             "incident":{"violationCode":"D7","occurredOn":"2024-10-01","knownOn":"2024-10-02",
               "place":"Balikpapan","regionCode":"64.71","description":"Foto bersama paslon dengan pose dua jari.",
               "witnesses":["Andi, 0812000111"],"links":["https://example.org/post/1"]}}""";
    static final String RECEIPT_EXAMPLE = """
            {"reportId":"0192a0c4-6f1e-7cc2-9a39-2f4f1c1d0001","caseNumber":"64.71-2024-000001",
             "trackingCode":"NTR-7K3Q-M9XD-2HFA-P0ZB","status":"KAJIAN_AWAL","joinedExistingCase":false,
             "filedInTime":true,"filingDueOn":"2024-10-09","lead":false,"notices":[]}""";
    static final String INVALID_EXAMPLE = """
            {"type":"urn:netra:problem:VALIDATION_FAILED","title":"Permintaan tidak valid","status":400,
             "detail":"Data yang dikirim tidak valid. Periksa kolom yang disebutkan.","code":"VALIDATION_FAILED",
             "errors":[{"field":"accused.nip","code":"NIP_GENDER","message":"Digit 15 NIP (jenis kelamin) harus 1 (laki-laki) atau 2 (perempuan)."},
               {"field":"incident.knownOn","code":"DATE_IN_FUTURE","message":"Tanggal tidak boleh setelah hari ini (2024-10-03)."}]}""";

    private final ReportService service;

    public ReportResource(ReportService service) {
        this.service = service;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.PARTNER, Roles.BAWASLU })
    @Operation(operationId = "submitReport", summary = "Submit a report", description = "Checks everything at once (one error per field), then files "
            + "the report into a new case, or into the open case about the same NIP and violation whose act lies "
            + "within the configured window (the case counts once). A new case awaits the initial review "
            + "(KAJIAN_AWAL); a BAWASLU_FINDING of a trusted Bawaslu partner is registered at once (DIREGISTRASI); "
            + "a report filed after the deadline counted from the day the act became known (election rule, working "
            + "or calendar days, holidays, region's zone) is kept but not registrable (TIDAK_DIREGISTRASI, notice "
            + "LATE_FILING); Bawaslu may still forward its facts (review decision FORWARD). A retry with the same "
            + "Idempotency-Key and body returns the first answer and stores nothing new.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ReportRequest.class), examples = @ExampleObject(name = "partner report", value = REPORT_EXAMPLE)))
    @APIResponse(responseCode = "201", description = "Report filed", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ReportReceipt.class), examples = @ExampleObject(name = "new case", value = RECEIPT_EXAMPLE)))
    @APIResponse(responseCode = "400", description = "Invalid report; one entry per field", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class), examples = @ExampleObject(name = "invalid", value = INVALID_EXAMPLE)))
    @APIResponse(responseCode = "403", description = "Role may not submit", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "415", description = "Body is not JSON", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "The case it joins was changed at the same moment (e.g. reviewed); retry with the same key", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "Idempotency-Key reused with another body", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class), examples = @ExampleObject(name = "key reused", value = "{\"type\":\"urn:netra:problem:IDEMPOTENCY_KEY_REUSED\",\"title\":\"Tidak dapat diproses\",\"status\":422,\"code\":\"IDEMPOTENCY_KEY_REUSED\"}")))
    public Uni<Response> submit(
            @Parameter(description = "makes retries safe: the same key and body give the first answer", schema = @Schema(type = SchemaType.STRING, maxLength = 100, pattern = "[A-Za-z0-9._:-]{1,100}")) @HeaderParam("Idempotency-Key") @Pattern(regexp = "[A-Za-z0-9._:-]{1,100}", message = "{netra.validation.IDEMPOTENCY_KEY_FORMAT}") String idempotencyKey,
            ReportRequest request, @Context HttpHeaders headers) {
        return service.submit(request, idempotencyKey, Messages.locale(headers))
                .map(receipt -> Response.status(Response.Status.CREATED).entity(receipt).build());
    }
}
