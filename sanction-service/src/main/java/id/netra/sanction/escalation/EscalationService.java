package id.netra.sanction.escalation;

import java.time.Clock;
import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;

import id.netra.contracts.BlockRequested;
import id.netra.contracts.DecisionOverdue;
import id.netra.kit.db.DeadlineSweep;
import id.netra.kit.outbox.Outbox;
import id.netra.sanction.recommendation.Recommendation;
import id.netra.sanction.recommendation.Recommendation.Escalation;
import id.netra.sanction.recommendation.RecommendationRepository;

/**
 * Escalates PPK decisions past their due day: first the overdue event (BKN's warning), after the configured grace a
 * request to block the accused's personnel data. Each step is a flag on the recommendation set in the transaction that
 * records its event, so it happens once however many replicas sweep.
 */
@ApplicationScoped
public class EscalationService {

    private static final Logger LOG = Logger.getLogger(EscalationService.class);
    /** Rows per sweep: the rest wait for the next run, so one sweep never holds the database for long. */
    static final int BATCH = 200;

    private final RecommendationRepository repository;
    private final Outbox outbox;
    private final Clock clock;

    public EscalationService(RecommendationRepository repository, Outbox outbox, Clock clock) {
        this.repository = repository;
        this.outbox = outbox;
        this.clock = clock;
    }

    /** One sweep at the clock's now; each recommendation in its own transaction, so one failure stops no other. */
    public Uni<Result> sweep() {
        Instant now = clock.instant();
        return DeadlineSweep.sweep("escalations", RecommendationRepository.OWING_ESCALATION, now, BATCH,
                r -> record(r, r.escalate(now), now))
                .map(steps -> new Result((int) steps.stream().filter(Escalation::overdue).count(),
                        (int) steps.stream().filter(Escalation::block).count()));
    }

    private Uni<Escalation> record(Recommendation r, Escalation step, Instant now) {
        Uni<Void> chain = Uni.createFrom().voidItem();
        // overdue first: a case's events keep their order (one key), and a block always follows its warning
        if (step.overdue()) {
            chain = chain.chain(() -> outbox.record(new DecisionOverdue(r.getCaseId(), r.getCaseNumber(),
                    r.getRegionCode(), r.getId(), r.getLevel().name(), r.getDecisionDueAt(), now)));
        }
        if (step.block()) {
            chain = chain.chain(() -> outbox.record(new BlockRequested(r.getCaseId(), r.getCaseNumber(),
                    r.getRegionCode(), r.getId(), r.getAccusedNip(), r.getDecisionDueAt(), now)));
        }
        return chain.invoke(() -> LOG.infof("Case %s: overdue %s, block requested %s", r.getCaseNumber(),
                step.overdue(), step.block())).replaceWith(step);
    }

    /** One page of the block requests for BKN. */
    @WithSession
    public Uni<BlockPage> blocks(BlockQuery query) {
        return repository.blocks(query.active(), query.limit(), query.after())
                .map(rows -> BlockPage.of(rows, query.limit()));
    }

    /** What one sweep did: how many overdue events and block requests it recorded. */
    public record Result(int overdue, int blockRequests) {
    }

}
