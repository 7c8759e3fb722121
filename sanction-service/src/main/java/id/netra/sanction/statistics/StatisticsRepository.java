package id.netra.sanction.statistics;

import java.time.Instant;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.hibernate.reactive.mutiny.Mutiny;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.panache.common.Parameters;
import io.smallrye.mutiny.Uni;

import id.netra.kit.security.RegionScope;

/**
 * Counts over the concluded cases, read from the tallies the database keeps (RegionTally, CodeTally, StageTally; V8
 * migration): the cost of a request grows with the number of regions and elections, not of cases. Whether an
 * undecided recommendation is overdue changes with the hour: the tallies count it once its overdue notice is raised,
 * and {@link #undecidedOverdue} corrects that for the hour asked.
 */
@ApplicationScoped
public class StatisticsRepository {

    /** Rows of election, region, cases, proven, not proven, sanctioned, overdue with a notice or decided late, blocked. */
    public Uni<List<Object[]>> countsByElectionAndRegion(String scope, StatisticsQuery query) {
        Parameters parameters = new Parameters();
        String hql = "select t.electionCode, t.regionCode, t.cases, t.proven, t.notProven, t.sanctioned,"
                + " t.decidedLate + t.undecidedOverdue, t.blocked from RegionTally t where t.cases > 0 and "
                + where(scope, query, parameters, "t") + " order by t.electionCode, t.regionCode";
        return list(hql, parameters);
    }

    /**
     * Rows of election, region, and what the tallies' overdue count is off by at {@code now}: plus the undecided
     * recommendations past their due day whose overdue notice is not raised yet, minus those tallied whose due day is
     * still ahead of {@code now} (none while the clocks agree: a notice is raised only after the due day). Both sets are
     * small and each has an index of its own (V8).
     */
    public Uni<List<Object[]>> undecidedOverdue(String scope, StatisticsQuery query, Instant now) {
        Parameters parameters = new Parameters().and("now", now);
        // the former rule, decisionDueAt <= coalesce(decidedAt, now), for the undecided
        String hql = "select r.electionCode, r.regionCode, sum(case when r.decisionDueAt <= :now then 1 else -1 end)"
                + " from Recommendation r where r.decision.decidedAt is null and r.decisionDueAt is not null"
                + " and (((r.overdueAt is null or r.decisionDueAt > r.overdueAt) and r.decisionDueAt <= :now)"
                + " or (r.decisionDueAt <= r.overdueAt and r.decisionDueAt > :now)) and "
                + where(scope, query, parameters, "r") + " group by r.electionCode, r.regionCode";
        return list(hql, parameters);
    }

    /** Rows of applied violation code, stage, proven cases. */
    public Uni<List<Object[]>> countsByViolation(String scope, StatisticsQuery query) {
        Parameters parameters = new Parameters();
        String hql = "select t.violationCode, t.stage, sum(t.recommendations) from CodeTally t where "
                + where(scope, query, parameters, "t")
                + " group by t.violationCode, t.stage having sum(t.recommendations) > 0 order by t.violationCode, t.stage";
        return list(hql, parameters);
    }

    /** Rows of stage, proven cases. */
    public Uni<List<Object[]>> countsByStage(String scope, StatisticsQuery query) {
        Parameters parameters = new Parameters();
        String hql = "select t.stage, sum(t.recommendations) from StageTally t where " + where(scope, query, parameters, "t")
                + " group by t.stage having sum(t.recommendations) > 0 order by t.stage";
        return list(hql, parameters);
    }

    private static String where(String scope, StatisticsQuery query, Parameters parameters, String alias) {
        StringBuilder where = new StringBuilder("1 = 1");
        if (scope != null) {
            where.append(" and ").append(RegionScope.condition("scope", scope, parameters).replace("regionCode",
                    alias + ".regionCode"));
        }
        if (query.region() != null) {
            where.append(" and ").append(RegionScope.condition("region", query.region(), parameters)
                    .replace("regionCode", alias + ".regionCode"));
        }
        if (query.election() != null) {
            where.append(" and ").append(alias).append(".electionCode = :election");
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
