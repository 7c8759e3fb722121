package id.netra.intake.cases;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.quarkus.security.Authenticated;
import io.smallrye.mutiny.Uni;

import id.netra.kit.problem.Messages;
import id.netra.kit.problem.Problem;
import id.netra.kit.security.Roles;

/** Cases, as their region's readers and the national roles see them. */
@Path("/api/v1/cases")
@Authenticated
@Tag(name = "Cases")
@SecurityRequirement(name = "netra-oidc")
@Produces(MediaType.APPLICATION_JSON)
public class CaseResource {

    static final String CASE_NUMBER = "[0-9]{2}(\\.[0-9]{2})?-[0-9]{4}-[0-9]{6}";
    /** Taken as text and checked here: JAX-RS would answer an unknown enum value with 404. */
    static final String CASE_STATUS = "DITERIMA|KAJIAN_AWAL|PERLU_DILENGKAPI|TIDAK_DIREGISTRASI|DIREGISTRASI|KLARIFIKASI"
            + "|TERBUKTI|TIDAK_TERBUKTI|REKOMENDASI_KE_PPK|DITINDAKLANJUTI";

    private final CaseService service;

    public CaseResource(CaseService service) {
        this.service = service;
    }

    @GET
    @RolesAllowed({ Roles.BAWASLU, Roles.INSPEKTORAT, Roles.PPK, Roles.BKN, Roles.ADMIN, Roles.AUDITOR })
    @Operation(summary = "List the cases visible to the caller", description = "Region-scoped (a province sees its "
            + "kabupaten/kota, national roles see all), ordered by case number, keyset-paginated with `after`.")
    @APIResponse(responseCode = "200", description = "A page of cases", content = @Content(schema = @Schema(implementation = CasePage.class)))
    @APIResponse(responseCode = "400", description = "Invalid filter", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = "No valid token", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Role may not read cases", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<CasePage> list(
            @QueryParam("status") @Pattern(regexp = CASE_STATUS, message = "{netra.validation.CASE_STATUS}") String status,
            @QueryParam("after") @Pattern(regexp = CASE_NUMBER, message = "{netra.validation.CASE_NUMBER_FORMAT}") String after,
            @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(200) int limit) {
        return service.list(status == null ? null : CaseStatus.valueOf(status), after, limit);
    }

    @GET
    @Path("/{caseNumber}")
    @RolesAllowed({ Roles.BAWASLU, Roles.INSPEKTORAT, Roles.PPK, Roles.BKN, Roles.ADMIN, Roles.AUDITOR })
    @Operation(summary = "A case with its reports and full timeline")
    @APIResponse(responseCode = "200", description = "The case", content = @Content(schema = @Schema(implementation = CaseView.class)))
    @APIResponse(responseCode = "401", description = "No valid token", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Role may not read cases", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such case in the caller's region", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<CaseView> get(@PathParam("caseNumber") String caseNumber, @Context HttpHeaders headers) {
        return service.get(caseNumber, Messages.locale(headers));
    }
}
