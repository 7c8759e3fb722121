package id.netra.sanction.recommendation;

import java.time.Instant;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.smallrye.mutiny.Uni;

import id.netra.kit.calendar.WorkingDays;
import id.netra.kit.rules.DeadlineRecount;
import id.netra.kit.rules.LiveRules;
import id.netra.sanction.rules.DecisionDeadlines;

/** The PPK's and the block's deadlines of open recommendations, counted again when holidays are loaded. */
@ApplicationScoped
public class DecisionDeadlineRecount extends DeadlineRecount<Recommendation> {

    private final RecommendationRepository repository;
    private final DecisionDeadlines deadlines;

    public DecisionDeadlineRecount(RecommendationRepository repository, DecisionDeadlines deadlines) {
        this.repository = repository;
        this.deadlines = deadlines;
    }

    @Override
    protected Uni<List<Recommendation>> recountable(Instant from) {
        return repository.recountable(from);
    }

    @Override
    protected boolean recount(Recommendation recommendation, LiveRules.Snapshot rules) {
        WorkingDays calendar = rules.workingDays();
        String region = recommendation.getRegionCode();
        return recommendation.recount(start -> deadlines.decisionDue(start, region, calendar),
                due -> deadlines.blockDue(due, region, calendar));
    }

    @Override
    protected Uni<Void> flush() {
        return repository.flush();
    }
}
