package id.netra.sanction.recommendation;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;

import id.netra.contracts.CaseClosed;
import id.netra.contracts.ClarificationConcluded;
import id.netra.contracts.Outcome;
import id.netra.contracts.RecommendationIssued;
import id.netra.kit.id.Ids;
import id.netra.kit.outbox.Outbox;
import id.netra.kit.problem.ProblemException;
import id.netra.kit.security.Caller;
import id.netra.sanction.rules.Assessment;
import id.netra.sanction.rules.RuleInputException;
import id.netra.sanction.rules.SanctionRules;

/** Turns conclusions into recommendations (or closed cases) and their events, and answers what is on record. */
@ApplicationScoped
public class RecommendationService {

    private static final Logger LOG = Logger.getLogger(RecommendationService.class);

    private final RecommendationRepository repository;
    private final Outbox outbox;
    private final SanctionRules rules;
    private final SanctionConfig config;
    private final Caller caller;

    public RecommendationService(RecommendationRepository repository, Outbox outbox, SanctionRules rules,
            SanctionConfig config, Caller caller) {
        this.caller = caller;
        this.repository = repository;
        this.outbox = outbox;
        this.rules = rules;
        this.config = config;
    }

    /**
     * Acts on the Inspektorat's conclusion: PROVEN issues a recommendation, NOT_PROVEN closes the case; either way the
     * row and its event are written in one transaction.
     *
     * @throws ConclusionRejectedException (as the Uni's failure) for a conclusion that can never be acted on
     */
    @WithTransaction
    public Uni<Recommendation> conclude(ClarificationConcluded conclusion) {
        if (conclusion.outcome() == null || conclusion.concludedAt() == null || conclusion.electionCode() == null) {
            return reject(conclusion, "outcome, concludedAt and electionCode are required");
        }
        return repository.existsForCase(conclusion.caseId(), conclusion.caseNumber()).chain(exists -> {
            if (exists) {
                // a second conclusion of the same case is not a redelivery (that has the same event id): a person
                // must look at it, so it is parked rather than applied or dropped
                return reject(conclusion, "the case was concluded before");
            }
            return conclusion.outcome() == Outcome.PROVEN ? issue(conclusion) : closeNotProven(conclusion);
        });
    }

    private Uni<Recommendation> issue(ClarificationConcluded conclusion) {
        Assessment assessment;
        try {
            assessment = rules.assess(conclusion.electionCode(), conclusion.actDate(), conclusion.violationCodes());
        } catch (RuleInputException e) {
            return reject(conclusion, e.getMessage());
        }
        Instant now = Instant.now();
        // provisional: calendar days until the working-day calendar arrives (the row says so)
        Instant due = conclusion.concludedAt().plus(Duration.ofDays(config.decisionDays()));
        Recommendation recommendation = Recommendation.issue(Ids.uuidV7(), conclusion, assessment, now, due);
        return repository.persist(recommendation)
                .call(saved -> outbox.record(issued(saved)))
                .invoke(saved -> LOG.infof("Case %s: recommendation %s, level %s", saved.getCaseNumber(),
                        saved.getStatus(), saved.getLevel()));
    }

    private Uni<Recommendation> closeNotProven(ClarificationConcluded conclusion) {
        Recommendation closed = Recommendation.notProven(Ids.uuidV7(), conclusion, Instant.now());
        return repository.persist(closed)
                .call(saved -> outbox.record(new CaseClosed(saved.getCaseId(), saved.getCaseNumber(),
                        saved.getRegionCode(), saved.getClosedOutcome(), saved.getClosedAt())))
                .invoke(saved -> LOG.infof("Case %s: closed as not proven", saved.getCaseNumber()));
    }

    private static RecommendationIssued issued(Recommendation r) {
        List<RecommendationIssued.Item> items = r.getItems().stream()
                .map(item -> new RecommendationIssued.Item(item.getViolationCode(),
                        item.getLevel() == null ? null : item.getLevel().name(), item.getLegalBasis()))
                .toList();
        return new RecommendationIssued(r.getCaseId(), r.getCaseNumber(), r.getRegionCode(), r.getId(),
                r.getLevel() == null ? null : r.getLevel().name(), r.getRuleVersion(), items, r.getDecisionDueAt(),
                r.getIssuedAt());
    }

    private static <T> Uni<T> reject(ClarificationConcluded conclusion, String reason) {
        return Uni.createFrom().failure(
                new ConclusionRejectedException("conclusion of case " + conclusion.caseNumber() + ": " + reason));
    }

    /** The case's recommendation if the caller's region covers it; 404 alike for missing and out of region. */
    @WithSession
    public Uni<RecommendationView> find(String caseNumber) {
        return repository.findByCaseNumberWithDetails(caseNumber).map(recommendation -> {
            if (recommendation == null) {
                throw ProblemException.notFound("CASE_NOT_FOUND", caseNumber);
            }
            caller.requireVisible(recommendation.getRegionCode(), caseNumber);
            return RecommendationView.of(recommendation, Instant.now());
        });
    }

    /** One page of the recommendations in the caller's region (all of them for a national caller). */
    @WithSession
    public Uni<RecommendationPage> list(RecommendationQuery query) {
        Instant now = Instant.now();
        return repository.page(query, caller.listScope(), now).map(rows -> RecommendationPage.of(rows, query.limit(), now));
    }
}
