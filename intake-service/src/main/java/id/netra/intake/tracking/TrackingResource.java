package id.netra.intake.tracking;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.smallrye.mutiny.Uni;

import id.netra.kit.problem.Messages;
import id.netra.kit.problem.Problem;

/** Progress of a report for whoever holds its tracking code; no login. */
@Path("/api/v1/tracking")
@PermitAll
@Tag(name = "Tracking")
@Produces(MediaType.APPLICATION_JSON)
public class TrackingResource {

    private final TrackingService service;

    public TrackingResource(TrackingService service) {
        this.service = service;
    }

    @GET
    @Path("/{trackingCode}")
    @Operation(summary = "Status and timeline of a report", description = "For the reporter: plain-language "
            + "steps, without anyone's personal data.")
    @APIResponse(responseCode = "200", description = "The report's progress", content = @Content(schema = @Schema(implementation = TrackingView.class)))
    @APIResponse(responseCode = "404", description = "Unknown tracking code", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<TrackingView> track(@PathParam("trackingCode") String trackingCode, @Context HttpHeaders headers) {
        return service.track(trackingCode, Messages.locale(headers));
    }
}
