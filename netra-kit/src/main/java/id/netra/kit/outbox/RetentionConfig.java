package id.netra.kit.outbox;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** How long the outbox and the inbox keep what they are done with (see {@link EventRetention}). */
@ConfigMapping(prefix = "netra.retention")
public interface RetentionConfig {

    /** Whether old rows are removed at all; the sizes are measured either way. */
    @WithDefault("true")
    boolean enabled();

    /** How long a published event stays in the outbox, for an operator who wants to see what was sent. */
    @WithDefault("7d")
    Duration outboxAge();

    /**
     * How long the id of a processed event is kept to recognise a redelivery. It must be longer than the broker keeps
     * the topics' records (Kafka's default is 7 days): a record the broker still holds can come again, after a
     * consumer group is reset, and must still be recognised.
     */
    @WithDefault("30d")
    Duration inboxAge();

    /** Rows removed per statement. */
    @WithDefault("1000")
    int batchSize();

    /** Statements per table and run; the rest waits for the next run, so that one run never takes long. */
    @WithDefault("100")
    int maxBatches();
}
