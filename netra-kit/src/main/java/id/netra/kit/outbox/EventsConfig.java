package id.netra.kit.outbox;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** How a service publishes its events, and where its consumers park the ones they can never process. */
@ConfigMapping(prefix = "netra.events")
public interface EventsConfig {

    /** The CloudEvents {@code source} of this service's events, e.g. {@code /netra/intake}. */
    String source();

    /**
     * The topic on which this service's consumers park a record they can never process, with the reason (every Kafka
     * channel's dead-letter topic, in the kit's configuration), e.g. {@code netra.intake.dlq}.
     */
    String deadLetterTopic();

    /** How often the relay sweeps the outbox even without a notification (a lost NOTIFY must not lose an event). */
    @WithDefault("2s")
    Duration sweepInterval();

    /** How many events the relay takes in one transaction. */
    @WithDefault("200")
    int batchSize();

    /** How many drains of this replica may run at once (each takes different cases' events). */
    @WithDefault("2")
    int relayConcurrency();

    /** Whether this replica relays at all (turned off in tests that inspect the outbox). */
    @WithDefault("true")
    boolean relayEnabled();
}
