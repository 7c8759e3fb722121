package id.netra.clarification.clarification;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;

import id.netra.kit.db.DeadlineSweep;
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
            // a range of case numbers: read in order for a province too, where two region conditions would be gathered and sorted
            conditions.add(RegionScope.numberCondition("caseNumber", "scope", filter.regionScope(), parameters));
        }
        if (filter.status() != null) {
            conditions.add("status = :status");
            parameters.and("status", filter.status());
        }
        if (filter.overdue() != null) {
            // the same boundary as Clarification.isOverdue: overdue from the instant the due day ends
            conditions.add(filter.overdue() ? "(status = :open and dueAt <= :now)"
                    : "(status <> :open or dueAt > :now)");
            parameters.and("open", ClarificationStatus.OPEN).and("now", filter.now());
        }
        if (filter.assignee() != null) {
            conditions.add("assignee = :assignee");
            parameters.and("assignee", filter.assignee());
        }
        if (filter.after() != null) {
            conditions.add("caseNumber > :after");
            parameters.and("after", filter.after());
        }
        String query = conditions.isEmpty() ? "from Clarification" : String.join(" and ", conditions);
        return find(query, Sort.by("caseNumber"), parameters).range(0, filter.limit() - 1).list();
    }

    /**
     * Open, the last day begun but not ended, reminder not yet out. A provisional deadline (counted over a year whose
     * holiday list is missing) is a guess, and no event is raised on a guess. The due times are read again when a row
     * is claimed: a holiday list loaded since the sweep read the ids may have moved them.
     */
    public static final DeadlineSweep.Due<Clarification> AWAITING_REMINDER = new DeadlineSweep.Due<>(
            Clarification.class, "status = :open and remindAt <= :now and dueAt > :now and reminderSentAt is null"
                    + " and deadlineProvisional = false",
            "remindAt", ClarificationRepository::openAt);
    /** Open, the due day ended, overdue event not yet out, the deadline not a guess. */
    public static final DeadlineSweep.Due<Clarification> AWAITING_OVERDUE = new DeadlineSweep.Due<>(
            Clarification.class, "status = :open and dueAt <= :now and overdueSentAt is null"
                    + " and deadlineProvisional = false",
            "dueAt", ClarificationRepository::openAt);

    /**
     * Open clarifications whose deadline a holiday list from {@code from} may move: provisional, or due after it with
     * the overdue event not yet out; locked against the deadline job.
     */
    public Uni<List<Clarification>> recountable(Instant from) {
        // in id order, as every locker of several rows here, so two of them never wait on each other
        return find("status = ?1 and overdueSentAt is null and (deadlineProvisional = true or dueAt >= ?2)",
                Sort.by("id"), ClarificationStatus.OPEN, from).withLock(LockModeType.PESSIMISTIC_WRITE).list();
    }

    private static Parameters openAt(Instant now) {
        return Parameters.with("open", ClarificationStatus.OPEN).and("now", now);
    }
}
