package id.netra.sanction.recommendation;

import java.time.Clock;
import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;

import id.netra.kit.security.Caller;

/** Answers what is on record, within the caller's regions. */
@ApplicationScoped
public class RecommendationQueries {

    private final RecommendationRepository repository;
    private final Caller caller;
    private final Clock clock;

    public RecommendationQueries(RecommendationRepository repository, Caller caller, Clock clock) {
        this.repository = repository;
        this.caller = caller;
        this.clock = clock;
    }

    /** The case's recommendation if the caller's region covers it; 404 alike for missing and out of region. */
    @WithSession
    public Uni<RecommendationView> find(String caseNumber) {
        return repository.findByCaseNumberWithDetails(caseNumber)
                .map(found -> caller.visibleCase(found, Recommendation::getRegionCode, caseNumber))
                .map(recommendation -> RecommendationView.of(recommendation, clock.instant()));
    }

    /** One page of the recommendations in the caller's region (all of them for a national caller). */
    @WithSession
    public Uni<RecommendationPage> list(RecommendationQuery query) {
        Instant now = clock.instant();
        return repository.page(query, caller.listScope(), now).map(rows -> RecommendationPage.of(rows, query.limit(), now));
    }
}
