package id.netra.integration.console;

import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.sse.OutboundSseEvent;
import jakarta.ws.rs.sse.Sse;

import org.eclipse.microprofile.openapi.annotations.Operation;

import io.quarkus.oidc.AccessTokenCredential;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import io.quarkus.security.ForbiddenException;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;

import id.netra.integration.deadletter.DeadLetterService;
import id.netra.integration.stream.StreamFilter;
import id.netra.integration.stream.StreamHub;
import id.netra.integration.stream.StreamSse;
import id.netra.kit.problem.Messages;
import id.netra.kit.security.Caller;
import id.netra.kit.security.Roles;

/**
 * The admin console: one page that follows the live stream and shows the services' state, for admins, auditors and
 * BKN, who sign in through Keycloak (a session cookie; the APIs keep bearer tokens). Everyone else gets a page that
 * says so, not the console. The page reads its stream here, as a browser's EventSource cannot send a bearer token.
 */
@Path("/console")
@Authenticated
public class ConsoleResource {

    /** Who may open the console; BKN and auditors read, only an admin redrives. */
    static final Set<String> VIEWERS = Set.of(Roles.ADMIN, Roles.AUDITOR, Roles.BKN);
    /** A header a page of another site cannot send without the browser asking us first. */
    static final String REQUESTED_BY = "X-Requested-By";

    private final ConsolePage page;
    private final StreamHub hub;
    private final DeadLetterService deadLetters;
    private final Caller caller;
    private final AccessTokenCredential accessToken;
    private final Clock clock;
    private final Template console;
    private final Template consoleDenied;

    public ConsoleResource(ConsolePage page, StreamHub hub, DeadLetterService deadLetters, Caller caller,
            AccessTokenCredential accessToken, Clock clock, Template console, Template consoleDenied) {
        this.page = page;
        this.hub = hub;
        this.deadLetters = deadLetters;
        this.caller = caller;
        this.accessToken = accessToken;
        this.clock = clock;
        this.console = console;
        this.consoleDenied = consoleDenied;
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    @Operation(hidden = true)
    public Uni<Response> page(@QueryParam("lang") String lang, @Context HttpHeaders headers) {
        Locale locale = locale(lang, headers);
        if (!viewer()) {
            return Uni.createFrom().item(Response.status(Response.Status.FORBIDDEN)
                    .entity(consoleDenied.data("t", ConsolePage.texts(locale)).data("lang", locale.getLanguage()))
                    .type(MediaType.TEXT_HTML_TYPE).build());
        }
        boolean admin = caller.hasRole(Roles.ADMIN);
        boolean deadLetterReader = admin || caller.hasRole(Roles.AUDITOR);
        return page.view(locale, caller.name(), String.join(", ", caller.roles().stream().sorted().toList()), admin,
                deadLetterReader).map(view -> {
                    TemplateInstance html = console.data("v", view).data("t", view.texts());
                    return Response.ok(html).type(MediaType.TEXT_HTML_TYPE).build();
                });
    }

    @GET
    @Path("/stream")
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @Operation(hidden = true)
    public Multi<OutboundSseEvent> stream(@QueryParam("types") String types, @QueryParam("region") String region,
            @QueryParam("case") String caseNumber, @HeaderParam("Last-Event-ID") String lastEventId,
            @Context Sse sse) {
        requireViewer();
        // only national callers see the console: the scope is every region
        StreamFilter filter = StreamFilter.parse(types, region, caseNumber, null);
        Instant expires = access().map(AccessClaims::expires).orElse(clock.instant());
        return StreamSse.stream(hub, filter, lastEventId, expires, clock, sse);
    }

    @POST
    @Path("/dead-letters/{deadLetterId}/redrive")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(hidden = true)
    public Uni<Response> redrive(@PathParam("deadLetterId") UUID deadLetterId,
            @HeaderParam(REQUESTED_BY) String requestedBy) {
        if (!viewer() || !caller.hasRole(Roles.ADMIN) || !"netra-console".equals(requestedBy)) {
            // a form of another site carries the session cookie no further than this
            throw new ForbiddenException();
        }
        return deadLetters.redrive(deadLetterId)
                .map(redrive -> Response.accepted(redrive).type(MediaType.APPLICATION_JSON_TYPE).build());
    }

    /** A console role, and national in both tokens (a regional admin reads the feed of their region instead). */
    private boolean viewer() {
        return VIEWERS.stream().anyMatch(caller::hasRole) && caller.isNational()
                && access().map(claims -> claims.region() == null).orElse(false);
    }

    private Optional<AccessClaims> access() {
        return AccessClaims.of(accessToken.getToken());
    }

    private void requireViewer() {
        if (!viewer()) {
            throw new ForbiddenException();
        }
    }

    /** Indonesian unless English is asked for, by the page's switch or the browser's languages. */
    private static Locale locale(String lang, HttpHeaders headers) {
        if ("en".equals(lang)) {
            return Locale.ENGLISH;
        }
        if ("id".equals(lang)) {
            return Messages.INDONESIAN;
        }
        return Messages.locale(headers);
    }
}
