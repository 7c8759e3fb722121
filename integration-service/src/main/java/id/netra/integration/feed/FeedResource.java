package id.netra.integration.feed;

import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.micrometer.core.instrument.MeterRegistry;
import io.smallrye.mutiny.Uni;

import id.netra.contracts.EventType;
import id.netra.kit.problem.Problem;
import id.netra.kit.problem.ProblemException;
import id.netra.kit.problem.QueryParameters;
import id.netra.kit.security.Caller;
import id.netra.kit.security.Roles;

/** The feed of the caller's region's case events, for a regional government's own systems. */
@Path("/api/v1/feed")
@Tag(name = "Feed", description = "Every case event of the caller's region, in one gap-free order")
@SecurityRequirement(name = "netra-oidc")
public class FeedResource {

    /** The CloudEvents JSON batch format. */
    public static final String BATCH = "application/cloudevents-batch+json";
    public static final String NEXT_CURSOR = "Netra-Next-Cursor";
    static final int MAX_WAIT_SECONDS = 30;
    private static final Pattern WAIT = Pattern.compile("[0-9]{1,2}");
    private static final Set<String> TYPES = FeedProjector.caseTypes().stream().map(EventType::type)
            .collect(Collectors.toUnmodifiableSet());

    private final FeedStore store;
    private final FeedSignal signal;
    private final Caller caller;
    private final MeterRegistry registry;

    public FeedResource(FeedStore store, FeedSignal signal, Caller caller, MeterRegistry registry) {
        this.store = store;
        this.signal = signal;
        this.caller = caller;
        this.registry = registry;
    }

    @GET
    @RolesAllowed({ Roles.PEMDA, Roles.BKN, Roles.ADMIN, Roles.AUDITOR })
    @Produces({ BATCH, MediaType.APPLICATION_JSON })
    @Operation(operationId = "readFeed", summary = "The caller's region's case events after a cursor", description = "Oldest first, each event once: follow `Netra-Next-Cursor` and no event is skipped or repeated, even when the services' transactions commit in another order than they began. A regional government's account sees its kabupaten/kota, a province's account also its kabupaten/kota, a national account every region. Events are thin: to read a case's details, call the services' APIs with your own token. Without `after` the feed starts at the oldest event still kept. `wait` holds the request open until an event arrives (at most 30 s).")
    @APIResponse(responseCode = "200", description = "The events (possibly none) and the cursor to read on from", headers = @Header(name = NEXT_CURSOR, description = "pass it as `after` next time", schema = @Schema(type = SchemaType.STRING)), content = @Content(mediaType = BATCH, schema = @Schema(implementation = CloudEvent.class, type = SchemaType.ARRAY)))
    @APIResponse(responseCode = "400", description = "VALIDATION_FAILED: a cursor this service did not give (INVALID_CURSOR), `limit` outside 1-500 (LIMIT_RANGE), an unknown type (INVALID_VALUE), `wait` outside 0-30 (INVALID_WAIT)", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Only pemda, bkn, admin and auditor read the feed", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "410", description = "CURSOR_EXPIRED: events after this cursor were removed (older than the retention); read the cases again through the services' APIs and start from a new cursor", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<Response> feed(
            @Parameter(description = "the cursor of the previous answer (`Netra-Next-Cursor`)") @QueryParam("after") String after,
            @Parameter(description = "at most this many events, 1-500 (default 100)", schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "500", defaultValue = "100")) @QueryParam("limit") String limit,
            @Parameter(description = "only these CloudEvents types, comma-separated", example = "id.netra.case.registered.v1,id.netra.sanction.decided.v1") @QueryParam("types") String types,
            @Parameter(description = "seconds to wait for an event when there is none yet, 0-30 (default 0)", schema = @Schema(type = SchemaType.INTEGER, minimum = "0", maximum = "30", defaultValue = "0")) @QueryParam("wait") String wait) {
        QueryParameters query = new QueryParameters();
        int size = query.limit(limit, 100, 500);
        OptionalLong from = after == null ? OptionalLong.empty() : FeedCursor.parse(after);
        if (after != null && from.isEmpty()) {
            query.reject("after", QueryParameters.INVALID_CURSOR);
        }
        Set<String> wanted = types(types, query);
        int seconds = 0;
        if (wait != null) {
            if (WAIT.matcher(wait).matches() && Integer.parseInt(wait) <= MAX_WAIT_SECONDS) {
                seconds = Integer.parseInt(wait);
            } else {
                query.reject("wait", "INVALID_WAIT", MAX_WAIT_SECONDS);
            }
        }
        query.requireValid();
        registry.counter("netra.feed.requests", "wait", seconds > 0 ? "long-poll" : "no").increment();
        String scope = caller.listScope();
        long deadline = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
        return store.horizon().chain(horizon -> {
            if (from.isPresent() && from.getAsLong() < horizon) {
                throw new ProblemException(410, "CURSOR_EXPIRED");
            }
            long start = from.orElse(horizon);
            return poll(start, scope, wanted, size, deadline).map(page -> Response.ok(page.stream()
                    .map(CloudEvent::of).toList())
                    .header(NEXT_CURSOR, FeedCursor.of(page.isEmpty() ? start : page.get(page.size() - 1).seq()))
                    .build());
        });
    }

    /**
     * Reads a page; while it is empty and time is left, waits for the next append anywhere and reads again (an
     * append of another region wakes the reader too, and it waits on).
     */
    private Uni<List<FeedStore.Stored>> poll(long after, String scope, Set<String> types, int limit, long deadline) {
        CompletableFuture<Void> appended = signal.next();
        return store.page(after, scope, types, limit).chain(page -> {
            long left = deadline - System.nanoTime();
            if (!page.isEmpty() || left <= 0) {
                return Uni.createFrom().item(page);
            }
            return Uni.createFrom().completionStage(appended).ifNoItem().after(Duration.ofNanos(left))
                    .recoverWithItem((Void) null).chain(() -> poll(after, scope, types, limit, deadline));
        });
    }

    private static Set<String> types(String raw, QueryParameters query) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        Set<String> wanted = new LinkedHashSet<>(Arrays.asList(raw.split(",")));
        wanted.removeIf(String::isBlank);
        List<String> unknown = wanted.stream().filter(type -> !TYPES.contains(type.strip())).toList();
        if (!unknown.isEmpty()) {
            query.reject("types", QueryParameters.INVALID_VALUE, String.join(", ", TYPES.stream().sorted().toList()));
        }
        return wanted.stream().map(String::strip).collect(Collectors.toUnmodifiableSet());
    }
}
