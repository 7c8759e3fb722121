package id.netra.intake.tracking;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
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
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.smallrye.mutiny.Uni;

import id.netra.intake.review.CompletionRequest;
import id.netra.intake.review.ReviewOutcome;
import id.netra.intake.review.ReviewService;
import id.netra.kit.problem.Messages;
import id.netra.kit.problem.Problem;

/** Progress of a report for whoever holds its tracking code, and its completion when asked; no login. */
@Path("/api/v1/tracking/{trackingCode}")
@PermitAll
@Tag(name = "Tracking", description = "A report's progress for whoever holds its tracking code, without an account")
@Produces(MediaType.APPLICATION_JSON)
public class TrackingResource {

    private final TrackingService service;
    private final ReviewService reviews;

    public TrackingResource(TrackingService service, ReviewService reviews) {
        this.service = service;
        this.reviews = reviews;
    }

    @GET
    @Operation(operationId = "trackReport", summary = "Status and timeline of a report", description = "For the reporter: plain-language "
            + "status and steps (Indonesian, or English with Accept-Language: en), without anyone's personal data.")
    @APIResponse(responseCode = "200", description = "The report's progress", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TrackingView.class), examples = {
            @ExampleObject(name = "under review", value = "{\"caseNumber\":\"64.71-2024-000001\",\"status\":\"KAJIAN_AWAL\",\"statusText\":\"Dalam kajian awal Bawaslu\",\"notes\":[],\"steps\":[{\"kind\":\"REPORT_RECEIVED\",\"text\":\"Laporan diterima\",\"at\":\"2024-10-02T01:00:00Z\"}]}"),
            @ExampleObject(name = "late, forwarded", value = "{\"caseNumber\":\"64.71-2024-000002\",\"status\":\"DITERUSKAN\",\"statusText\":\"Diteruskan ke Inspektorat daerah 64.71\",\"notes\":[\"Laporan disampaikan setelah batas waktu (2024-10-09) sejak pelanggaran diketahui; laporan disimpan tetapi tidak dapat diregistrasi.\",\"Laporan tidak diregistrasi karena melewati batas waktu pelaporan.\",\"Pelanggaran netralitas ASN bukan delik aduan: walaupun laporan tidak diregistrasi oleh Bawaslu, faktanya diteruskan agar instansi tersebut dapat memeriksa dan menjatuhkan hukuman disiplin.\"],\"steps\":[{\"kind\":\"REPORT_RECEIVED\",\"text\":\"Laporan diterima\",\"at\":\"2024-10-10T01:00:00Z\"},{\"kind\":\"CASE_REJECTED\",\"text\":\"Perkara tidak diregistrasi\",\"at\":\"2024-10-10T01:00:00Z\"},{\"kind\":\"CASE_FORWARDED\",\"text\":\"Fakta laporan diteruskan (INSPEKTORAT 64.71)\",\"at\":\"2024-10-11T02:00:00Z\"}]}") }))
    @APIResponse(responseCode = "404", description = "Unknown tracking code", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<TrackingView> track(
            @Parameter(description = "the code given when the report was filed", example = "NTR-7K3Q-M9XD-2HFA-P0ZB") @PathParam("trackingCode") String trackingCode,
            @Context HttpHeaders headers) {
        return service.track(trackingCode, Messages.locale(headers));
    }

    @POST
    @Path("/completion")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "completeReport", summary = "Complete a report the initial review asked about", description = "Only while the case is "
            + "PERLU_DILENGKAPI and before its due time; the case goes back to the initial review. A missing NIP "
            + "given here turns a lead into a case that can be registered.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CompletionRequest.class), examples = @ExampleObject(name = "completion", value = "{\"text\":\"Tautan unggahan terlampir.\",\"accusedNip\":\"196608011988031001\",\"links\":[\"https://example.org/post/1\"]}")))
    @APIResponse(responseCode = "200", description = "Completed; back under initial review", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ReviewOutcome.class), examples = @ExampleObject(name = "back to review", value = "{\"caseNumber\":\"64.71-2024-000001\",\"status\":\"KAJIAN_AWAL\",\"statusText\":\"Dalam kajian awal Bawaslu\",\"reviewDueAt\":\"2024-10-08T16:00:00Z\"}")))
    @APIResponse(responseCode = "400", description = "Invalid completion; one entry per field", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "Unknown tracking code", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "No completion is asked for this report (or the case changed meanwhile)", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "415", description = "Body is not JSON", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "The completion deadline has passed", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<ReviewOutcome> complete(@PathParam("trackingCode") String trackingCode, CompletionRequest request,
            @Context HttpHeaders headers) {
        return reviews.complete(trackingCode, request, Messages.locale(headers));
    }
}
