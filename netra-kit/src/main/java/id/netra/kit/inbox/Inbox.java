package id.netra.kit.inbox;

import java.nio.charset.StandardCharsets;
import java.time.Duration;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
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

    private final MeterRegistry registry;
    private final String service;

    public Inbox(MeterRegistry registry, @ConfigProperty(name = "quarkus.application.name") String service) {
        this.registry = registry;
        this.service = service;
    }

    public Uni<Void> process(ConsumerRecord<String, String> record, EventHandler handler) {
        // another service's event on a shared topic is skipped by its type header, before its payload is parsed
        String type = header(record, CloudEventHeaders.TYPE);
        if (type != null && EventType.fromType(type).filter(known -> !handler.handles().contains(known)).isPresent()) {
            return Uni.createFrom().voidItem();
        }
        // a dead letter redriven for another service's consumer: this one took the record (or parked it) before
        String redrivenFor = header(record, Redrive.FOR);
        if (redrivenFor != null && !redrivenFor.equals(service)) {
            return Uni.createFrom().voidItem();
        }
        IncomingEvent event;
        try {
            event = decode(record);
        } catch (PoisonEventException e) {
            registry.counter("netra.inbox.poison").increment();
            return Uni.createFrom().failure(e);
        }
        return Uni.createFrom().deferred(() -> Panache.withTransaction(() -> firstDelivery(event)
                .chain(first -> first ? handler.handle(event) : skipDuplicate(event))))
                .onFailure(Inbox::isTransient).retry().withBackOff(Duration.ofMillis(200), Duration.ofSeconds(10))
                .indefinitely()
                .onFailure(failure -> !(failure instanceof PoisonEventException)).retry()
                .atMost(ATTEMPTS_FOR_UNKNOWN_FAILURES - 1)
                .invoke(() -> registry.counter("netra.inbox.processed", "type", event.type().type()).increment())
                .onFailure().invoke(failure -> LOG.errorf(failure, "Event %s (%s) failed and goes to the dead-letter topic",
                        event.id(), event.type().type()));
    }

    private Uni<Void> skipDuplicate(IncomingEvent event) {
        LOG.debugf("Event %s was processed before; redelivery ignored", event.id());
        registry.counter("netra.inbox.duplicates").increment();
        return Uni.createFrom().voidItem();
    }

    /** Records the event id; false if it was recorded before (a redelivery). */
    Uni<Boolean> firstDelivery(IncomingEvent event) {
        return Panache.getSession().chain(session -> session.createNativeQuery(
                "INSERT INTO inbox_event (event_id, type, subject, received_at) VALUES (:id, :type, :subject, now()) "
                        + "ON CONFLICT (event_id) DO NOTHING")
                .setParameter("id", event.id())
                .setParameter("type", event.type().type())
                .setParameter("subject", event.subject())
                .executeUpdate())
                .map(inserted -> inserted == 1);
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
