package id.netra.sanction.escalation;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
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

/** The requests to block (and lift the block of) civil servants' personnel data, for BKN. */
@Path("/api/v1/blocks")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Blocks", description = "Escalation of overdue PPK decisions: requests to block the accused's personnel data (SIASN)")
@SecurityRequirement(name = "netra-oidc")
public class BlockResource {

    static final String BAD_QUERY_EXAMPLE = """
            {"type":"urn:netra:problem:VALIDATION_FAILED","title":"Permintaan tidak valid","status":400,
            "detail":"Data yang dikirim tidak valid. Periksa kolom yang disebutkan.","code":"VALIDATION_FAILED",
            "errors":[{"field":"status","code":"INVALID_VALUE","message":"Nilai harus salah satu dari: ACTIVE, LIFTED."},
            {"field":"after","code":"INVALID_CURSOR","message":"Penanda halaman tidak valid; gunakan nilai next dari jawaban sebelumnya."}]}""";

    private final EscalationService service;

    public BlockResource(EscalationService service) {
        this.service = service;
    }

    @GET
    @RolesAllowed({ Roles.BKN, Roles.ADMIN, Roles.AUDITOR })
    @Operation(operationId = "listBlocks", summary = "List the block requests", description = "Newest first: ACTIVE ones still stand, LIFTED ones had their lifting requested.")
    @APIResponse(responseCode = "200", description = "One page of block requests", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = BlockPage.class)))
    @APIResponse(responseCode = "400", description = "A filter or page parameter is not valid (VALIDATION_FAILED), one entry per parameter: INVALID_VALUE (status), LIMIT_RANGE, INVALID_CURSOR", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class), examples = @ExampleObject(name = "bad parameters", value = BAD_QUERY_EXAMPLE)))
    @APIResponse(responseCode = "403", description = "Only BKN, admin and auditor see block requests", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<BlockPage> list(
            @Parameter(description = "ACTIVE or LIFTED; all when absent", schema = @Schema(type = SchemaType.STRING, enumeration = {
                    "ACTIVE", "LIFTED" })) @QueryParam("status") String status,
            @Parameter(description = "page size", schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "100", defaultValue = "20")) @QueryParam("limit") String limit,
            @Parameter(description = "the next value of the previous page", schema = @Schema(type = SchemaType.STRING, format = "uuid")) @QueryParam("after") String after) {
        return service.blocks(BlockQuery.parse(status, limit, after));
    }
}
