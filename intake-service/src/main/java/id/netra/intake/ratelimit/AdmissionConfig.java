package id.netra.intake.ratelimit;

import java.time.Duration;
import java.util.Map;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Limits on who may send what, checked before a request reaches a resource. */
@ConfigMapping(prefix = "netra.rate-limit")
public interface AdmissionConfig {

    /**
     * Whether the client address comes from X-Forwarded-For (its last entry, written by our own proxy). Off by
     * default: without a proxy that overwrites it, anyone could send a new address with every request.
     */
    @WithDefault("false")
    boolean trustForwardedFor();

    /** Connections of the buckets' own pool. */
    @WithDefault("2")
    int connections();

    /** Requests that may wait for one of those connections; beyond them a public request gets 429 at once. */
    @WithDefault("200")
    int waitQueue();

    /** Rate limits by path prefix (the longest matching prefix applies). */
    Map<String, Rule> paths();

    /** A token bucket: {@code requests} at once, refilled evenly over {@code period}. */
    interface Rule {
        int requests();

        Duration period();
    }
}
