package id.netra.integration.webhook;

import java.util.List;
import java.util.Map;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.smallrye.mutiny.Uni;

import id.netra.kit.problem.Problem;
import id.netra.kit.security.Roles;

/** Webhook subscriptions of a regional government's system (or an admin's). */
@Path("/api/v1/webhooks")
@RolesAllowed({ Roles.PEMDA, Roles.ADMIN })
@Tag(name = "Webhooks", description = "Each case event of the subscriber's region, pushed as a signed CloudEvent (Standard Webhooks)")
@SecurityRequirement(name = "netra-oidc")
@APIResponse(responseCode = "403", description = "Only pemda and admin manage webhooks", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class WebhookResource {

    private final WebhookService webhooks;

    public WebhookResource(WebhookService webhooks) {
        this.webhooks = webhooks;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "subscribeWebhook", summary = "Subscribe an endpoint", description = "Events of the caller's region from now on, each as one CloudEvent (`application/cloudevents+json`) with `webhook-id` (the event id: de-duplicate on it), `webhook-timestamp` and `webhook-signature`. The answer carries the signing secret once. Only http(s) to a public address: loopback, private, link-local and similar addresses are refused, now and at every delivery. A receiver that answers 410 ends the subscription; one that keeps failing is retried with growing waits for days, then disabled.")
    @APIResponse(responseCode = "201", description = "Subscribed; `secret` is shown only now", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = WebhookView.class)))
    @APIResponse(responseCode = "400", description = "VALIDATION_FAILED: a URL that is not http(s) or malformed (URL_SCHEME_NOT_ALLOWED, URL_INVALID), whose host resolves to a refused address (URL_ADDRESS_NOT_ALLOWED) or not at all (URL_HOST_UNKNOWN), an unknown type", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<Response> subscribe(WebhookRequest request) {
        return webhooks.subscribe(request).map(view -> Response.status(Response.Status.CREATED).entity(view).build());
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "listWebhooks", summary = "The caller's subscriptions", description = "Oldest first, without their secrets; an admin sees every region's.")
    @APIResponse(responseCode = "200", description = "The subscriptions, oldest first", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = WebhookView.class, type = SchemaType.ARRAY)))
    public Uni<List<WebhookView>> list() {
        return webhooks.list();
    }

    @GET
    @Path("{id}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "getWebhook", summary = "One subscription", description = "Its URL, event types, region and state (active, or disabled and why), without its secret.")
    @APIResponse(responseCode = "200", description = "The subscription", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = WebhookView.class)))
    @APIResponse(responseCode = "404", description = "No such subscription of the caller", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<WebhookView> get(@PathParam("id") String id) {
        return webhooks.get(id);
    }

    @DELETE
    @Path("{id}")
    @Operation(operationId = "deleteWebhook", summary = "End a subscription", description = "Nothing more is delivered to it; its delivery log goes with it.")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "404", description = "No such subscription of the caller", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<Response> delete(@PathParam("id") String id) {
        return webhooks.delete(id).map(done -> Response.noContent().build());
    }

    @POST
    @Path("{id}/secret")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "rotateWebhookSecret", summary = "Rotate the signing secret", description = "A new secret, shown once; the previous one goes on signing beside it for 24 hours (two `v1,` signatures), so the receiver can switch without losing an event.")
    @APIResponse(responseCode = "200", description = "The new secret and until when the previous one signs", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = WebhookView.class)))
    @APIResponse(responseCode = "404", description = "No such subscription of the caller", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<WebhookView> rotate(@PathParam("id") String id) {
        return webhooks.rotate(id);
    }

    @GET
    @Path("{id}/deliveries")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "listWebhookDeliveries", summary = "The delivery log", description = "The last 200 attempts, newest first: the event, when, the receiver's status code, the latency and the error (timeout, refused address, connection failure). Bodies are never kept.")
    @APIResponse(responseCode = "200", description = "The attempts", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = WebhookStore.Attempt.class, type = SchemaType.ARRAY)))
    @APIResponse(responseCode = "404", description = "No such subscription of the caller", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<List<WebhookStore.Attempt>> deliveries(@PathParam("id") String id) {
        return webhooks.deliveries(id);
    }

    @POST
    @Path("{id}/replay")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "replayWebhook", summary = "Deliver again from a cursor or an instant", description = "The subscription's events after a feed cursor (`after`) or stored from an instant (`since`) go out again, in order, with their original `webhook-id`.")
    @APIResponse(responseCode = "202", description = "Queued: how many events", content = @Content(mediaType = MediaType.APPLICATION_JSON))
    @APIResponse(responseCode = "400", description = "VALIDATION_FAILED: neither or both of after and since (REPLAY_FROM_ONE), a cursor this service did not give", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such subscription of the caller", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<Response> replay(@PathParam("id") String id, ReplayRequest request) {
        return webhooks.replay(id, request)
                .map(count -> Response.accepted(Map.of("queued", count)).build());
    }
}
