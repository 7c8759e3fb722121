package id.netra.integration.stream;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.sse.OutboundSseEvent;
import jakarta.ws.rs.sse.Sse;

import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.quarkus.security.Authenticated;
import io.smallrye.mutiny.Multi;

import id.netra.kit.problem.Problem;
import id.netra.kit.security.Caller;
import id.netra.kit.security.Roles;

/** The live stream of the suite's events, for those who watch the whole suite: admins, auditors and BKN. */
@Path("/api/v1/stream")
@Authenticated
@Tag(name = "Stream", description = "The suite's events as they are published, for admins, auditors and BKN")
@SecurityRequirement(name = "netra-oidc")
public class StreamResource {

    private final StreamHub hub;
    private final Caller caller;
    private final JsonWebToken token;
    private final Clock clock;

    public StreamResource(StreamHub hub, Caller caller, JsonWebToken token, Clock clock) {
        this.hub = hub;
        this.caller = caller;
        this.token = token;
        this.clock = clock;
    }

    @GET
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @RolesAllowed({ Roles.ADMIN, Roles.AUDITOR, Roles.BKN })
    @Operation(operationId = "streamEvents", summary = "The suite's events, live", description = "Server-sent events: "
            + "each event of intake-, clarification- and sanction-service as this replica reads it from Kafka, as a "
            + "CloudEvent in JSON in `data`; the SSE `id` is the replica's and the event's (`<replica>:<event id>`). "
            + "The payload is whole but for the reporter's pseudonym: no reporter is ever shown. A comment line every "
            + "15 s keeps the connection alive. Reconnect with `Last-Event-ID` to get what was missed, up to the last "
            + "5 minutes, from the same replica; an event named `reset` says that cannot be done (another replica, or "
            + "too much missed: reload what you show). A client more than 500 events behind is cut off and "
            + "reconnects the same way. The stream ends when the access token expires; reconnect with a new one. "
            + "Regional governments read the feed or receive webhooks instead.")
    @APIResponse(responseCode = "200", description = "The stream", content = @Content(mediaType = MediaType.SERVER_SENT_EVENTS, schema = @Schema(type = SchemaType.STRING, example = "id: 01934b7e-8f00-7000-8000-000000000001\ndata: {\"specversion\":\"1.0\",\"id\":\"01934b7e-8f00-7000-8000-000000000001\",\"source\":\"/netra/intake\",\"type\":\"id.netra.case.registered.v1\",\"subject\":\"64.71-2024-000001\",\"netraregion\":\"64.71\",\"data\":{}}\n\n")))
    @APIResponse(responseCode = "400", description = "VALIDATION_FAILED: a type prefix of other characters than a-z, 0-9, _ and . (TYPE_PREFIX_INVALID), a region not listed (REGION_FORMAT, REGION_UNKNOWN, INVALID_REGION), a case number of other characters (CASE_FILTER_INVALID)", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Only admin, auditor and bkn watch the stream", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "503", description = "STREAM_BUSY: this replica serves as many streams as it may; try again shortly", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Multi<OutboundSseEvent> stream(
            @Parameter(description = "only types starting with one of these, comma-separated", example = "id.netra.case.,id.netra.recommendation.") @QueryParam("types") String types,
            @Parameter(description = "only this region (a province includes its kabupaten/kota), within the caller's own", example = "64.71") @QueryParam("region") String region,
            @Parameter(description = "only this case (or candidacy watch, by its id)", example = "64.71-2024-000001") @QueryParam("case") String caseNumber,
            @Parameter(description = "the id of the last event received, to get what was missed since") @HeaderParam("Last-Event-ID") String lastEventId,
            @Context Sse sse) {
        // the caller and the token are of this request: read them now, not while the stream runs
        StreamFilter filter = StreamFilter.parse(types, region, caseNumber, caller.listScope());
        Instant expires = token.getExpirationTime() > 0 ? Instant.ofEpochSecond(token.getExpirationTime())
                : clock.instant().plus(Duration.ofHours(1));
        return StreamSse.stream(hub, filter, lastEventId, expires, clock, sse);
    }
}
