package id.netra.clarification.clarification;

import static id.netra.clarification.clarification.AuditLog.details;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;

import id.netra.contracts.ClarificationOverdue;
import id.netra.contracts.ClarificationReminder;
import id.netra.kit.db.DeadlineSweep;
import id.netra.kit.outbox.Outbox;

/**
 * Publishes the reminder when a clarification's last day begins and the overdue event when it has ended, each once:
 * each clarification is claimed in its own transaction ({@link DeadlineSweep}), which sets the flag and records the
 * event, so a second replica (or a second run) skips it or no longer finds it due.
 */
@ApplicationScoped
public class DeadlineJob {

    private static final Logger LOG = Logger.getLogger(DeadlineJob.class);
    private static final int BATCH = 200;

    private final ClarificationRepository repository;
    private final AuditLog audit;
    private final Outbox outbox;
    private final Clock clock;

    public DeadlineJob(ClarificationRepository repository, AuditLog audit, Outbox outbox, Clock clock) {
        this.repository = repository;
        this.audit = audit;
        this.outbox = outbox;
        this.clock = clock;
    }

    @Scheduled(identity = "clarification-deadlines", every = "${netra.clarification.deadline-check.every}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> run() {
        return sendReminders().chain(this::markOverdue)
                .onFailure().invoke(failure -> LOG.warn("Clarification deadline sweep failed; the next run retries",
                        failure))
                .onFailure().recoverWithNull()
                .replaceWithVoid();
    }

    /** Reminds of every open clarification whose last day has begun (and not yet ended); returns how many. */
    public Uni<Integer> sendReminders() {
        Instant now = clock.instant();
        return DeadlineSweep.sweep("clarification reminders", () -> repository.awaitingReminder(now, BATCH),
                id -> repository.claimReminder(id, now).onItem().ifNotNull().transformToUni(clarification -> {
                    clarification.reminded(now);
                    return outbox.record(new ClarificationReminder(clarification.caseId(), clarification.caseNumber(),
                            clarification.regionCode(), clarification.id(), clarification.assignee(),
                            clarification.dueDate(), clarification.dueAt(), now))
                            .chain(() -> audit.record(clarification, "REMINDER_SENT", AuditLog.SYSTEM, now,
                                    details("dueDate", clarification.dueDate(), "assignee", clarification.assignee())))
                            .replaceWith(id);
                })).map(List::size);
    }

    /** Marks every open clarification past its due day, once; returns how many it marked. */
    public Uni<Integer> markOverdue() {
        Instant now = clock.instant();
        return DeadlineSweep.sweep("overdue clarifications", () -> repository.awaitingOverdue(now, BATCH),
                id -> repository.claimOverdue(id, now).onItem().ifNotNull().transformToUni(clarification -> {
                    clarification.markedOverdue(now);
                    return outbox.record(new ClarificationOverdue(clarification.caseId(), clarification.caseNumber(),
                            clarification.regionCode(), clarification.id(), clarification.assignee(),
                            clarification.dueDate(), clarification.dueAt(), now))
                            .chain(() -> audit.record(clarification, "OVERDUE_MARKED", AuditLog.SYSTEM, now,
                                    details("dueDate", clarification.dueDate(), "assignee", clarification.assignee())))
                            .replaceWith(id);
                })).map(List::size);
    }
}
