package id.netra.kit.inbox;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Executor;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.kafka.KafkaRecord;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;
import io.smallrye.reactive.messaging.kafka.api.IncomingKafkaRecordMetadata;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import io.vertx.pgclient.PgException;
import io.vertx.sqlclient.ClosedConnectionException;

import id.netra.contracts.CloudEventHeaders;
import id.netra.contracts.EventType;

/**
 * The idempotent consumer: decodes a CloudEvents record, and in one transaction records its id and runs the
 * handler, so a redelivered event changes nothing. The returned Uni completes after the commit, and the messaging
 * layer acknowledges only then. An event that can never be processed fails with {@link PoisonEventException}; the
 * channel's dead-letter strategy then parks it with the reason. Database outages are retried until the database is
 * back, because those events are fine and must not be parked.
 */
@ApplicationScoped
public class Inbox {

    private static final Logger LOG = Logger.getLogger(Inbox.class);
    private static final int ATTEMPTS_FOR_UNKNOWN_FAILURES = 3;
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private final MeterRegistry registry;
    private final String service;

    public Inbox(MeterRegistry registry, @ConfigProperty(name = "quarkus.application.name") String service) {
        this.registry = registry;
        this.service = service;
    }

    public Uni<Void> process(ConsumerRecord<String, String> record, EventHandler handler) {
        if (skipped(record, handler)) {
            return Uni.createFrom().voidItem();
        }
        IncomingEvent event;
        try {
            event = decode(record);
        } catch (PoisonEventException e) {
            registry.counter("netra.inbox.poison").increment();
            return Uni.createFrom().failure(e);
        }
        return Uni.createFrom().deferred(() -> Panache.withTransaction(() -> firstDeliveries(List.of(event))
                .chain(first -> first.isEmpty() ? skipDuplicate(event) : handler.handle(event))))
                .onFailure(Inbox::isTransient).retry().withBackOff(Duration.ofMillis(200), Duration.ofSeconds(10))
                .indefinitely()
                .onFailure(failure -> !(failure instanceof PoisonEventException)).retry()
                .atMost(ATTEMPTS_FOR_UNKNOWN_FAILURES - 1)
                .invoke(() -> registry.counter("netra.inbox.processed", "type", event.type().type()).increment())
                .onFailure().invoke(failure -> LOG.errorf(failure, "Event %s (%s) failed and goes to the dead-letter topic",
                        event.id(), event.type().type()));
    }

    /**
     * A poll's records (a channel with {@code batch=true}) in one transaction and one commit: every id recorded and
     * the handler's effects for the first deliveries, in the records' order. For a consumer that takes several
     * services' streams at once, the commit per event was the limit. One that can never be processed is parked alone:
     * it is refused before the transaction when it cannot be read, and a batch that fails for anything but an outage
     * is processed again record by record, as {@link #process} does, parking only the record that fails. The batch is
     * acknowledged once, after every record is stored or parked: the connector tracks a batch by its last offset per
     * partition, so an acknowledgement per record would only be remembered, never released, and could pass a record
     * whose parking has not finished.
     */
    public Uni<Void> processBatch(KafkaRecordBatch<String, String> batch, EventHandler handler) {
        Map<KafkaRecord<String, String>, PoisonEventException> unreadable = new LinkedHashMap<>();
        List<KafkaRecord<String, String>> decoded = new ArrayList<>();
        Map<String, IncomingEvent> events = new LinkedHashMap<>();
        for (KafkaRecord<String, String> message : batch.getRecords()) {
            ConsumerRecord<String, String> record = consumerRecord(message);
            if (skipped(record, handler)) {
                continue;
            }
            try {
                IncomingEvent event = decode(record);
                // the same event twice in one poll (a producer's retry) is recorded and handled once
                events.putIfAbsent(event.id(), event);
                decoded.add(message);
            } catch (PoisonEventException e) {
                registry.counter("netra.inbox.poison").increment();
                LOG.errorf(e, "Record %s-%d@%d cannot be read and goes to the dead-letter topic", record.topic(),
                        record.partition(), record.offset());
                unreadable.put(message, e);
            }
        }
        Executor onThisContext = onCurrentContext();
        Uni<Void> stored = events.isEmpty() ? Uni.createFrom().voidItem()
                : together(events, handler).chain(ok -> ok ? Uni.createFrom().voidItem()
                        : oneByOne(decoded, handler, onThisContext));
        Uni<Void> parked = stored;
        for (Map.Entry<KafkaRecord<String, String>, PoisonEventException> poison : unreadable.entrySet()) {
            parked = parked.chain(() -> park(poison.getKey(), poison.getValue()));
        }
        return parked.chain(() -> Uni.createFrom().completionStage(batch::ack));
    }

    /** The events in one transaction; false if it failed for anything but an outage (which is retried). */
    private Uni<Boolean> together(Map<String, IncomingEvent> events, EventHandler handler) {
        return Uni.createFrom().deferred(() -> Panache.withTransaction(
                () -> firstDeliveries(events.values()).chain(firsts -> {
                    int duplicates = events.size() - firsts.size();
                    if (duplicates > 0) {
                        registry.counter("netra.inbox.duplicates").increment(duplicates);
                    }
                    return firsts.isEmpty() ? Uni.createFrom().voidItem() : handler.handleAll(firsts);
                })))
                .onFailure(Inbox::isTransient).retry().withBackOff(Duration.ofMillis(200), Duration.ofSeconds(10))
                .indefinitely()
                .invoke(() -> events.values().forEach(event -> registry
                        .counter("netra.inbox.processed", "type", event.type().type()).increment()))
                .replaceWith(true)
                .onFailure().recoverWithItem(failure -> {
                    LOG.warnf(failure, "A batch of %d events failed together; processing them one by one",
                            events.size());
                    return false;
                });
    }

    /**
     * Each record in a transaction of its own, in order; one that fails is parked. Parking completes on the parked
     * record's own duplicated Vert.x context, which Quarkus never marked safe (only the batch's is), and Panache
     * refuses to open a session there: each record starts on the batch's context again, or the record after a parked
     * one would fail as well and be parked with it (a good event on the dead-letter topic, seen in a full run).
     */
    private Uni<Void> oneByOne(List<KafkaRecord<String, String>> records, EventHandler handler, Executor context) {
        Uni<Void> chain = Uni.createFrom().voidItem();
        for (KafkaRecord<String, String> message : records) {
            chain = chain.emitOn(context).chain(() -> process(consumerRecord(message), handler)
                    .onFailure().recoverWithUni(failure -> park(message, failure)));
        }
        return chain;
    }

    private static Executor onCurrentContext() {
        Context context = Vertx.currentContext();
        return context == null ? Runnable::run : task -> context.runOnContext(ignored -> task.run());
    }

    /** Completes once the channel's dead-letter strategy has parked the record. */
    private static Uni<Void> park(KafkaRecord<String, String> message, Throwable reason) {
        return Uni.createFrom().completionStage(() -> message.nack(reason));
    }

    /** Another service's event on a shared topic, or a dead letter redriven for another service's consumer. */
    private boolean skipped(ConsumerRecord<String, String> record, EventHandler handler) {
        // skipped by its type header, before its payload is parsed
        String type = header(record, CloudEventHeaders.TYPE);
        if (type != null && EventType.fromType(type).filter(known -> !handler.handles().contains(known)).isPresent()) {
            return true;
        }
        // this service took the redriven record (or parked it) before
        String redrivenFor = header(record, Redrive.FOR);
        return redrivenFor != null && !redrivenFor.equals(service);
    }

    @SuppressWarnings("unchecked")
    private static ConsumerRecord<String, String> consumerRecord(KafkaRecord<String, String> message) {
        return message.getMetadata(IncomingKafkaRecordMetadata.class)
                .map(metadata -> (ConsumerRecord<String, String>) metadata.getRecord())
                .orElseThrow(() -> new IllegalStateException("a batch's records come from Kafka"));
    }

    private Uni<Void> skipDuplicate(IncomingEvent event) {
        LOG.debugf("Event %s was processed before; redelivery ignored", event.id());
        registry.counter("netra.inbox.duplicates").increment();
        return Uni.createFrom().voidItem();
    }

    /** Records the events' ids; the ones not recorded before, in their order. */
    Uni<List<IncomingEvent>> firstDeliveries(Collection<IncomingEvent> events) {
        ArrayNode rows = JSON.arrayNode();
        events.forEach(event -> rows.addObject().put("id", event.id()).put("type", event.type().type())
                .put("subject", event.subject()));
        // cast to text first: bound as JSON, the client would send the text as one JSON string, not an array
        return Panache.getSession().chain(session -> session.createNativeQuery(
                "INSERT INTO inbox_event (event_id, type, subject, received_at) "
                        + "SELECT r ->> 'id', r ->> 'type', r ->> 'subject', now() "
                        + "FROM jsonb_array_elements(cast(cast(:rows as text) as jsonb)) AS r "
                        + "ON CONFLICT (event_id) DO NOTHING RETURNING event_id",
                String.class)
                .setParameter("rows", rows.toString())
                .getResultList())
                .map(inserted -> {
                    Set<String> first = new HashSet<>(inserted);
                    return events.stream().filter(event -> first.contains(event.id())).toList();
                });
    }

    IncomingEvent decode(ConsumerRecord<String, String> record) {
        return IncomingEvent.from(record);
    }

    private static String header(ConsumerRecord<String, String> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null || header.value() == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    public static boolean isTransient(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof ClosedConnectionException || cause instanceof java.net.ConnectException) {
                return true;
            }
            if (cause instanceof PgException pg && pg.getSqlState() != null
                    && (pg.getSqlState().startsWith("08") || pg.getSqlState().startsWith("57")
                            || pg.getSqlState().startsWith("53") || pg.getSqlState().startsWith("40"))) {
                return true;
            }
            if (cause instanceof io.vertx.core.VertxException && String.valueOf(cause.getMessage()).contains("Connection")) {
                return true;
            }
        }
        return false;
    }
}
