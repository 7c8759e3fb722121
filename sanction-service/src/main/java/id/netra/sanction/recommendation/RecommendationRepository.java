package id.netra.sanction.recommendation;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import org.hibernate.reactive.mutiny.Mutiny;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;

import id.netra.kit.db.DeadlineSweep;
import id.netra.kit.security.RegionScope;

/** The queries on recommendations that the service needs. */
@ApplicationScoped
public class RecommendationRepository implements PanacheRepositoryBase<Recommendation, UUID> {

    /** Whether this case (by id or by number) was concluded before. */
    public Uni<Boolean> existsForCase(UUID caseId, String caseNumber) {
        return count("caseId = ?1 or caseNumber = ?2", caseId, caseNumber).map(count -> count > 0);
    }

    /** The states in which the PPK still owes a (compliant) decision, so the escalation runs. */
    static final List<RecommendationStatus> OPEN = List.of(RecommendationStatus.ISSUED,
            RecommendationStatus.NON_COMPLIANT);

    /** The recommendation with its items and sanction options loaded, or null. */
    public Uni<Recommendation> findByCaseNumberWithDetails(String caseNumber) {
        return find("from Recommendation r left join fetch r.items where r.caseNumber = ?1", caseNumber).list()
                .chain(found -> {
                    if (found.isEmpty()) {
                        return Uni.createFrom().nullItem();
                    }
                    Recommendation recommendation = found.get(0);
                    return Mutiny.fetch(recommendation.getSanctions())
                            .chain(() -> Mutiny.fetch(recommendation.getFacts()))
                            .chain(() -> Mutiny.fetch(recommendation.getRevisions()))
                            .chain(() -> Mutiny.fetch(recommendation.getPastDecisions()))
                            .replaceWith(recommendation);
                });
    }

    /**
     * The recommendation locked for update until the transaction ends (so a decision and the escalation sweep never
     * interleave), with its details loaded, or null.
     */
    public Uni<Recommendation> findByCaseNumberForUpdate(String caseNumber) {
        return withDetails(find("caseNumber", caseNumber).withLock(LockModeType.PESSIMISTIC_WRITE).firstResult());
    }

    /** The same, found by the case id (as events name it). */
    public Uni<Recommendation> findByCaseIdForUpdate(UUID caseId) {
        return withDetails(find("caseId", caseId).withLock(LockModeType.PESSIMISTIC_WRITE).firstResult());
    }

    private static Uni<Recommendation> withDetails(Uni<Recommendation> found) {
        return found.call(r -> r == null ? Uni.createFrom().voidItem()
                : Mutiny.fetch(r.getItems())
                        .chain(() -> Mutiny.fetch(r.getSanctions()))
                        .chain(() -> Mutiny.fetch(r.getFacts()))
                        .chain(() -> Mutiny.fetch(r.getRevisions()))
                        .chain(() -> Mutiny.fetch(r.getPastDecisions())));
    }

    /**
     * Open recommendations (undecided, or decided below the level) that owe an overdue event or a block request: the
     * same conditions as {@link Recommendation#escalate}. A provisional due day (counted over a year without its
     * holiday list) is a guess, and no event is raised on a guess.
     */
    public static final DeadlineSweep.Due<Recommendation> OWING_ESCALATION = new DeadlineSweep.Due<>(
            Recommendation.class, "status in :open and ((overdueAt is null and decisionDueAt <= :now"
                    + " and decisionDueProvisional = false) or (blockRequestedAt is null and blockDueAt <= :now"
                    + " and blockDueProvisional = false))",
            "decisionDueAt", now -> Parameters.with("open", OPEN).and("now", now));

    /**
     * Open recommendations whose deadline a new holiday list may move: one of them provisional, or the block not yet
     * requested and due on or after {@code from} (the first day the list changes). Locked, as the sweep locks them.
     */
    public Uni<List<Recommendation>> recountable(Instant from) {
        // in id order, so that two lockers of several rows never wait on each other
        return find("status in ?1 and decisionDueFrom is not null and (decisionDueProvisional = true"
                + " or blockDueProvisional = true or (blockRequestedAt is null and blockDueAt >= ?2))", Sort.by("id"),
                OPEN, from).withLock(LockModeType.PESSIMISTIC_WRITE).list();
    }

    /** One page of the block requests (newest first), optionally only those still in force or only lifted ones. */
    public Uni<List<Recommendation>> blocks(Boolean active, int limit, UUID after) {
        StringBuilder where = new StringBuilder("blockRequestedAt is not null");
        Parameters parameters = new Parameters();
        if (active != null) {
            where.append(active ? " and unblockRequestedAt is null" : " and unblockRequestedAt is not null");
        }
        if (after != null) {
            where.append(" and id < :after");
            parameters.and("after", after);
        }
        return find(where.toString(), Sort.descending("id"), parameters).page(0, limit + 1).list();
    }

    /**
     * One page, newest first (ids are time-ordered), with one row more than the limit to tell whether another page
     * follows. {@code scope} is the caller's region (null for all); {@code now} decides what is overdue.
     */
    public Uni<List<Recommendation>> page(RecommendationQuery query, String scope, Instant now) {
        StringBuilder where = new StringBuilder("1 = 1");
        Parameters parameters = new Parameters();
        if (scope != null) {
            where.append(" and ").append(RegionScope.provinceCondition("regionCode", "provinceCode", "scope", scope,
                    parameters));
        }
        if (query.region() != null) {
            where.append(" and ").append(RegionScope.provinceCondition("regionCode", "provinceCode", "region",
                    query.region(), parameters));
        }
        if (query.status() != null) {
            where.append(" and status = :status");
            parameters.and("status", query.status());
        }
        if (query.overdue() != null) {
            where.append(query.overdue() ? " and (status in :open and decisionDueAt <= :now)"
                    : " and not (status in :open and decisionDueAt is not null and decisionDueAt <= :now)");
            parameters.and("open", OPEN).and("now", now);
        }
        if (query.after() != null) {
            where.append(" and id < :after");
            parameters.and("after", query.after());
        }
        return find(where.toString(), Sort.descending("id"), parameters).page(0, query.limit() + 1).list();
    }
}
