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
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Pattern;

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
import io.vertx.core.Context;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;
import io.vertx.core.impl.VertxInternal;
import io.vertx.core.net.SocketAddress;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.core.http.HttpClient;

import id.netra.integration.feed.CloudEvent;
import id.netra.integration.feed.FeedSignal;
import id.netra.kit.crypto.Sealer;

/**
 * Delivers the queued events: leases due deliveries (a case's in order), keeps for each subscriber a lane with a
 * bounded number in flight, signs each as Standard Webhooks asks, posts it as one structured CloudEvent, and records
 * the outcome and the attempt. Failures wait with exponential backoff and jitter (or the receiver's
 * {@code Retry-After}); everything is in the database, so a restart or a second replica loses and doubles nothing (a
 * receiver de-duplicates on {@code webhook-id}, should a sender die between its answer and the record of it).
 * <p>
 * The usual path costs one query per batch of new events: queueing leases what may go at once and returns it with
 * what it sends. Claims are for the rest: a case's later events, retries, a failing subscriber's probes.
 */
@ApplicationScoped
public class WebhookSender {

    static final String CONTENT_TYPE = "application/cloudevents+json";
    private static final Logger LOG = Logger.getLogger(WebhookSender.class);
    /**
     * A lane holds up to this many times the subscriber's concurrency, and a round leases up to half of that for
     * it: deep enough that a poll's worth of events for a healthy receiver goes out from one round, without waiting
     * for claims.
     */
    private static final int LANE_DEPTH = 16;
    /** Beyond the longest wait in a full lane: a lease outlives only a sender that died. */
    private static final Duration LEASE_MARGIN = Duration.ofSeconds(20);
    private static final Duration SECRETS_KEPT = Duration.ofSeconds(5);
    private static final Duration COALESCE = Duration.ofMillis(10);
    private static final int RECORD_BATCH = 500;
    /** A host that is an address already (IPv4, or IPv6 in brackets): no lookup. */
    private static final Pattern IP_LITERAL = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}|\\[[0-9A-Fa-f:.]+\\]");

    private final WebhookStore store;
    private final AddressPolicy policy;
    private final WebhooksConfig config;
    private final Clock clock;
    private final Vertx vertx;
    private final ObjectMapper json;
    private final FeedSignal signal;
    private final Sealer sealer;
    private final MeterRegistry registry;
    private final Map<UUID, Lane> lanes = new ConcurrentHashMap<>();
    private final Map<UUID, Secrets> secrets = new ConcurrentHashMap<>();
    /**
     * Longer than a delivery may wait in its lane and then take: the lane's deliveries go out the subscriber's
     * concurrency at a time, each at most the request timeout, so the last one leased waits at most
     * {@value #LANE_DEPTH} timeouts (160 s with the default 10 s), plus the margin.
     */
    private final Duration lease;
    private final AtomicBoolean running = new AtomicBoolean();
    private final AtomicBoolean again = new AtomicBoolean();
    private final AtomicBoolean wakeScheduled = new AtomicBoolean();
    /** A claim is due in the next round. */
    private final AtomicBoolean claimWanted = new AtomicBoolean(true);
    /** Deliveries of healthy subscribers may be waiting for a claim: each recorded success may have freed one. */
    private final AtomicBoolean waiting = new AtomicBoolean();
    private final Queue<WebhookStore.Delivered> successes = new ConcurrentLinkedQueue<>();
    private final AtomicBoolean recording = new AtomicBoolean();
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
        this.lease = config.requestTimeout().multipliedBy(LANE_DEPTH).plus(LEASE_MARGIN);
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
        List<WebhookStore.Delivered> left = new ArrayList<>(successes);
        if (!left.isEmpty()) {
            // what is not recorded now goes out again after its lease: saves the receivers the duplicates
            try {
                store.delivered(left).await().atMost(Duration.ofSeconds(2));
            } catch (RuntimeException e) {
                LOG.warnf("%d deliveries not recorded at shutdown: %s", left.size(), e.getMessage());
            }
        }
    }

    @Scheduled(every = "${netra.integration.webhooks.sweep-interval:1s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP, skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void sweep() {
        claimWanted.set(true);
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

    /** Wakes within a few milliseconds: what ends meanwhile shares one round. */
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

    /** One round: queue (and start what may go at once), then claim if due; completes when the sends are started. */
    Uni<Integer> round() {
        Instant now = clock.instant();
        // a lane takes more while it holds less than half its depth, so it never holds more than its depth
        int fill = LANE_DEPTH / 2 * config.concurrencyPerSubscriber();
        return store.queue(now, now.plus(lease), loadedTo(fill), fill).chain(queued -> {
            queued.leased().forEach(this::start);
            if (queued.waiting() > 0) {
                waiting.set(true);
                claimWanted.set(true);
            }
            if (!claimWanted.getAndSet(false)) {
                return Uni.createFrom().item(queued.leased().size());
            }
            return store.claim(now, now.plus(lease), loadedTo(fill), fill).map(claimed -> {
                claimed.forEach(this::start);
                if (claimed.stream().anyMatch(c -> !c.probe())) {
                    // a case's next delivery may follow each of these: claim again when their outcomes are recorded
                    waiting.set(true);
                } else if (queued.waiting() == 0 && idle()) {
                    // nothing in flight here can free a case's next delivery: the sweep's claims do, and pace probes
                    waiting.set(false);
                }
                return queued.leased().size() + claimed.size();
            });
        });
    }

    /** The subscriptions whose lanes here hold at least {@code load} deliveries. */
    private List<UUID> loadedTo(int load) {
        List<UUID> loaded = new ArrayList<>();
        lanes.forEach((id, lane) -> {
            if (lane.load() >= load) {
                loaded.add(id);
            }
        });
        return loaded;
    }

    private boolean idle() {
        return successes.isEmpty() && lanes.values().stream().allMatch(lane -> lane.unsettled() == 0);
    }

    /**
     * A subscriber's deliveries leased by this replica: at most the configured number in flight, the rest waiting in
     * the order they were leased, so that one slow or dead receiver holds only its own lane.
     */
    private static final class Lane {
        private final ArrayDeque<WebhookStore.Claimed> queued = new ArrayDeque<>();
        /** The lane's own event loop: the subscribers' sends share the cores instead of the one that leased them. */
        private final Context context;
        private int inFlight;
        private int probesInFlight;

        Lane(Context context) {
            this.context = context;
        }

        synchronized int load() {
            return queued.size() + inFlight;
        }

        /** What may yet free a case's next delivery: all but the probes, whose pace the sweep sets. */
        synchronized int unsettled() {
            return queued.size() + inFlight - probesInFlight;
        }
    }

    private void start(WebhookStore.Claimed claimed) {
        Lane lane = lanes.computeIfAbsent(claimed.subscriptionId(),
                id -> new Lane(((VertxInternal) vertx.getDelegate()).createEventLoopContext()));
        synchronized (lane) {
            lane.queued.add(claimed);
        }
        pump(lane);
    }

    private void pump(Lane lane) {
        while (true) {
            WebhookStore.Claimed next;
            synchronized (lane) {
                if (lane.inFlight >= config.concurrencyPerSubscriber() || lane.queued.isEmpty()) {
                    return;
                }
                next = lane.queued.poll();
                lane.inFlight++;
                lane.probesInFlight += next.probe() ? 1 : 0;
            }
            lane.context.runOnContext(ignored -> deliver(next).onTermination().invoke(() -> {
                synchronized (lane) {
                    lane.inFlight--;
                    lane.probesInFlight -= next.probe() ? 1 : 0;
                }
                pump(lane);
            }).subscribe().with(ok -> {
            }, failure -> LOG.warnf("Delivery %s not recorded: %s", next.id(), failure.getMessage())));
        }
    }

    /** Sends one delivery and records what happened (a success joins the next batch of records). */
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

    /**
     * Records the successes that arrived meanwhile in one statement, one batch at a time; then claims again if a
     * case's next delivery may be waiting for them. A batch that cannot be recorded stays leased until its lease
     * passes and goes out again, which receivers ignore by its {@code webhook-id}.
     */
    private void record() {
        if (!recording.compareAndSet(false, true)) {
            return;
        }
        List<WebhookStore.Delivered> batch = new ArrayList<>();
        for (WebhookStore.Delivered next = successes.poll(); next != null; next = successes.poll()) {
            batch.add(next);
            if (batch.size() == RECORD_BATCH) {
                break;
            }
        }
        if (batch.isEmpty()) {
            recording.set(false);
            if (!successes.isEmpty()) {
                record();
            }
            return;
        }
        store.delivered(batch).subscribe().with(ok -> recorded(), failure -> {
            LOG.warnf("%d deliveries not recorded, sent again when their lease passes: %s", batch.size(),
                    failure.getMessage());
            recorded();
        });
    }

    private void recorded() {
        recording.set(false);
        if (waiting.get()) {
            claimWanted.set(true);
            wakeSoon();
        }
        if (!successes.isEmpty()) {
            record();
        }
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
        String host = uri.getHost();
        // the request on Vert.x's own futures, one stage for Mutiny: the usual path costs a few callbacks, not a dozen
        return address(host).chain(address -> Uni.createFrom().completionStage(() -> client.getDelegate()
                .request(new RequestOptions()
                        .setMethod(HttpMethod.POST)
                        // connect to the address just checked; Host and SNI still name the receiver
                        .setServer(SocketAddress.inetSocketAddress(port, address.getHostAddress()))
                        .setHost(host)
                        .setPort(port)
                        .setSsl(https)
                        .setURI(target)
                        .setFollowRedirects(false)
                        .setIdleTimeout(config.requestTimeout().toMillis()))
                .compose(request -> request
                        .putHeader("content-type", CONTENT_TYPE)
                        .putHeader("webhook-id", eventId)
                        .putHeader("webhook-timestamp", Long.toString(timestamp))
                        .putHeader("webhook-signature", Signatures.header(secrets, eventId, timestamp, body))
                        .send(Buffer.buffer(body)))
                .compose(response -> {
                    // Netra keeps no bodies, but the connection must be freed: read and drop it
                    response.handler(ignored -> {
                    });
                    return response.end().map(done -> new Answer(response.statusCode(),
                            response.getHeader("retry-after")));
                })
                .toCompletionStage()))
                .ifNoItem().after(config.requestTimeout()).failWith(() -> new RequestTimeout());
    }

    /**
     * The address to connect to, checked: an address literal at once, a name through a lookup off the event loop
     * (unordered, so one slow lookup holds no other delivery).
     */
    private Uni<InetAddress> address(String host) {
        if (IP_LITERAL.matcher(host).matches()) {
            return Uni.createFrom().item(() -> resolve(host));
        }
        return vertx.executeBlocking(Uni.createFrom().item(() -> resolve(host)), false);
    }

    private InetAddress resolve(String host) {
        try {
            return policy.resolve(host);
        } catch (java.net.UnknownHostException e) {
            throw new IllegalStateException("unknown host " + host, e);
        }
    }

    private Uni<Void> outcome(WebhookStore.Claimed claimed, Integer status, String retryAfter, String error,
            long started) {
        int latency = (int) Duration.ofNanos(System.nanoTime() - started).toMillis();
        Instant now = clock.instant();
        if (status != null && status >= 200 && status < 300) {
            registry.counter("netra.webhooks.deliveries", "outcome", "ok").increment();
            successes.add(new WebhookStore.Delivered(claimed, now, status, latency));
            record();
            return Uni.createFrom().voidItem();
        }
        boolean gone = status != null && status == 410;
        registry.counter("netra.webhooks.deliveries", "outcome", gone ? "gone" : "failed").increment();
        Instant next = now.plus(retryAfter(retryAfter, now).orElse(backoff(claimed.attempts() + 1)));
        String reason = error != null ? error : "HTTP " + status;
        // the subscriber now counts as failing: the sweep's claims probe it, one delivery at a time
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
