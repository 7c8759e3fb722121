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
     * holiday list is missing) is a guess, and no event is raised on a guess.
     */
    public Uni<List<Clarification>> awaitingReminder(Instant now, int limit) {
        return find("status = ?1 and remindAt <= ?2 and dueAt > ?2 and reminderSentAt is null"
                + " and deadlineProvisional = false", Sort.by("remindAt"),
                ClarificationStatus.OPEN, now).range(0, limit - 1).list();
    }

    /**
     * Open clarifications whose deadline a holiday list from {@code from} may move: provisional, or due after it with
     * the overdue event not yet out; locked against the deadline job.
     */
    public Uni<List<Clarification>> recountable(Instant from) {
        // in id order, as every locker of several rows here, so two of them never wait on each other
        return find("status = ?1 and overdueSentAt is null and (deadlineProvisional = true or dueAt >= ?2)",
                Sort.by("id"), ClarificationStatus.OPEN, from).withLock(LockModeType.PESSIMISTIC_WRITE).list();
    }

    /** Open past the due day, overdue event not yet out; a provisional deadline waits, as above. */
    public Uni<List<Clarification>> awaitingOverdue(Instant now, int limit) {
        return find("status = ?1 and dueAt <= ?2 and overdueSentAt is null and deadlineProvisional = false",
                Sort.by("dueAt"),
                ClarificationStatus.OPEN, now).range(0, limit - 1).list();
    }

    /**
     * Sets the reminder flag if nobody did; true for the one caller that set it. A concurrent replica's update waits
     * for this row lock and then finds the flag set.
     */
    public Uni<Boolean> markReminded(UUID id, Instant now) {
        // the due time is checked again: a holiday list loaded since the job read the row may have moved it
        return update("reminderSentAt = ?1 where id = ?2 and reminderSentAt is null and status = ?3"
                + " and deadlineProvisional = false and remindAt <= ?1 and dueAt > ?1", now, id,
                ClarificationStatus.OPEN).map(rows -> rows == 1);
    }

    /** As {@link #markReminded}, for the overdue event. */
    public Uni<Boolean> markOverdue(UUID id, Instant now) {
        return update("overdueSentAt = ?1 where id = ?2 and overdueSentAt is null and status = ?3"
                + " and deadlineProvisional = false and dueAt <= ?1", now, id,
                ClarificationStatus.OPEN).map(rows -> rows == 1);
    }
}
