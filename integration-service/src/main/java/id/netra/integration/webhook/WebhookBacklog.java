package id.netra.integration.webhook;

import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import jakarta.enterprise.context.ApplicationScoped;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;

/**
 * The metric {@code netra.webhooks.backlog}: deliveries waiting, per subscription, read from the database (so every
 * replica shows the same figure). A subscription that has none left shows 0.
 */
@ApplicationScoped
public class WebhookBacklog {

    private final Pool pool;
    private final MeterRegistry registry;
    private final Map<UUID, AtomicLong> backlog = new ConcurrentHashMap<>();

    public WebhookBacklog(Pool pool, MeterRegistry registry) {
        this.pool = pool;
        this.registry = registry;
    }

    @Scheduled(every = "${netra.integration.webhooks.backlog-interval:30s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP, skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    Uni<Void> measure() {
        return pool.query("SELECT s.id, count(d.id) AS waiting FROM webhook_subscription s "
                + "LEFT JOIN webhook_delivery d ON d.subscription_id = s.id AND d.status = 'PENDING' GROUP BY s.id")
                .execute().invoke(rows -> {
                    backlog.values().forEach(value -> value.set(0));
                    rows.forEach(row -> backlog.computeIfAbsent(row.getUUID("id"), id -> registry.gauge(
                            "netra.webhooks.backlog", io.micrometer.core.instrument.Tags.of("subscription",
                                    id.toString()),
                            new AtomicLong()))
                            .set(row.getLong("waiting")));
                }).replaceWithVoid();
    }
}
