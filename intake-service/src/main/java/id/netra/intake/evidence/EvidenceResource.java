package id.netra.intake.evidence;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

import io.quarkus.security.Authenticated;
import io.smallrye.mutiny.Uni;

import id.netra.kit.problem.Problem;
import id.netra.kit.security.Roles;

/** Evidence files of a report: upload, list, verify and download. */
@Path("/api/v1/reports/{reportId}/evidence")
@Authenticated
@Tag(name = "Evidence", description = "Evidence files of a report: upload, list, verify and download")
@SecurityRequirement(name = "netra-oidc")
public class EvidenceResource {

    static final String EVIDENCE_EXAMPLE = """
            {"evidenceId":"01a205ed-0321-760a-916b-7ebb10930067","reportId":"01a205ed-01d8-74ad-aa12-f642311fe747",
             "fileName":"foto-kegiatan.jpg","contentType":"image/jpeg","sizeBytes":482133,
             "sha256":"9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08",
             "uploadedBy":"kipp-balikpapan","uploadedAt":"2024-10-03T02:15:00Z"}""";
    static final String VERIFICATION_EXAMPLE = """
            {"evidenceId":"01a205ed-0321-760a-916b-7ebb10930067",
             "sha256":"9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08",
             "actualSha256":"60303ae22b998861bce3b28f33eec1be758a213c86c93c076dbe9f558c11c752",
             "present":true,"intact":false,"checkedAt":"2024-10-20T03:00:00Z"}""";

    private final EvidenceService service;

    public EvidenceResource(EvidenceService service) {
        this.service = service;
    }

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.PARTNER, Roles.BAWASLU })
    @Operation(operationId = "attachEvidence", summary = "Attach one evidence file to a report", description = "For the report's submitter and the "
            + "Bawaslu of the case's region. The type is read from the file's content, never from its declared type "
            + "or name. The answer carries the SHA-256 computed while the file was stored; an `evidence.attached` "
            + "event announces it.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.MULTIPART_FORM_DATA, schema = @Schema(implementation = EvidenceUploadForm.class)))
    @APIResponse(responseCode = "201", description = "Stored", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = EvidenceView.class), examples = @ExampleObject(name = "a photo", value = EVIDENCE_EXAMPLE)))
    @APIResponse(responseCode = "400", description = "No file, more than one file, an empty file or a broken form", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Role may not upload", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such report, or not the caller's (another submitter, another region)", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "413", description = "File larger than the limit", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "415", description = "Not a multipart form, or a file of a type not accepted", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<Response> attach(@PathParam("reportId") UUID reportId, @RestForm(FileUpload.ALL) List<FileUpload> files) {
        return service.attach(reportId, files)
                .map(view -> Response.status(Response.Status.CREATED).type(MediaType.APPLICATION_JSON_TYPE).entity(view)
                        .build());
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.BAWASLU, Roles.INSPEKTORAT, Roles.BKN, Roles.ADMIN, Roles.AUDITOR })
    @Operation(operationId = "listEvidence", summary = "The evidence files of a report", description = "Region-scoped: the Bawaslu and Inspektorat "
            + "of the case's region, and the national roles.")
    @APIResponse(responseCode = "200", description = "The files, oldest first", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.ARRAY, implementation = EvidenceView.class), examples = @ExampleObject(name = "one file", value = "["
            + EVIDENCE_EXAMPLE + "]")))
    @APIResponse(responseCode = "403", description = "Role may not read evidence", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such report in the caller's region", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<List<EvidenceView>> list(@PathParam("reportId") UUID reportId) {
        return service.list(reportId);
    }

    @GET
    @Path("/{evidenceId}/verification")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.BAWASLU, Roles.INSPEKTORAT, Roles.BKN, Roles.ADMIN, Roles.AUDITOR })
    @Operation(operationId = "verifyEvidence", summary = "Re-hash a stored file and compare it with its recorded SHA-256", description = "`intact` is "
            + "false when the stored file was changed or is gone.")
    @APIResponse(responseCode = "200", description = "The check", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = EvidenceVerification.class), examples = @ExampleObject(name = "changed since upload", value = VERIFICATION_EXAMPLE)))
    @APIResponse(responseCode = "403", description = "Role may not read evidence", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such report or evidence in the caller's region", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<EvidenceVerification> verify(@PathParam("reportId") UUID reportId,
            @PathParam("evidenceId") UUID evidenceId) {
        return service.verify(reportId, evidenceId);
    }

    @GET
    @Path("/{evidenceId}/content")
    @Produces(MediaType.WILDCARD)
    @RolesAllowed({ Roles.BAWASLU, Roles.INSPEKTORAT, Roles.BKN, Roles.ADMIN, Roles.AUDITOR })
    @Operation(operationId = "downloadEvidence", summary = "Download a stored file", description = "Served only if it still has its recorded SHA-256 "
            + "(sent in `Repr-Digest`); a changed or missing file is refused with 409.")
    @APIResponse(responseCode = "200", description = "The file, with its detected type", content = @Content(mediaType = MediaType.APPLICATION_OCTET_STREAM, schema = @Schema(type = SchemaType.STRING, format = "binary"), examples = @ExampleObject(name = "a PDF", value = "%PDF-1.4 ...")))
    @APIResponse(responseCode = "403", description = "Role may not read evidence", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such report or evidence in the caller's region", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "The stored file was changed or is gone", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<Response> content(@PathParam("reportId") UUID reportId, @PathParam("evidenceId") UUID evidenceId) {
        return service.content(reportId, evidenceId).map(file -> Response.ok(file.bytes(), file.contentType())
                .header("Content-Disposition", "attachment; filename*=UTF-8''"
                        + URLEncoder.encode(file.fileName(), StandardCharsets.UTF_8).replace("+", "%20"))
                .header("X-Content-Type-Options", "nosniff")
                .header("Repr-Digest",
                        "sha-256=:" + Base64.getEncoder().encodeToString(HexFormat.of().parseHex(file.sha256())) + ":")
                .build());
    }
}
