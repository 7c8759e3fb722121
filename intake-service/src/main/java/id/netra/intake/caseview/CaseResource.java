package id.netra.intake.caseview;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
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

import id.netra.intake.cases.CaseFilter;
import id.netra.kit.problem.Messages;
import id.netra.kit.problem.Problem;
import id.netra.kit.security.Roles;

/** Cases, as their region's readers (people and the regional government's system) and the national roles see them. */
@Path("/api/v1/cases")
@Authenticated
@Tag(name = "Cases", description = "Cases in the caller's region: list, detail, timeline and Bawaslu's initial review")
@SecurityRequirement(name = "netra-oidc")
@Produces(MediaType.APPLICATION_JSON)
public class CaseResource {

    static final String PAGE_EXAMPLE = """
            {"items":[{"caseNumber":"64.71-2024-000001","regionCode":"64.71","electionCode":"PILKADA_2024",
            "status":"KAJIAN_AWAL","violationCode":"D7","occurredOn":"2024-10-01","receivedOn":"2024-10-02",
            "reportCount":2,"lead":false,"reviewDueAt":"2024-10-04T16:00:00Z","reviewOverdue":false,
            "createdAt":"2024-10-02T01:00:00Z"}],"next":"64.71-2024-000001"}""";
    static final String CASE_EXAMPLE = """
            {"caseNumber":"64.71-2024-000001","regionCode":"64.71","electionCode":"PILKADA_2024",
            "status":"KAJIAN_AWAL","statusText":"Dalam kajian awal Bawaslu",
            "accused":{"name":"Budi Santoso","nip":"196608011988031001","position":"Sekretaris Dinas",
            "agency":"Dinas Pendidikan","regionCode":"64.71"},"violationCode":"D7","occurredOn":"2024-10-01",
            "receivedOn":"2024-10-02","createdAt":"2024-10-02T01:00:00Z","reportCount":2,"lead":false,
            "review":{"dueAt":"2024-10-04T16:00:00Z","overdue":false},
            "reports":[{"reportId":"0192a0c4-6f1e-7cc2-9a39-2f4f1c1d0001","channel":"PARTNER",
            "reporterRef":"rep-3f2a9c0d1e4b5a6978c1d2e3","reporterConfidential":true,"knownOn":"2024-10-02",
            "filingDueOn":"2024-10-09","filedInTime":true,"lead":false,"joinedExistingCase":false,
            "submittedAt":"2024-10-02T01:00:00Z"}],"likelyDuplicates":[],
            "timeline":[{"kind":"REPORT_RECEIVED","text":"Laporan diterima","at":"2024-10-02T01:00:00Z",
            "source":"intake","detail":"PARTNER"}]}""";
    static final String BAD_FILTER_EXAMPLE = """
            {"type":"urn:netra:problem:VALIDATION_FAILED","title":"Permintaan tidak valid","status":400,
            "detail":"Data yang dikirim tidak valid. Periksa kolom yang disebutkan.","code":"VALIDATION_FAILED",
            "errors":[{"field":"overdue","code":"INVALID_BOOLEAN","message":"Nilai harus true atau false."},
            {"field":"after","code":"INVALID_CURSOR","message":"Penanda halaman tidak valid; gunakan nilai next dari jawaban sebelumnya."},
            {"field":"limit","code":"LIMIT_RANGE","message":"limit harus bilangan bulat 1 sampai 200."}]}""";

    private final CaseService service;

    public CaseResource(CaseService service) {
        this.service = service;
    }

    @GET
    @RolesAllowed({ Roles.BAWASLU, Roles.INSPEKTORAT, Roles.PPK, Roles.BKN, Roles.ADMIN, Roles.AUDITOR, Roles.PEMDA })
    @Operation(operationId = "listCases", summary = "List the cases visible to the caller", description = "Region-scoped (a province sees its "
            + "kabupaten/kota, national roles see all, a regional government's own system (pemda) reads its region "
            + "like the region's people do; a `region` outside the caller's scope gives an empty page), "
            + "filterable, ordered by case number and keyset-paginated: pass the page's `next` as `after`.")
    @APIResponse(responseCode = "200", description = "A page of cases", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CasePage.class), examples = @ExampleObject(name = "page", value = PAGE_EXAMPLE)))
    @APIResponse(responseCode = "400", description = "Invalid filter (VALIDATION_FAILED), one entry per parameter: INVALID_REGION, INVALID_VALUE (status), CODE_FILTER_INVALID, INVALID_BOOLEAN, DATE_FORMAT, DATE_RANGE_INVERTED, INVALID_CURSOR, LIMIT_RANGE", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class), examples = @ExampleObject(name = "bad overdue, after and limit", value = BAD_FILTER_EXAMPLE)))
    @APIResponse(responseCode = "403", description = "Role may not read cases: only bawaslu, inspektorat, ppk, bkn, admin, auditor and pemda do (a partner does not)", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<CasePage> list(
            @Parameter(description = "region code; a province includes its kabupaten/kota", example = "64.71") @QueryParam("region") String region,
            @Parameter(description = "case status", schema = @Schema(enumeration = { "DITERIMA", "KAJIAN_AWAL",
                    "PERLU_DILENGKAPI", "TIDAK_DIREGISTRASI", "DITERUSKAN", "DIREGISTRASI", "KLARIFIKASI", "TERBUKTI",
                    "TIDAK_TERBUKTI",
                    "REKOMENDASI_KE_PPK", "DITINDAKLANJUTI" })) @QueryParam("status") String status,
            @Parameter(description = "election code", example = "PILKADA_2024") @QueryParam("election") String election,
            @Parameter(description = "violation code, or UNKNOWN", example = "D7") @QueryParam("violation") String violation,
            @Parameter(description = "true: only cases whose initial review is overdue; false: only the others", schema = @Schema(enumeration = {
                    "true", "false" })) @QueryParam("overdue") String overdue,
            @Parameter(description = "received on or after (region's calendar day)", example = "2024-10-01", schema = @Schema(type = SchemaType.STRING, format = "date")) @QueryParam("receivedFrom") String receivedFrom,
            @Parameter(description = "received on or before (region's calendar day)", example = "2024-10-31", schema = @Schema(type = SchemaType.STRING, format = "date")) @QueryParam("receivedTo") String receivedTo,
            @Parameter(description = "the previous page's `next`", example = "64.71-2024-000050") @QueryParam("after") String after,
            @Parameter(description = "page size, 1-200, default 50", schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "200", defaultValue = "50")) @QueryParam("limit") String limit) {
        return service.list(CaseFilter.parse(region, status, election, violation, overdue, receivedFrom, receivedTo,
                after, limit));
    }

    @GET
    @Path("/{caseNumber}")
    @RolesAllowed({ Roles.BAWASLU, Roles.INSPEKTORAT, Roles.PPK, Roles.BKN, Roles.ADMIN, Roles.AUDITOR, Roles.PEMDA })
    @Operation(operationId = "getCase", summary = "A case with its reports and full timeline", description = "The case as its region's readers see it: status, violation codes, its reports (never the reporter's identity) and every step so far, oldest first. Another region's case answers 404 as an unknown one does.")
    @APIResponse(responseCode = "200", description = "The case", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CaseView.class), examples = @ExampleObject(name = "under review", value = CASE_EXAMPLE)))
    @APIResponse(responseCode = "403", description = "Role may not read cases: only bawaslu, inspektorat, ppk, bkn, admin, auditor and pemda do (a partner does not)", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such case in the caller's region", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<CaseView> get(
            @Parameter(description = "case number", example = "64.71-2024-000001") @PathParam("caseNumber") String caseNumber,
            @Context HttpHeaders headers) {
        return service.get(caseNumber, Messages.locale(headers));
    }
}
