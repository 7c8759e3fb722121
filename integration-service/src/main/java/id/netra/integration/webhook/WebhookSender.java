package id.netra.integration.webhook;

import java.net.InetAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.jboss.logging.Logger;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;
import io.vertx.core.net.SocketAddress;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.core.buffer.Buffer;
import io.vertx.mutiny.core.http.HttpClient;
import io.vertx.mutiny.core.http.HttpClientResponse;

import id.netra.integration.feed.CloudEvent;
import id.netra.integration.feed.FeedSignal;
import id.netra.kit.crypto.Sealer;

/**
 * Delivers the queued events: leases due deliveries (a case's in order, a bounded number per subscriber), signs each
 * as Standard Webhooks asks, posts it as one structured CloudEvent, and records the outcome and the attempt. Failures
 * wait with exponential backoff and jitter (or the receiver's {@code Retry-After}); everything is in the database, so
 * a restart or a second replica loses and doubles nothing (a receiver de-duplicates on {@code webhook-id}).
 */
@ApplicationScoped
public class WebhookSender {

    static final String CONTENT_TYPE = "application/cloudevents+json";
    private static final Logger LOG = Logger.getLogger(WebhookSender.class);
    /** Longer than a request may take: a lease outlives only a sender that died. */
    private static final Duration LEASE = Duration.ofSeconds(60);
    private static final Duration SECRETS_KEPT = Duration.ofSeconds(5);
    private static final Duration COALESCE = Duration.ofMillis(10);

    private final WebhookStore store;
    private final AddressPolicy policy;
    private final WebhooksConfig config;
    private final Clock clock;
    private final Vertx vertx;
    private final ObjectMapper json;
    private final FeedSignal signal;
    private final Sealer sealer;
    private final MeterRegistry registry;
    private final Map<UUID, AtomicInteger> inFlight = new ConcurrentHashMap<>();
    private final Map<UUID, Secrets> secrets = new ConcurrentHashMap<>();
    private final AtomicBoolean running = new AtomicBoolean();
    private final AtomicBoolean again = new AtomicBoolean();
    private final AtomicBoolean wakeScheduled = new AtomicBoolean();
    private volatile HttpClient client;
    private volatile boolean stopped;

    public WebhookSender(WebhookStore store, AddressPolicy policy, WebhooksConfig config, Clock clock, Vertx vertx,
            ObjectMapper json, FeedSignal signal, MeterRegistry registry) {
        this.store = store;
        this.policy = policy;
        this.config = config;
        this.clock = clock;
        this.vertx = vertx;
        this.json = json;
        this.signal = signal;
        this.registry = registry;
        this.sealer = Sealer.of(config.secretKey(), "netra.integration.webhooks.secret-key");
    }

    void onStart(@Observes StartupEvent event) {
        client = vertx.createHttpClient(new HttpClientOptions()
                .setConnectTimeout((int) config.connectTimeout().toMillis())
                .setForceSni(true)
                .setVerifyHost(true)
                .setMaxPoolSize(64));
        signal.onAppend(this::wake);
    }

    void onStop(@Observes ShutdownEvent event) {
        stopped = true;
    }

    @Scheduled(every = "${netra.integration.webhooks.sweep-interval:1s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP, skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void sweep() {
        wake();
    }

    /** Queues new events and sends what is due; one round at a time per replica, another round if woken meanwhile. */
    public void wake() {
        if (stopped || client == null) {
            return;
        }
        again.set(true);
        if (!running.compareAndSet(false, true)) {
            return;
        }
        again.set(false);
        round().subscribe().with(sent -> finish(), failure -> {
            LOG.warnf("Webhook round failed: %s", failure.getMessage());
            finish();
        });
    }

    /**
     * Wakes within a few milliseconds: the deliveries that end meanwhile share one round, instead of a lease query
     * for each of them.
     */
    private void wakeSoon() {
        if (wakeScheduled.compareAndSet(false, true)) {
            vertx.setTimer(COALESCE.toMillis(), id -> {
                wakeScheduled.set(false);
                wake();
            });
        }
    }

    private void finish() {
        running.set(false);
        if (again.get()) {
            vertx.getDelegate().runOnContext(ignored -> wake());
        }
    }

    /** One round: queue, lease and start the sends; completes when they are started, not when they end. */
    Uni<Integer> round() {
        Instant now = clock.instant();
        List<UUID> full = new ArrayList<>();
        inFlight.forEach((id, count) -> {
            if (count.get() >= config.concurrencyPerSubscriber()) {
                full.add(id);
            }
        });
        return store.queue(now)
                .chain(() -> store.claim(now, now.plus(LEASE), full, config.concurrencyPerSubscriber()))
                .invoke(claimed -> claimed.forEach(this::start))
                .map(List::size);
    }

    private void start(WebhookStore.Claimed claimed) {
        AtomicInteger count = inFlight.computeIfAbsent(claimed.subscriptionId(), id -> new AtomicInteger());
        count.incrementAndGet();
        deliver(claimed).onTermination().invoke(() -> {
            count.decrementAndGet();
            // the next of the case, or the next the concurrency bound held back, may go now
            wakeSoon();
        }).subscribe().with(ok -> {
        }, failure -> LOG.warnf("Delivery %s not recorded: %s", claimed.id(), failure.getMessage()));
    }

    /** Sends one delivery and records what happened. */
    Uni<Void> deliver(WebhookStore.Claimed claimed) {
        WebhookStore.Details details = claimed.details();
        if (details == null || details.event() == null) {
            return store.dropped(claimed);
        }
        return secrets(claimed.subscriptionId()).chain(secrets -> {
            String body = body(details.event());
            long started = System.nanoTime();
            return post(details.url(), claimed.eventId(), body, secrets)
                    .chain(status -> outcome(claimed, status.code(), status.retryAfter(), null, started))
                    .onFailure().recoverWithUni(failure -> outcome(claimed, null, null, describe(failure), started));
        });
    }

    /** A subscription's signing secrets, opened; kept a few seconds, as a rotation may take that long to show. */
    private Uni<List<String>> secrets(UUID subscriptionId) {
        Instant now = clock.instant();
        Secrets cached = secrets.get(subscriptionId);
        if (cached != null && cached.until().isAfter(now)) {
            return Uni.createFrom().item(cached.values());
        }
        return store.secrets(subscriptionId, now).map(sealed -> {
            List<String> values = sealed.stream().map(bytes -> new String(sealer.open(bytes), StandardCharsets.UTF_8))
                    .toList();
            secrets.put(subscriptionId, new Secrets(values, now.plus(SECRETS_KEPT)));
            return values;
        });
    }

    private record Secrets(List<String> values, Instant until) {
    }

    private record Answer(int code, String retryAfter) {
    }

    private Uni<Answer> post(String url, String eventId, String body, List<String> secrets) {
        URI uri = URI.create(url);
        boolean https = "https".equalsIgnoreCase(uri.getScheme());
        int port = uri.getPort() > 0 ? uri.getPort() : https ? 443 : 80;
        String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
        String target = uri.getRawQuery() == null ? path : path + "?" + uri.getRawQuery();
        // the signature's timestamp is the wall clock: receivers compare it with theirs
        long timestamp = Instant.now().getEpochSecond();
        return vertx.executeBlocking(Uni.createFrom().item(() -> resolve(uri.getHost())))
                .chain(address -> client.request(new RequestOptions()
                        .setMethod(HttpMethod.POST)
                        // connect to the address just checked; Host and SNI still name the receiver
                        .setServer(SocketAddress.inetSocketAddress(port, address.getHostAddress()))
                        .setHost(uri.getHost())
                        .setPort(port)
                        .setSsl(https)
                        .setURI(target)
                        .setFollowRedirects(false)
                        .setIdleTimeout(config.requestTimeout().toMillis())))
                .chain(request -> request
                        .putHeader("content-type", CONTENT_TYPE)
                        .putHeader("webhook-id", eventId)
                        .putHeader("webhook-timestamp", Long.toString(timestamp))
                        .putHeader("webhook-signature", Signatures.header(secrets, eventId, timestamp, body))
                        .send(Buffer.buffer(body)))
                .chain(response -> drain(response).replaceWith(
                        new Answer(response.statusCode(), response.getHeader("retry-after"))))
                .ifNoItem().after(config.requestTimeout()).failWith(() -> new RequestTimeout());
    }

    private InetAddress resolve(String host) {
        try {
            return policy.resolve(host);
        } catch (java.net.UnknownHostException e) {
            throw new IllegalStateException("unknown host " + host, e);
        }
    }

    /** Reads and drops the answer's body: Netra keeps no bodies, but the connection must be freed. */
    private static Uni<Void> drain(HttpClientResponse response) {
        response.handler(buffer -> {
        });
        return response.end();
    }

    private Uni<Void> outcome(WebhookStore.Claimed claimed, Integer status, String retryAfter, String error,
            long started) {
        int latency = (int) Duration.ofNanos(System.nanoTime() - started).toMillis();
        Instant now = clock.instant();
        if (status != null && status >= 200 && status < 300) {
            registry.counter("netra.webhooks.deliveries", "outcome", "ok").increment();
            return store.delivered(claimed, now, status, latency);
        }
        boolean gone = status != null && status == 410;
        registry.counter("netra.webhooks.deliveries", "outcome", gone ? "gone" : "failed").increment();
        Instant next = now.plus(retryAfter(retryAfter, now).orElse(backoff(claimed.attempts() + 1)));
        String reason = error != null ? error : "HTTP " + status;
        return store.failed(claimed, now, next, status, latency, reason, gone, now.minus(config.disableAfter()))
                .invoke(() -> LOG.infof("Webhook %s: event %s failed (%s), next attempt %s%s", claimed.subscriptionId(),
                        claimed.eventId(), reason, next, gone ? "; receiver gone, subscription disabled" : ""));
    }

    /** The wait before retry number {@code attempt}: doubling from the first retry's, capped, with ±20 % jitter. */
    Duration backoff(int attempt) {
        long base = config.firstRetry().toMillis();
        long wait = Math.min(config.maxRetryWait().toMillis(), base << Math.min(attempt - 1, 30));
        double jitter = 0.8 + ThreadLocalRandom.current().nextDouble() * 0.4;
        return Duration.ofMillis((long) (wait * jitter));
    }

    /** A receiver's {@code Retry-After} (seconds or an HTTP date), capped by the longest wait. */
    java.util.Optional<Duration> retryAfter(String header, Instant now) {
        if (header == null || header.isBlank()) {
            return java.util.Optional.empty();
        }
        Duration wait;
        try {
            wait = Duration.ofSeconds(Long.parseLong(header.strip()));
        } catch (NumberFormatException e) {
            try {
                wait = Duration.between(now,
                        ZonedDateTime.parse(header.strip(), DateTimeFormatter.RFC_1123_DATE_TIME).toInstant());
            } catch (DateTimeParseException unreadable) {
                return java.util.Optional.empty();
            }
        }
        if (wait.isNegative()) {
            return java.util.Optional.of(Duration.ZERO);
        }
        return java.util.Optional.of(wait.compareTo(config.maxRetryWait()) > 0 ? config.maxRetryWait() : wait);
    }

    private String body(WebhookStore.FeedEventRow event) {
        try {
            return json.writeValueAsString(new CloudEvent("1.0", event.id(), event.source(), event.type(),
                    event.subject(), event.time(), "application/json", event.regionCode(), event.data()));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("an event is always writable as JSON", e);
        }
    }

    private static String describe(Throwable failure) {
        if (failure instanceof RequestTimeout) {
            return "timeout";
        }
        if (failure instanceof AddressPolicy.RefusedAddressException) {
            return "refused address";
        }
        String message = failure.getMessage();
        return failure.getClass().getSimpleName() + (message == null ? "" : ": " + message);
    }

    private static class RequestTimeout extends RuntimeException {
        RequestTimeout() {
            super("no answer in time");
        }
    }
}
