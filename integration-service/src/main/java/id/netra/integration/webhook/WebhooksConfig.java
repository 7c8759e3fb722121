package id.netra.integration.webhook;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** How webhooks are delivered. */
@ConfigMapping(prefix = "netra.integration.webhooks")
public interface WebhooksConfig {

    /** The key (32 bytes, base64) that seals the signing secrets at rest. */
    String secretKey();

    /**
     * Receivers allowed although their address is private, loopback or link-local: host names, or CIDR ranges
     * ({@code 127.0.0.0/8}). Empty in production, where such receivers are refused.
     */
    Optional<List<String>> allowedHosts();

    /** How often the senders and the queue look for work besides being woken by a new event. */
    @WithDefault("1s")
    Duration sweepInterval();

    @WithDefault("5s")
    Duration connectTimeout();

    /** The whole request, from connecting to the last byte of the answer. */
    @WithDefault("10s")
    Duration requestTimeout();

    /** Deliveries in flight to one subscriber at once (of one replica): a slow receiver waits only for itself. */
    @WithDefault("8")
    int concurrencyPerSubscriber();

    /** The wait before the first retry; each further retry waits twice as long, up to {@link #maxRetryWait}. */
    @WithDefault("5s")
    Duration firstRetry();

    @WithDefault("6h")
    Duration maxRetryWait();

    /** A subscription whose receiver has failed for this long is disabled (retries run for at least 24 h). */
    @WithDefault("72h")
    Duration disableAfter();

    /** How long a rotated-out secret goes on signing beside the new one. */
    @WithDefault("24h")
    Duration rotationOverlap();
}
