package id.netra.intake.ratelimit;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

/** Token buckets per path rule and client address, in memory (each replica limits on its own). */
@ApplicationScoped
public class RateLimiter {

    private static final Logger LOG = Logger.getLogger(RateLimiter.class);

    private final AdmissionConfig config;
    private final Clock clock;
    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

    public RateLimiter(AdmissionConfig config, Clock clock) {
        this.config = config;
        this.clock = clock;
    }

    /** The rule for a path, by its longest matching prefix; empty if the path is not limited. */
    public Optional<Map.Entry<String, AdmissionConfig.Rule>> ruleFor(String path) {
        return config.paths().entrySet().stream().filter(rule -> path.startsWith(rule.getKey()))
                .max(Comparator.comparingInt(rule -> rule.getKey().length()));
    }

    /** Takes one request from the client's bucket: empty if allowed, else how long until the next one is. */
    public Optional<Duration> acquire(String prefix, AdmissionConfig.Rule rule, String client) {
        Instant now = clock.instant();
        String key = prefix + " " + client;
        Bucket bucket = buckets.get(key);
        if (bucket == null) {
            if (buckets.size() >= config.maxTrackedClients()) {
                forgetIdle(now);
            }
            if (buckets.size() >= config.maxTrackedClients()) {
                // fail open rather than refuse everyone new: the limit protects, it must not take the service down
                LOG.warnf("Rate limiter tracks %d clients, the configured maximum; not limiting a new one", buckets.size());
                return Optional.empty();
            }
            bucket = buckets.computeIfAbsent(key, k -> new Bucket(rule, now));
        }
        return bucket.take(now);
    }

    /** A bucket untouched for a whole period is full again: forgetting it changes nothing. */
    private void forgetIdle(Instant now) {
        buckets.values().removeIf(bucket -> bucket.idleSince(now));
    }

    private static final class Bucket {

        private final double capacity;
        private final double perNano;
        private final Duration period;
        private double tokens;
        private Instant updated;

        Bucket(AdmissionConfig.Rule rule, Instant now) {
            this.capacity = rule.requests();
            this.period = rule.period();
            this.perNano = capacity / rule.period().toNanos();
            this.tokens = capacity;
            this.updated = now;
        }

        synchronized Optional<Duration> take(Instant now) {
            long elapsed = Math.max(0, Duration.between(updated, now).toNanos());
            tokens = Math.min(capacity, tokens + elapsed * perNano);
            updated = now;
            // a hair of tolerance: refills summed in floating point must not miss a whole token by 1e-16
            if (tokens >= 1 - 1e-9) {
                tokens = Math.max(0, tokens - 1);
                return Optional.empty();
            }
            return Optional.of(Duration.ofNanos((long) Math.ceil((1 - tokens) / perNano)));
        }

        synchronized boolean idleSince(Instant now) {
            return Duration.between(updated, now).compareTo(period) >= 0;
        }
    }
}
