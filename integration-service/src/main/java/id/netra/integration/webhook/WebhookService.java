package id.netra.integration.webhook;

import java.net.URI;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.core.Vertx;

import id.netra.contracts.EventType;
import id.netra.integration.feed.FeedCursor;
import id.netra.integration.feed.FeedProjector;
import id.netra.kit.crypto.Sealer;
import id.netra.kit.problem.FieldError;
import id.netra.kit.problem.Refusal;
import id.netra.kit.security.Caller;
import id.netra.kit.security.Roles;

/** Subscriptions of the caller: an admin sees and manages all, anyone else only their own (another's is 404). */
@ApplicationScoped
public class WebhookService {

    private static final Logger LOG = Logger.getLogger(WebhookService.class);
    private static final Pattern ID = Pattern.compile("[0-9a-fA-F-]{36}");
    private static final Set<String> TYPES = FeedProjector.caseTypes().stream().map(EventType::type)
            .collect(Collectors.toUnmodifiableSet());
    static final int MAX_TYPES = 50;
    static final int LOG_LIMIT = 200;

    private final WebhookStore store;
    private final AddressPolicy policy;
    private final WebhooksConfig config;
    private final Caller caller;
    private final Clock clock;
    private final Vertx vertx;
    private final Sealer sealer;

    public WebhookService(WebhookStore store, AddressPolicy policy, WebhooksConfig config, Caller caller, Clock clock,
            Vertx vertx) {
        this.store = store;
        this.policy = policy;
        this.config = config;
        this.caller = caller;
        this.clock = clock;
        this.vertx = vertx;
        this.sealer = Sealer.of(config.secretKey(), "netra.integration.webhooks.secret-key");
    }

    public Uni<WebhookView> subscribe(WebhookRequest request) {
        List<FieldError> errors = new ArrayList<>();
        if (request == null || request.url() == null) {
            errors.add(FieldError.of("url", "REQUIRED"));
        } else {
            policy.refuseUrl(request.url()).ifPresent(code -> errors.add(FieldError.of("url", code)));
        }
        List<String> types = request == null || request.types() == null || request.types().isEmpty() ? null
                : request.types();
        if (types != null) {
            if (types.size() > MAX_TYPES) {
                errors.add(FieldError.of("types", "TOO_MANY", MAX_TYPES));
            }
            for (int i = 0; i < Math.min(types.size(), MAX_TYPES); i++) {
                if (types.get(i) == null || !TYPES.contains(types.get(i))) {
                    errors.add(FieldError.of("types[" + i + "]", "INVALID_VALUE",
                            String.join(", ", TYPES.stream().sorted().toList())));
                }
            }
        }
        if (!errors.isEmpty()) {
            return Uni.createFrom().failure(Refusal.invalid(errors));
        }
        String url = request.url();
        String host = URI.create(url).getHost();
        String secret = Signatures.newSecret();
        Instant now = clock.instant();
        // the address is checked now too, so that a refused receiver is told at once, not after a day of retries
        return vertx.executeBlocking(Uni.createFrom().item(() -> refusal(host)))
                .chain(refusal -> {
                    if (refusal != null) {
                        throw Refusal.invalid(List.of(FieldError.of("url", refusal)));
                    }
                    return store.create(caller.name(), caller.listScope(), url,
                            types == null ? null : List.copyOf(Set.copyOf(types)),
                            sealer.seal(secret.getBytes(StandardCharsets.UTF_8)), now);
                })
                .invoke(created -> LOG.infof("Webhook %s subscribed by %s for region %s", created.id(), caller.name(),
                        created.scopeRegion() == null ? "all" : created.scopeRegion()))
                .map(created -> WebhookView.of(created, secret, null));
    }

    private String refusal(String host) {
        try {
            policy.resolve(host);
            return null;
        } catch (AddressPolicy.RefusedAddressException e) {
            return "URL_ADDRESS_NOT_ALLOWED";
        } catch (UnknownHostException e) {
            return "URL_HOST_UNKNOWN";
        }
    }

    public Uni<List<WebhookView>> list() {
        return store.list(isAdmin() ? null : caller.name())
                .map(list -> list.stream().map(s -> WebhookView.of(s, null, null)).toList());
    }

    public Uni<WebhookView> get(String id) {
        return visible(id).map(s -> WebhookView.of(s, null, null));
    }

    public Uni<Void> delete(String id) {
        return visible(id).chain(s -> store.delete(s.id())).invoke(() -> LOG.infof("Webhook %s deleted by %s", id,
                caller.name())).replaceWithVoid();
    }

    public Uni<WebhookView> rotate(String id) {
        Instant now = clock.instant();
        Instant previousUntil = now.plus(config.rotationOverlap());
        String secret = Signatures.newSecret();
        return visible(id).chain(s -> store.rotate(s.id(), sealer.seal(secret.getBytes(StandardCharsets.UTF_8)), now,
                previousUntil).replaceWith(s))
                .invoke(s -> LOG.infof("Webhook %s: secret rotated by %s", s.id(), caller.name()))
                .map(s -> WebhookView.of(s, secret, previousUntil));
    }

    public Uni<List<WebhookStore.Attempt>> deliveries(String id) {
        return visible(id).chain(s -> store.attempts(s.id(), LOG_LIMIT));
    }

    public Uni<Long> replay(String id, ReplayRequest request) {
        OptionalLong after = request == null || request.after() == null ? OptionalLong.empty()
                : FeedCursor.parse(request.after());
        List<FieldError> errors = new ArrayList<>();
        if (request == null || request.after() == null && request.since() == null
                || request.after() != null && request.since() != null) {
            errors.add(FieldError.of("after", "REPLAY_FROM_ONE"));
        } else if (request.after() != null && after.isEmpty()) {
            errors.add(FieldError.of("after", "INVALID_CURSOR"));
        }
        if (!errors.isEmpty()) {
            return Uni.createFrom().failure(Refusal.invalid(errors));
        }
        return visible(id).chain(s -> store.replay(s.id(), after.isPresent() ? after.getAsLong() : null,
                request.since(), clock.instant()))
                .invoke(count -> LOG.infof("Webhook %s: %d events queued again by %s", id, count, caller.name()));
    }

    /** The subscription if the caller may see it; 404 otherwise, as for one that does not exist. */
    private Uni<WebhookStore.Subscription> visible(String id) {
        if (id == null || !ID.matcher(id).matches()) {
            return Uni.createFrom().failure(Refusal.notFound("WEBHOOK_NOT_FOUND", id));
        }
        return store.find(UUID.fromString(id)).map(found -> {
            if (found == null || !isAdmin() && !found.owner().equals(caller.name())) {
                throw Refusal.notFound("WEBHOOK_NOT_FOUND", id);
            }
            return found;
        });
    }

    private boolean isAdmin() {
        return caller.hasRole(Roles.ADMIN);
    }
}
