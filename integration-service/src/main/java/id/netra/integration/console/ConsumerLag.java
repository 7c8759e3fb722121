package id.netra.integration.console;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ConsumerGroupListing;
import org.apache.kafka.clients.admin.ListOffsetsResult;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * How far each consumer group of the suite is behind, per topic and partition: the newest offset less the group's
 * committed one. The live stream's groups commit nothing and are left out. Blocking (the Kafka admin client): call it
 * off the event loop.
 */
@ApplicationScoped
public class ConsumerLag {

    private static final Logger LOG = Logger.getLogger(ConsumerLag.class);
    private static final long TIMEOUT_SECONDS = 5;

    /** One group's position on one partition. */
    public record Row(String group, String topic, int partition, long committed, long end, long lag) {
    }

    /** A page drawn within this of the last count shows that count: many readers cost the broker one. */
    private static final Duration FRESH = Duration.ofSeconds(5);

    private final Admin admin;
    private final AtomicReference<Counted> last = new AtomicReference<>();

    private record Counted(Instant at, List<Row> rows) {
    }

    public ConsumerLag(@ConfigProperty(name = "kafka.bootstrap.servers") String bootstrap) {
        Properties properties = new Properties();
        properties.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        properties.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 5000);
        properties.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 5000);
        this.admin = Admin.create(properties);
    }

    /** Every group's lag on every partition it committed on; null if the broker did not answer in time. */
    public List<Row> rows() {
        Counted counted = last.get();
        if (counted != null && counted.at().isAfter(Instant.now().minus(FRESH))) {
            return counted.rows();
        }
        List<Row> rows = count();
        last.set(new Counted(Instant.now(), rows));
        return rows;
    }

    /** All the admin calls within one deadline, so that a slow broker holds a page for seconds, not minutes. */
    private List<Row> count() {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(TIMEOUT_SECONDS);
        try {
            List<String> groups = admin.listConsumerGroups().all().get(TIMEOUT_SECONDS, TimeUnit.SECONDS).stream()
                    .map(ConsumerGroupListing::groupId).filter(group -> !group.contains(".stream."))
                    .sorted().toList();
            List<Row> rows = new ArrayList<>();
            for (String group : groups) {
                Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(group)
                        .partitionsToOffsetAndMetadata().get(left(deadline), TimeUnit.NANOSECONDS);
                committed.values().removeIf(offset -> offset == null);
                if (committed.isEmpty()) {
                    continue;
                }
                Map<TopicPartition, ListOffsetsResult.ListOffsetsResultInfo> ends = admin
                        .listOffsets(committed.keySet().stream()
                                .collect(Collectors.toMap(partition -> partition, partition -> OffsetSpec.latest())))
                        .all().get(left(deadline), TimeUnit.NANOSECONDS);
                committed.forEach((partition, offset) -> {
                    long end = ends.get(partition).offset();
                    rows.add(new Row(group, partition.topic(), partition.partition(), offset.offset(), end,
                            Math.max(0, end - offset.offset())));
                });
            }
            rows.sort(Comparator.comparing(Row::group).thenComparing(Row::topic).thenComparingInt(Row::partition));
            return rows;
        } catch (ExecutionException | TimeoutException e) {
            LOG.warnf("Consumer lag not read: %s", e.getMessage());
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    private static long left(long deadline) throws TimeoutException {
        long left = deadline - System.nanoTime();
        if (left <= 0) {
            throw new TimeoutException("consumer lag took longer than " + TIMEOUT_SECONDS + " s");
        }
        return left;
    }

    @PreDestroy
    void close() {
        admin.close();
    }
}
