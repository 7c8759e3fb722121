package id.netra.sanction.statistics;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
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
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.quarkus.security.Authenticated;
import io.smallrye.mutiny.Uni;

import id.netra.kit.problem.Problem;
import id.netra.kit.rules.LiveRules;
import id.netra.kit.security.Roles;

/** Case statistics: national roles see all regions, a region's own roles (pemda among them) their region. */
@Path("/api/v1/statistics")
@Authenticated
@Tag(name = "Statistics", description = "Counts of concluded cases by election, region, violation, stage and outcome")
@SecurityRequirement(name = "netra-oidc")
public class StatisticsResource {

    static final String CSV = "text/csv";

    static final String BAD_QUERY_EXAMPLE = """
            {"type":"urn:netra:problem:VALIDATION_FAILED","title":"Permintaan tidak valid","status":400,
            "detail":"Data yang dikirim tidak valid. Periksa kolom yang disebutkan.","code":"VALIDATION_FAILED",
            "errors":[{"field":"region","code":"INVALID_REGION","message":"Kode wilayah tidak dikenal; gunakan provinsi (64) atau kabupaten/kota (64.71) yang terdaftar."}]}""";

    private final StatisticsService service;
    private final LiveRules rules;

    public StatisticsResource(StatisticsService service, LiveRules rules) {
        this.service = service;
        this.rules = rules;
    }

    @GET
    @Produces({ MediaType.APPLICATION_JSON, CSV })
    @RolesAllowed({ Roles.BAWASLU, Roles.INSPEKTORAT, Roles.PPK, Roles.BKN, Roles.ADMIN, Roles.AUDITOR, Roles.PEMDA })
    @Operation(operationId = "getStatistics", summary = "Case counts in the caller's scope", description = "Counts by election, province (roll-up) and kabupaten/kota, violation code, stage and outcome. CSV with `Accept: text/csv` or `format=csv`.")
    @APIResponse(responseCode = "200", description = "The counts in the caller's scope", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Statistics.class)),
            @Content(mediaType = CSV, schema = @Schema(type = SchemaType.STRING), examples = @ExampleObject(name = "csv", value = "level,electionCode,provinceCode,provinceName,regionCode,regionName,cases,proven,notProven,sanctioned,overdue,blocked\r\nPROVINCE,PILKADA_2024,64,Kalimantan Timur,,,7,6,1,4,2,1\r\nREGION,PILKADA_2024,64,Kalimantan Timur,64.71,Kota Balikpapan,7,6,1,4,2,1\r\n")) })
    @APIResponse(responseCode = "400", description = "A filter is not valid (VALIDATION_FAILED), one entry per parameter: unknown election (INVALID_ELECTION), malformed or unlisted region (INVALID_REGION), format not json or csv (INVALID_FORMAT)", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class), examples = @ExampleObject(name = "bad parameters", value = BAD_QUERY_EXAMPLE)))
    @APIResponse(responseCode = "403", description = "The caller's role may not read statistics (partner): only bawaslu, inspektorat, ppk, bkn, admin, auditor and pemda read them", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<Response> statistics(
            @Parameter(description = "only this election", example = "PILKADA_2024") @QueryParam("election") String election,
            @Parameter(description = "only this region (a province includes its kabupaten/kota), within the caller's own", schema = @Schema(type = SchemaType.STRING, pattern = "^[0-9]{2}(\\.[0-9]{2})?$", example = "64.71")) @QueryParam("region") String region,
            @Parameter(description = "json or csv; overrides the Accept header", schema = @Schema(type = SchemaType.STRING, enumeration = {
                    "json", "csv" })) @QueryParam("format") String format,
            @Context HttpHeaders headers) {
        StatisticsQuery query = StatisticsQuery.parse(election, region, format, prefersCsv(headers),
                rules.elections());
        return service.statistics(query).map(statistics -> query.csv()
                ? Response.ok(StatisticsService.csv(statistics), CSV + ";charset=UTF-8")
                        .header("Content-Disposition", "attachment; filename=\"netra-statistics.csv\"").build()
                : Response.ok(statistics, MediaType.APPLICATION_JSON).build());
    }

    // the first of the acceptable types the answer can be decides; JSON unless CSV comes first
    private static boolean prefersCsv(HttpHeaders headers) {
        List<MediaType> acceptable = headers.getAcceptableMediaTypes();
        for (MediaType type : acceptable) {
            if (type.isCompatible(MediaType.valueOf(CSV)) && !type.isWildcardType()) {
                return true;
            }
            if (type.isCompatible(MediaType.APPLICATION_JSON_TYPE)) {
                return false;
            }
        }
        return false;
    }
}
