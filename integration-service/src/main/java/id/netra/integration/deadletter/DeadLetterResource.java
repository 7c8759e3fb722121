package id.netra.integration.deadletter;

import java.util.UUID;
import java.util.regex.Pattern;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
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

/** The messages the suite's consumers could never process: read them (admin, auditor), send one back (admin). */
@Path("/api/v1/dead-letters")
@Authenticated
@Tag(name = "Dead letters", description = "Messages a consumer could never process, and their redrives")
@SecurityRequirement(name = "netra-oidc")
public class DeadLetterResource {

    private static final Pattern CONSUMER = Pattern.compile("[a-z]{1,40}-service");

    private final DeadLetterService service;

    public DeadLetterResource(DeadLetterService service) {
        this.service = service;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.ADMIN, Roles.AUDITOR })
    @Operation(operationId = "listDeadLetters", summary = "The dead letters, newest first", description = "Every "
            + "record a consumer of intake-, clarification-, sanction- or integration-service parked on its service's "
            + "dead-letter topic, with the reason it gave up, where the record came from and what it is (when its "
            + "headers and payload can be read). Pass the page's `next` as `before` for older ones.")
    @APIResponse(responseCode = "200", description = "A page", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DeadLetterViews.Page.class)))
    @APIResponse(responseCode = "400", description = "VALIDATION_FAILED: a consumer that is not a service's name (CONSUMER_INVALID), a cursor this service did not give (INVALID_CURSOR), `limit` outside 1-200 (LIMIT_RANGE)", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Only admin and auditor read dead letters", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<DeadLetterViews.Page> list(
            @Parameter(description = "only those parked by this service's consumers", example = "sanction-service") @QueryParam("consumer") String consumer,
            @Parameter(description = "the previous page's `next`") @QueryParam("before") String before,
            @Parameter(description = "page size, 1-200, default 50", schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "200", defaultValue = "50")) @QueryParam("limit") String limit) {
        QueryParameters query = new QueryParameters();
        String parsedConsumer = query.matching("consumer", consumer, CONSUMER, "CONSUMER_INVALID");
        UUID parsedBefore = query.cursor("before", before);
        int size = query.limit(limit, 50, 200);
        query.requireValid();
        return service.page(parsedConsumer, parsedBefore, size);
    }

    @GET
    @Path("/{deadLetterId}")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.ADMIN, Roles.AUDITOR })
    @Operation(operationId = "getDeadLetter", summary = "One dead letter whole", description = "Its record's key, "
            + "headers and payload (without any reporter reference) and every redrive: who sent it back, when, and "
            + "whether the broker took it.")
    @APIResponse(responseCode = "200", description = "The dead letter", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DeadLetterViews.Detail.class)))
    @APIResponse(responseCode = "403", description = "Only admin and auditor read dead letters", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "DEAD_LETTER_NOT_FOUND", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<DeadLetterViews.Detail> get(@PathParam("deadLetterId") UUID deadLetterId) {
        return service.get(deadLetterId);
    }

    @POST
    @Path("/{deadLetterId}/redrive")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "redriveDeadLetter", summary = "Send a dead letter back", description = "After the "
            + "cause is fixed: the record goes back to the topic it came from, as it was, marked as redriven "
            + "(`netra-redrive-id`) for the service that parked it (`netra-redrive-for`; the topic's other consumers "
            + "leave it). Safe to repeat: consumers take each event once by its id. Recorded before it is sent (who, "
            + "when); PENDING if the broker did not take it yet, then sent again within a minute.")
    @APIResponse(responseCode = "202", description = "Recorded and, unless PENDING, sent", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DeadLetterViews.Redrive.class)))
    @APIResponse(responseCode = "403", description = "Only admin redrives", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "DEAD_LETTER_NOT_FOUND", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "DEAD_LETTER_NO_TOPIC: the record does not say which topic it came from", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<Response> redrive(@PathParam("deadLetterId") UUID deadLetterId) {
        return service.redrive(deadLetterId)
                .map(redrive -> Response.accepted(redrive).type(MediaType.APPLICATION_JSON_TYPE)
                        .build());
    }
}
