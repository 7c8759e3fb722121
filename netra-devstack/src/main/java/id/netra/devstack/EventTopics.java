package id.netra.devstack;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.errors.TopicExistsException;

import id.netra.contracts.Topics;

/**
 * Creates the event topics before any service subscribes. A consumer that subscribes to a topic that does not exist
 * yet only learns of it at its next metadata refresh and its group's next rebalance; creating them up front keeps a
 * fresh environment from depending on that timing, as a real deployment provisions its topics.
 */
public final class EventTopics {

    /**
     * Partitions of each event topic, everywhere (local run, tests, compose): a service's channels consume as many at
     * once ({@code mp.messaging.incoming.*.concurrency}), so a burst of events is worked off in parallel, each case's
     * events still in order (the case id is the key).
     */
    public static final int PARTITIONS = 3;

    private EventTopics() {
    }

    public static void create(Admin admin) {
        try {
            Set<String> existing = admin.listTopics().names().get(30, TimeUnit.SECONDS);
            List<NewTopic> missing = Topics.ALL.stream()
                    .filter(topic -> !existing.contains(topic))
                    .map(topic -> new NewTopic(topic, Optional.of(PARTITIONS), Optional.empty()))
                    .toList();
            if (!missing.isEmpty()) {
                admin.createTopics(missing).all().get(30, TimeUnit.SECONDS);
            }
        } catch (ExecutionException e) {
            if (!(e.getCause() instanceof TopicExistsException)) {
                throw new IllegalStateException("could not create the event topics", e.getCause());
            }
        } catch (TimeoutException e) {
            throw new IllegalStateException("Kafka did not create the event topics within 30 s", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while creating the event topics", e);
        }
    }
}
