package id.netra.sanction.statistics;

import java.time.Instant;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.hibernate.reactive.mutiny.Mutiny;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.panache.common.Parameters;
import io.smallrye.mutiny.Uni;

import id.netra.contracts.Outcome;
import id.netra.kit.security.RegionScope;
import id.netra.sanction.recommendation.RecommendationStatus;

/** Grouped counts over the concluded cases, computed by the database. */
@ApplicationScoped
public class StatisticsRepository {

    /** Rows of election, region, cases, proven, not proven, sanctioned, overdue, blocked. */
    public Uni<List<Object[]>> countsByElectionAndRegion(String scope, StatisticsQuery query, Instant now) {
        Parameters parameters = new Parameters();
        String where = where(scope, query, parameters);
        String hql = "select r.electionCode, r.regionCode, count(r),"
                + " sum(case when r.closedOutcome is null then 1 else 0 end),"
                + " sum(case when r.closedOutcome = :notProven then 1 else 0 end),"
                + " sum(case when r.status = :decided then 1 else 0 end),"
                // overdue: the due day ended before the decision, or before now while there is none
                + " sum(case when r.decisionDueAt is not null and r.decisionDueAt <= coalesce(r.decision.decidedAt, :now)"
                + " then 1 else 0 end),"
                + " sum(case when r.blockRequestedAt is not null then 1 else 0 end)"
                + " from Recommendation r where " + where
                + " group by r.electionCode, r.regionCode order by r.electionCode, r.regionCode";
        parameters.and("notProven", Outcome.NOT_PROVEN.name()).and("decided", RecommendationStatus.DECIDED)
                .and("now", now);
        return list(hql, parameters);
    }

    /** Rows of applied violation code, stage, proven cases. */
    public Uni<List<Object[]>> countsByViolation(String scope, StatisticsQuery query) {
        Parameters parameters = new Parameters();
        String hql = "select i.violationCode, i.stage, count(distinct r.id) from Recommendation r join r.items i"
                + " where " + where(scope, query, parameters)
                + " group by i.violationCode, i.stage order by i.violationCode";
        return list(hql, parameters);
    }

    /** Rows of stage, proven cases. */
    public Uni<List<Object[]>> countsByStage(String scope, StatisticsQuery query) {
        Parameters parameters = new Parameters();
        String hql = "select i.stage, count(distinct r.id) from Recommendation r join r.items i"
                + " where " + where(scope, query, parameters) + " group by i.stage order by i.stage";
        return list(hql, parameters);
    }

    private static String where(String scope, StatisticsQuery query, Parameters parameters) {
        StringBuilder where = new StringBuilder("1 = 1");
        if (scope != null) {
            where.append(" and ").append(RegionScope.condition("scope", scope, parameters).replace("regionCode",
                    "r.regionCode"));
        }
        if (query.region() != null) {
            where.append(" and ").append(RegionScope.condition("region", query.region(), parameters)
                    .replace("regionCode", "r.regionCode"));
        }
        if (query.election() != null) {
            where.append(" and r.electionCode = :election");
            parameters.and("election", query.election());
        }
        return where.toString();
    }

    private static Uni<List<Object[]>> list(String hql, Parameters parameters) {
        return Panache.getSession().chain(session -> {
            Mutiny.SelectionQuery<Object[]> q = session.createQuery(hql, Object[].class);
            parameters.map().forEach(q::setParameter);
            return q.getResultList();
        });
    }
}
