package id.netra.intake.identity;

import java.util.UUID;
import java.util.regex.Pattern;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Size;
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
import id.netra.kit.problem.QueryParameters;
import id.netra.kit.security.Roles;

/** The audit trail of reporter-identity views, for auditors and admins. */
@Path("/api/v1/audit/identity-views")
@Authenticated
@Tag(name = "Audit", description = "Who was shown a reporter's identity, when and why")
@SecurityRequirement(name = "netra-oidc")
@Produces(MediaType.APPLICATION_JSON)
public class IdentityAuditResource {

    static final String PAGE_EXAMPLE = """
            {"items":[{"id":"01a205ee-1b2c-7d3e-8f40-5a6b7c8d9e0f","viewedAt":"2024-10-04T01:20:00Z",
                       "viewedBy":"bawaslu.balikpapan","viewerRoles":["bawaslu"],"viewerRegion":"64.71",
                       "reportId":"01a205ed-01d8-74ad-aa12-f642311fe747","caseNumber":"64.71-2024-000001",
                       "confidential":true,"reason":"Menghubungi pelapor untuk melengkapi bukti"}],
             "next":null}""";

    static final String BAD_QUERY_EXAMPLE = """
            {"type":"urn:netra:problem:VALIDATION_FAILED","title":"Permintaan tidak valid","status":400,
            "detail":"Data yang dikirim tidak valid. Periksa kolom yang disebutkan.","code":"VALIDATION_FAILED",
            "errors":[{"field":"after","code":"INVALID_CURSOR","message":"Penanda halaman tidak valid; gunakan nilai next dari jawaban sebelumnya."},
            {"field":"limit","code":"LIMIT_RANGE","message":"limit harus bilangan bulat 1 sampai 200."}]}""";
    private static final int DEFAULT_LIMIT = 50;
    private static final int MAX_LIMIT = 200;
    private static final Pattern CASE_NUMBER = Pattern.compile("[0-9]{2}(\\.[0-9]{2})?-[0-9]{4}-[0-9]{6}");

    private final ReporterIdentityService service;

    public IdentityAuditResource(ReporterIdentityService service) {
        this.service = service;
    }

    @GET
    @RolesAllowed({ Roles.AUDITOR, Roles.ADMIN })
    @Operation(operationId = "listIdentityViews", summary = "Who was shown which reporter's identity, when and why", description = "Newest first, "
            + "keyset-paginated: pass the page's `next` as `after`. Never contains an identity.")
    @APIResponse(responseCode = "200", description = "A page of audit records", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = IdentityViewPage.class), examples = @ExampleObject(name = "one view", value = PAGE_EXAMPLE)))
    @APIResponse(responseCode = "400", description = "Invalid filter (VALIDATION_FAILED), one entry per parameter: CASE_NUMBER_FORMAT, INVALID_CURSOR, LIMIT_RANGE; or SIZE alone for a viewedBy over 200 characters", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class), examples = @ExampleObject(name = "bad after and limit", value = BAD_QUERY_EXAMPLE)))
    @APIResponse(responseCode = "403", description = "Only auditors and admins read the audit trail", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<IdentityViewPage> list(
            @Parameter(description = "only views of this case", example = "64.71-2024-000001") @QueryParam("caseNumber") String caseNumber,
            @Parameter(description = "only views by this account", example = "bawaslu.balikpapan") @QueryParam("viewedBy") @Size(max = 200) String viewedBy,
            @Parameter(description = "the `next` of the previous page", schema = @Schema(type = SchemaType.STRING, format = "uuid")) @QueryParam("after") String after,
            @Parameter(description = "page size, 1-200, default 50", schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "200", defaultValue = "50")) @QueryParam("limit") String limit) {
        QueryParameters query = new QueryParameters();
        String parsedCase = query.matching("caseNumber", caseNumber, CASE_NUMBER, "CASE_NUMBER_FORMAT");
        UUID parsedAfter = query.cursor("after", after);
        int parsedLimit = query.limit(limit, DEFAULT_LIMIT, MAX_LIMIT);
        query.requireValid();
        return service.audit(parsedCase, viewedBy, parsedAfter, parsedLimit);
    }
}
