package id.netra.kit.inbox;

import java.util.List;
import java.util.Set;

import io.smallrye.mutiny.Uni;

import id.netra.contracts.EventType;

/**
 * A service's reaction to events. {@link #handle} runs inside the transaction that also records the event id, so an
 * effect and its "done" mark commit together.
 */
public interface EventHandler {

    /** The types this handler reacts to; other events on the same topics are acknowledged and skipped. */
    Set<EventType> handles();

    Uni<Void> handle(IncomingEvent event);

    /**
     * Several events' effects in one transaction, in their order (see {@link Inbox#processBatch}); one after the other
     * unless a handler can do better in fewer statements.
     */
    default Uni<Void> handleAll(List<IncomingEvent> events) {
        Uni<Void> chain = Uni.createFrom().voidItem();
        for (IncomingEvent event : events) {
            chain = chain.chain(() -> handle(event));
        }
        return chain;
    }
}
