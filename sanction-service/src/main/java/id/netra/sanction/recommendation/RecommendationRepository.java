package id.netra.sanction.recommendation;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.hibernate.reactive.mutiny.Mutiny;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;

import id.netra.kit.security.RegionScope;

/** The queries on recommendations that the service needs. */
@ApplicationScoped
public class RecommendationRepository implements PanacheRepositoryBase<Recommendation, UUID> {

    /** Whether this case (by id or by number) was concluded before. */
    public Uni<Boolean> existsForCase(UUID caseId, String caseNumber) {
        return count("caseId = ?1 or caseNumber = ?2", caseId, caseNumber).map(count -> count > 0);
    }

    /** The recommendation with its items and sanction options loaded, or null. */
    public Uni<Recommendation> findByCaseNumberWithDetails(String caseNumber) {
        return find("from Recommendation r left join fetch r.items where r.caseNumber = ?1", caseNumber).list()
                .chain(found -> {
                    if (found.isEmpty()) {
                        return Uni.createFrom().nullItem();
                    }
                    Recommendation recommendation = found.get(0);
                    return Mutiny.fetch(recommendation.getSanctions()).replaceWith(recommendation);
                });
    }

    /**
     * One page, newest first (ids are time-ordered), with one row more than the limit to tell whether another page
     * follows. {@code scope} is the caller's region (null for all); {@code now} decides what is overdue.
     */
    public Uni<List<Recommendation>> page(RecommendationQuery query, String scope, Instant now) {
        StringBuilder where = new StringBuilder("1 = 1");
        Parameters parameters = new Parameters();
        if (scope != null) {
            where.append(" and ").append(RegionScope.condition("scope", scope, parameters));
        }
        if (query.region() != null) {
            where.append(" and ").append(RegionScope.condition("region", query.region(), parameters));
        }
        if (query.status() != null) {
            where.append(" and status = :status");
            parameters.and("status", query.status());
        }
        if (query.overdue() != null) {
            where.append(query.overdue() ? " and (status = :issued and decisionDueAt < :now)"
                    : " and not (status = :issued and decisionDueAt is not null and decisionDueAt < :now)");
            parameters.and("issued", RecommendationStatus.ISSUED).and("now", now);
        }
        if (query.after() != null) {
            where.append(" and id < :after");
            parameters.and("after", query.after());
        }
        return find(where.toString(), Sort.descending("id"), parameters).page(0, query.limit() + 1).list();
    }
}
