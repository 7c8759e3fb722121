package id.netra.sanction.events;

import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import io.smallrye.mutiny.Uni;

import id.netra.contracts.ClarificationConcluded;
import id.netra.contracts.ClarificationCorrected;
import id.netra.contracts.EventType;
import id.netra.kit.inbox.EventHandler;
import id.netra.kit.inbox.IncomingEvent;
import id.netra.kit.inbox.PoisonEventException;
import id.netra.sanction.recommendation.ConclusionRejectedException;
import id.netra.sanction.recommendation.RecommendationEvents;

/** Acts on the Inspektorat's conclusions and their corrections, inside the inbox's transaction. */
@ApplicationScoped
public class ConclusionHandler implements EventHandler {

    private final RecommendationEvents recommendations;

    public ConclusionHandler(RecommendationEvents recommendations) {
        this.recommendations = recommendations;
    }

    @Override
    public Set<EventType> handles() {
        return Set.of(EventType.CLARIFICATION_CONCLUDED, EventType.CLARIFICATION_CORRECTED);
    }

    @Override
    public Uni<Void> handle(IncomingEvent event) {
        Uni<?> effect = event.payload() instanceof ClarificationCorrected corrected
                ? recommendations.correct(corrected)
                : recommendations.conclude((ClarificationConcluded) event.payload());
        return effect.onFailure(ConclusionRejectedException.class)
                .transform(rejected -> new PoisonEventException(rejected.getMessage(), rejected))
                .replaceWithVoid();
    }
}
