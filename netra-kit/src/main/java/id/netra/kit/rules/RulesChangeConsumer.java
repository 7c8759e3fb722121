package id.netra.kit.rules;

import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import io.smallrye.mutiny.Uni;

import id.netra.contracts.EventType;
import id.netra.contracts.RulesChanged;
import id.netra.kit.inbox.EventHandler;
import id.netra.kit.inbox.Inbox;
import id.netra.kit.inbox.IncomingEvent;

/**
 * Every service's copy of the rules: records each change once (through the inbox), lets the service's
 * {@link RulesListener}s react in the same transaction, and puts the new rules in force after the commit.
 */
@ApplicationScoped
public class RulesChangeConsumer implements EventHandler {

    private final Inbox inbox;
    private final LiveRules rules;
    private final Instance<RulesListener> listeners;

    public RulesChangeConsumer(Inbox inbox, LiveRules rules, @Any Instance<RulesListener> listeners) {
        this.inbox = inbox;
        this.rules = rules;
        this.listeners = listeners;
    }

    @Incoming("netra-rules-in")
    public Uni<Void> consume(ConsumerRecord<String, String> record) {
        // committed: a failed reload only delays this replica until its next refresh, it must not fail the record
        return inbox.process(record, this).call(() -> rules.reload().onFailure().recoverWithNull());
    }

    @Override
    public Set<EventType> handles() {
        return LiveRules.types();
    }

    @Override
    public Uni<Void> handle(IncomingEvent event) {
        RulesChanged change = (RulesChanged) event.payload();
        return rules.record(change, null).chain(next -> {
            Uni<Void> chain = Uni.createFrom().voidItem();
            for (RulesListener listener : listeners) {
                chain = chain.chain(() -> listener.rulesChanged(change, next));
            }
            return chain;
        });
    }
}
