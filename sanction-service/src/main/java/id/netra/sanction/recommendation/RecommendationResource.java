package id.netra.sanction.recommendation;

import jakarta.annotation.security.RolesAllowed;
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

/** Sanction recommendations to the PPK, scoped to the caller's region; a regional government's system (pemda) reads its own. */
@Path("/api/v1/recommendations")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Recommendations", description = "Sanction recommendations for proven cases, with their legal basis and deadline")
@SecurityRequirement(name = "netra-oidc")
public class RecommendationResource {

    static final String BAD_QUERY_EXAMPLE = """
            {"type":"urn:netra:problem:VALIDATION_FAILED","title":"Permintaan tidak valid","status":400,
            "detail":"Data yang dikirim tidak valid. Periksa kolom yang disebutkan.","code":"VALIDATION_FAILED",
            "errors":[{"field":"overdue","code":"INVALID_BOOLEAN","message":"Nilai harus true atau false."},
            {"field":"limit","code":"LIMIT_RANGE","message":"limit harus bilangan bulat 1 sampai 100."}]}""";

    private final RecommendationQueries queries;
    private final PpkDecisions decisions;

    public RecommendationResource(RecommendationQueries queries, PpkDecisions decisions) {
        this.queries = queries;
        this.decisions = decisions;
    }

    @GET
    @RolesAllowed({ Roles.PPK, Roles.BKN, Roles.ADMIN, Roles.AUDITOR, Roles.PEMDA })
    @Operation(operationId = "listRecommendations", summary = "List the recommendations of the caller's region", description = "Newest first, keyset-paginated: pass the page's `next` as `after`. A province sees its kabupaten/kota; national roles see all.")
    @APIResponse(responseCode = "200", description = "One page of recommendations", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RecommendationPage.class)))
    @APIResponse(responseCode = "400", description = "A filter or page parameter is not valid (VALIDATION_FAILED), one entry per parameter: INVALID_VALUE (status), INVALID_BOOLEAN, INVALID_REGION, LIMIT_RANGE, INVALID_CURSOR", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class), examples = @ExampleObject(name = "bad parameters", value = BAD_QUERY_EXAMPLE)))
    @APIResponse(responseCode = "403", description = "The caller's role may not read recommendations: only ppk, bkn, admin, auditor and pemda read them", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<RecommendationPage> list(
            @Parameter(description = "only recommendations in this status", schema = @Schema(type = SchemaType.STRING, enumeration = {
                    "ISSUED", "AWAITING_TASK_FORCE", "DECIDED", "CLOSED" })) @QueryParam("status") String status,
            @Parameter(description = "true: only those past their decision due date; false: only those not", schema = @Schema(type = SchemaType.BOOLEAN)) @QueryParam("overdue") String overdue,
            @Parameter(description = "only this region (a province includes its regencies and cities), within the caller's own", schema = @Schema(type = SchemaType.STRING, pattern = "^[0-9]{2}(\\.[0-9]{2})?$", example = "64.71")) @QueryParam("region") String region,
            @Parameter(description = "page size", schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "100", defaultValue = "20")) @QueryParam("limit") String limit,
            @Parameter(description = "the next value of the previous page", schema = @Schema(type = SchemaType.STRING, format = "uuid")) @QueryParam("after") String after) {
        RecommendationQuery query = RecommendationQuery.parse(status, overdue, region, limit, after);
        return queries.list(query);
    }

    @GET
    @Path("/{caseNumber}")
    @RolesAllowed({ Roles.PPK, Roles.BKN, Roles.ADMIN, Roles.AUDITOR, Roles.PEMDA })
    @Operation(operationId = "getRecommendation", summary = "The recommendation of one case", description = "The level, the rule and legal basis per violation code, the sanction options, the rules version and the PPK's deadline in working days. Another region's case answers 404 as an unknown one does.")
    @APIResponse(responseCode = "200", description = "The case's recommendation", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RecommendationView.class)))
    @APIResponse(responseCode = "403", description = "The caller's role may not read recommendations: only ppk, bkn, admin, auditor and pemda read them", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such case in the caller's region (CASE_NOT_FOUND)", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<RecommendationView> get(
            @Parameter(description = "the case number", example = "64.71-2024-000007") @PathParam("caseNumber") String caseNumber) {
        return queries.find(caseNumber);
    }

    @POST
    @Path("/{caseNumber}/decision")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.PPK)
    @Operation(operationId = "recordDecision", summary = "Record the PPK's decision", description = "The sanction imposed, the decree's number and date; a sanction below the recommended level needs a justification.")
    @APIResponse(responseCode = "200", description = "The decision is recorded; the updated recommendation", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RecommendationView.class)))
    @APIResponse(responseCode = "400", description = "A field is missing or not valid: unknown sanction code, decree date in the future or before the recommendation (VALIDATION_FAILED)", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Only a PPK may decide", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such case in the caller's region (CASE_NOT_FOUND)", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "The recommendation is not open for a decision (ALREADY_DECIDED, AWAITING_TASK_FORCE, CASE_CLOSED)", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "The sanction breaks the recommendation: PTDH_REQUIRED, or JUSTIFICATION_REQUIRED for a lower level without a justification", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<RecommendationView> decide(
            @Parameter(description = "the case number", example = "64.71-2024-000007") @PathParam("caseNumber") String caseNumber,
            DecisionRequest request) {
        return decisions.decide(caseNumber, request);
    }

    @POST
    @Path("/{caseNumber}/level")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.BKN)
    @Operation(operationId = "setTaskForceLevel", summary = "Record the task force's level for an act outside the catalogue", description = "For D13: the neutrality task force's level with its reason; the recommendation goes to the PPK and the PPK's deadline starts then.")
    @APIResponse(responseCode = "200", description = "The level is set and the recommendation issued to the PPK", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RecommendationView.class)))
    @APIResponse(responseCode = "400", description = "The level is missing or not on the ladder, or the reason is missing or too long (VALIDATION_FAILED)", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Only BKN (for the task force) may set a level", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such case (CASE_NOT_FOUND)", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "The case is not waiting for the task force (NOT_AWAITING_TASK_FORCE)", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<RecommendationView> setLevel(
            @Parameter(description = "the case number", example = "64.71-2024-000007") @PathParam("caseNumber") String caseNumber,
            LevelRequest request) {
        return decisions.setLevel(caseNumber, request);
    }
}
