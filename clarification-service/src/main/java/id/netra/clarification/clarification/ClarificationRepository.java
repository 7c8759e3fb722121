package id.netra.clarification.clarification;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;

import id.netra.kit.security.RegionScope;

/** The clarifications, by case and by region. */
@ApplicationScoped
public class ClarificationRepository implements PanacheRepositoryBase<Clarification, UUID> {

    public Uni<Clarification> findByCaseNumber(String caseNumber) {
        return find("caseNumber", caseNumber).firstResult();
    }

    /** Locks the row, so two conclusions of the same case cannot both see it open. */
    public Uni<Clarification> findByCaseNumberForUpdate(String caseNumber) {
        return find("caseNumber", caseNumber).withLock(LockModeType.PESSIMISTIC_WRITE).firstResult();
    }

    public Uni<Boolean> existsForCase(UUID caseId) {
        return count("caseId", caseId).map(count -> count > 0);
    }

    /** One page in case-number order (keyset: stable while rows are added), at most {@code filter.limit()} rows. */
    public Uni<List<Clarification>> list(ClarificationFilter filter) {
        List<String> conditions = new ArrayList<>();
        Parameters parameters = new Parameters();
        if (filter.regionScope() != null) {
            conditions.add(RegionScope.condition("scope", filter.regionScope(), parameters));
        }
        if (filter.status() != null) {
            conditions.add("status = :status");
            parameters.and("status", filter.status());
        }
        if (filter.overdue() != null) {
            conditions.add(filter.overdue() ? "(status = :open and dueAt < :now)"
                    : "(status <> :open or dueAt >= :now)");
            parameters.and("open", ClarificationStatus.OPEN).and("now", filter.now());
        }
        if (filter.after() != null) {
            conditions.add("caseNumber > :after");
            parameters.and("after", filter.after());
        }
        String query = conditions.isEmpty() ? "from Clarification" : String.join(" and ", conditions);
        return find(query, Sort.by("caseNumber"), parameters).range(0, filter.limit() - 1).list();
    }
}
