package id.netra.kit.outbox;

import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.Tuple;

import id.netra.contracts.EventCodec;
import id.netra.contracts.EventType;
import id.netra.contracts.NetraEvent;
import id.netra.kit.id.Ids;

/**
 * Records an event in the same database transaction as the state change it reports (no dual write); the
 * {@link OutboxRelay} publishes it after the commit. Call it inside the service's {@code @WithTransaction}.
 */
@ApplicationScoped
public class Outbox {

    private final EventCodec codec = new EventCodec();

    public Uni<Void> record(NetraEvent event) {
        EventType type = EventType.of(event);
        String payload = codec.toJson(event);
        return Panache.getSession().chain(session -> session.createNativeQuery(
                "INSERT INTO outbox_event (id, aggregate_id, subject, type, payload, occurred_at) "
                        + "VALUES (:id, :aggregate, :subject, :type, :payload, :occurred)")
                .setParameter("id", Ids.uuidV7())
                .setParameter("aggregate", event.key())
                .setParameter("subject", event.subject())
                .setParameter("type", type.type())
                .setParameter("payload", payload)
                .setParameter("occurred", Instant.now())
                .executeUpdate())
                .replaceWithVoid();
    }

    /** The same, in a transaction of the reactive SQL client rather than of Hibernate (a service that uses SQL). */
    public Uni<Void> record(SqlClient connection, NetraEvent event) {
        return connection.preparedQuery("INSERT INTO outbox_event (id, aggregate_id, subject, type, payload, "
                + "occurred_at) VALUES ($1, $2, $3, $4, $5, $6)")
                .execute(Tuple.tuple(java.util.List.of(Ids.uuidV7(), event.key(), event.subject(),
                        EventType.of(event).type(), codec.toJson(event),
                        java.time.OffsetDateTime.ofInstant(Instant.now(), java.time.ZoneOffset.UTC))))
                .replaceWithVoid();
    }
}
