package id.netra.clarification.clarification;

import static id.netra.clarification.clarification.AuditLog.details;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.function.BiConsumer;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;

import id.netra.contracts.ClarificationOverdue;
import id.netra.contracts.ClarificationReminder;
import id.netra.contracts.NetraEvent;
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
        return announce("clarification reminders", ClarificationRepository.AWAITING_REMINDER, Clarification::reminded,
                ClarificationReminder::new, "REMINDER_SENT");
    }

    /** Marks every open clarification past its due day, once; returns how many it marked. */
    public Uni<Integer> markOverdue() {
        return announce("overdue clarifications", ClarificationRepository.AWAITING_OVERDUE,
                Clarification::markedOverdue, ClarificationOverdue::new, "OVERDUE_MARKED");
    }

    private Uni<Integer> announce(String what, DeadlineSweep.Due<Clarification> due,
            BiConsumer<Clarification, Instant> flag, DeadlineEvent event, String auditAction) {
        Instant now = clock.instant();
        return DeadlineSweep.sweep(what, due, now, BATCH, clarification -> {
            flag.accept(clarification, now);
            return outbox.record(event.of(clarification.caseId(), clarification.caseNumber(),
                    clarification.regionCode(), clarification.id(), clarification.assignee(), clarification.dueDate(),
                    clarification.dueAt(), now))
                    .chain(() -> audit.record(clarification, auditAction, AuditLog.SYSTEM, now,
                            details("dueDate", clarification.dueDate(), "assignee", clarification.assignee())))
                    .replaceWith(clarification.id());
        }).map(List::size);
    }

    /** The reminder and the overdue event carry the same fields. */
    @FunctionalInterface
    private interface DeadlineEvent {
        NetraEvent of(UUID caseId, String caseNumber, String regionCode, UUID clarificationId, String assignee,
                LocalDate dueDate, Instant dueAt, Instant at);
    }
}
