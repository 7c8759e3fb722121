package id.netra.integration.feed;

import java.time.Clock;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;

import id.netra.contracts.CaseEvent;
import id.netra.contracts.EventType;
import id.netra.kit.inbox.EventHandler;
import id.netra.kit.inbox.IncomingEvent;

/** Appends every case event, thinned, to the feed; in the inbox's transaction, so each event is appended once. */
@ApplicationScoped
public class FeedProjector implements EventHandler {

    /** Every type that concerns a case; the rules changes are not for regional governments' feed. */
    private static final Set<EventType> CASE_TYPES = Arrays.stream(EventType.values())
            .filter(type -> CaseEvent.class.isAssignableFrom(type.payloadType()))
            .collect(Collectors.toUnmodifiableSet());

    private final Clock clock;

    /** Every type that concerns a case. */
    public static Set<EventType> caseTypes() {
        return CASE_TYPES;
    }

    public FeedProjector(Clock clock) {
        this.clock = clock;
    }

    @Override
    public Set<EventType> handles() {
        return CASE_TYPES;
    }

    @Override
    public Uni<Void> handle(IncomingEvent event) {
        CaseEvent payload = event.caseEvent();
        // run as a statement: a native select would add a plan to Hibernate's cache on every call
        return Panache.getSession().chain(session -> session.createNativeQuery(
                "SELECT feed_append(:id, :type, :source, :subject, :region, :occurred, :stored, :data)")
                .setParameter("id", event.id())
                .setParameter("type", event.type().type())
                .setParameter("source", event.source() == null ? "/netra" : event.source())
                .setParameter("subject", payload.caseNumber())
                .setParameter("region", payload.regionCode())
                .setParameter("occurred", event.time())
                .setParameter("stored", clock.instant())
                .setParameter("data", ThinEvent.of(payload))
                .executeUpdate())
                .replaceWithVoid();
    }
}
