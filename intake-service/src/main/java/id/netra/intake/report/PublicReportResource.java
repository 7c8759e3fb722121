package id.netra.intake.report;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.smallrye.mutiny.Uni;

import id.netra.kit.problem.Messages;
import id.netra.kit.problem.Problem;

/** A citizen's report, without login. */
@Path("/api/v1/public/reports")
@PermitAll
@Tag(name = "Public", description = "A citizen's report, without an account")
@Produces(MediaType.APPLICATION_JSON)
public class PublicReportResource {

    static final String PUBLIC_EXAMPLE = """
            {"electionCode":"PILKADA_2024",
             "reporter":{"name":"Siti Aminah","nik":"6471054505900001","placeOfBirth":"Balikpapan",
               "dateOfBirth":"1990-05-05","gender":"FEMALE","occupation":"Guru",
               "address":"Jl. Sudirman 1, Balikpapan","phone":"081234567890","confidential":true},
             "accused":{"name":"Budi Santoso","position":"Lurah","agency":"Kelurahan Klandasan Ilir",
               "regionCode":"64.71"},
             "incident":{"violationCode":"UNKNOWN","violationDescription":"Mengajak warga memilih paslon",
               "occurredOn":"2024-10-01","knownOn":"2024-10-01","place":"Balai kelurahan","regionCode":"64.71",
               "description":"Dalam rapat RT, lurah mengajak warga memilih paslon nomor 2."}}""";
    static final String PUBLIC_RECEIPT_EXAMPLE = """
            {"trackingCode":"NTR-7K3Q-M9XD-2HFA-P0ZB","status":"KAJIAN_AWAL","statusText":"Dalam kajian awal Bawaslu",
             "filedInTime":true,"filingDueOn":"2024-10-08","lead":true,
             "notices":[{"code":"LEAD_NIP_MISSING","message":"NIP terlapor tidak disebutkan: laporan disimpan sebagai informasi awal ..."}]}""";

    private final ReportService service;

    public PublicReportResource(ReportService service) {
        this.service = service;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "submitPublicReport", summary = "Submit a citizen's report", description = "No login; channel PUBLIC whatever the body says. "
            + "The reporter's name, NIK, birth, gender, occupation, address and phone are required (Bawaslu's formal "
            + "requirements) and kept encrypted. Without the accused's NIP the report is kept as a lead (informasi "
            + "awal) and the answer says so. Keep the tracking code: it is the only way to follow the report.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ReportRequest.class), examples = @ExampleObject(name = "citizen without NIP", value = PUBLIC_EXAMPLE)))
    @APIResponse(responseCode = "201", description = "Report filed; the tracking code follows it", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PublicReceipt.class), examples = @ExampleObject(name = "lead", value = PUBLIC_RECEIPT_EXAMPLE)))
    @APIResponse(responseCode = "400", description = "Invalid report; one entry per field", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class), examples = @ExampleObject(name = "invalid", value = ReportResource.INVALID_EXAMPLE)))
    @APIResponse(responseCode = "409", description = "The case it joins was changed at the same moment; send again", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "415", description = "Body is not JSON", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "429", description = "Too many reports from this address; see Retry-After", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<Response> submit(ReportRequest request, @Context HttpHeaders headers) {
        return service.submitPublic(request, Messages.locale(headers))
                .map(receipt -> Response.status(Response.Status.CREATED).entity(receipt).build());
    }
}
