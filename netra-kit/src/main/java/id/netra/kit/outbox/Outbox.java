package id.netra.kit.outbox;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;

import id.netra.contracts.EventCodec;
import id.netra.contracts.EventType;
import id.netra.contracts.NetraEvent;
import id.netra.kit.id.Ids;

/**
 * Records an event in the same database transaction as the state change it reports (no dual write); the
 * {@link OutboxRelay} publishes it after the commit. Outside a transaction it refuses: the event would commit apart
 * from its state change, the very dual write the outbox exists to prevent, and nothing would show it. The event's
 * time is the injected clock's, as the state change's is.
 */
@ApplicationScoped
public class Outbox {

    private final EventCodec codec = new EventCodec();
    private final Clock clock;

    public Outbox(Clock clock) {
        this.clock = clock;
    }

    /** In the current Hibernate Reactive transaction (the service's {@code @WithTransaction} or withTransaction). */
    public Uni<Void> record(NetraEvent event) {
        EventType type = EventType.of(event);
        String payload = codec.toJson(event);
        return Panache.currentTransaction().chain(transaction -> transaction == null
                ? Uni.createFrom().failure(outsideTransaction(type))
                : Panache.getSession().chain(session -> session.createNativeQuery(
                        "INSERT INTO outbox_event (id, aggregate_id, subject, type, payload, occurred_at) "
                                + "VALUES (:id, :aggregate, :subject, :type, :payload, :occurred)")
                        .setParameter("id", Ids.uuidV7())
                        .setParameter("aggregate", event.key())
                        .setParameter("subject", event.subject())
                        .setParameter("type", type.type())
                        .setParameter("payload", payload)
                        .setParameter("occurred", clock.instant())
                        .executeUpdate()))
                .replaceWithVoid();
    }

    /**
     * The same, on the connection of a reactive SQL client's {@code withTransaction} (a service that uses SQL); a
     * connection without a transaction is refused as above.
     */
    public Uni<Void> record(SqlConnection connection, NetraEvent event) {
        EventType type = EventType.of(event);
        if (connection.transaction() == null) {
            return Uni.createFrom().failure(outsideTransaction(type));
        }
        return connection.preparedQuery("INSERT INTO outbox_event (id, aggregate_id, subject, type, payload, "
                + "occurred_at) VALUES ($1, $2, $3, $4, $5, $6)")
                .execute(Tuple.tuple(List.of(Ids.uuidV7(), event.key(), event.subject(), type.type(),
                        codec.toJson(event), OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC))))
                .replaceWithVoid();
    }

    private static IllegalStateException outsideTransaction(EventType type) {
        return new IllegalStateException("An event " + type.type() + " was recorded outside a transaction: it "
                + "must commit with the state change it reports");
    }
}
