package id.netra.kit.inbox;

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
}
