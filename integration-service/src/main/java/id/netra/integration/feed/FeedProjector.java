package id.netra.integration.feed;

import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;

import id.netra.contracts.CaseEvent;
import id.netra.contracts.EventType;
import id.netra.kit.inbox.EventHandler;
import id.netra.kit.inbox.IncomingEvent;

/**
 * Appends every case event, thinned, to the feed; in the inbox's transaction, so each event is appended once, and a
 * poll's events together.
 */
@ApplicationScoped
public class FeedProjector implements EventHandler {

    /** Every type that concerns a case; the rules changes are not for regional governments' feed. */
    private static final Set<EventType> CASE_TYPES = Arrays.stream(EventType.values())
            .filter(type -> CaseEvent.class.isAssignableFrom(type.payloadType()))
            .collect(Collectors.toUnmodifiableSet());

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

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
        return handleAll(List.of(event));
    }

    /** A poll's events, appended in their order by one statement (see the migration's {@code feed_append_all}). */
    @Override
    public Uni<Void> handleAll(List<IncomingEvent> events) {
        ArrayNode rows = JSON.arrayNode();
        for (IncomingEvent event : events) {
            CaseEvent payload = event.caseEvent();
            rows.addObject().put("id", event.id()).put("type", event.type().type())
                    .put("source", event.source() == null ? "/netra" : event.source())
                    .put("subject", payload.caseNumber()).put("region", payload.regionCode())
                    .put("occurred", event.time().toString()).put("data", ThinEvent.of(payload));
        }
        // run as a statement: a native select would add a plan to Hibernate's cache on every call; text first (see
        // the inbox's firstDeliveries)
        return Panache.getSession().chain(session -> session
                .createNativeQuery("SELECT feed_append_all(cast(cast(:events as text) as jsonb), :stored)")
                .setParameter("events", rows.toString())
                .setParameter("stored", clock.instant())
                .executeUpdate())
                .replaceWithVoid();
    }
}
