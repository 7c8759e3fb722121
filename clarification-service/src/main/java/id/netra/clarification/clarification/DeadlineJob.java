package id.netra.clarification.clarification;

import static id.netra.clarification.clarification.AuditLog.details;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;

import id.netra.contracts.ClarificationOverdue;
import id.netra.contracts.ClarificationReminder;
import id.netra.kit.outbox.Outbox;

/**
 * Publishes the reminder when a clarification's last day begins and the overdue event when it has ended, each once:
 * the flag is set by a conditional update in the transaction that records the event, so a second replica (or a
 * second run) finds it set and records nothing.
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
        return sendReminders().chain(this::markOverdue).invoke(count -> {
            if (count > 0) {
                LOG.infof("%d clarification(s) became overdue", count);
            }
        }).replaceWithVoid();
    }

    /** Reminds of every open clarification whose last day has begun (and not yet ended); returns how many. */
    @WithTransaction
    public Uni<Integer> sendReminders() {
        Instant now = clock.instant();
        return repository.awaitingReminder(now, BATCH).chain(due -> each(due, clarification -> repository
                .markReminded(clarification.id(), now)
                .chain(won -> won ? outbox.record(new ClarificationReminder(clarification.caseId(),
                        clarification.caseNumber(), clarification.regionCode(), clarification.id(),
                        clarification.assignee(), clarification.dueDate(), clarification.dueAt(), now))
                        .chain(() -> audit.record(clarification, "REMINDER_SENT", AuditLog.SYSTEM, now,
                                details("dueDate", clarification.dueDate(), "assignee", clarification.assignee())))
                        .replaceWith(1) : Uni.createFrom().item(0))));
    }

    /** Marks every open clarification past its due day, once; returns how many it marked. */
    @WithTransaction
    public Uni<Integer> markOverdue() {
        Instant now = clock.instant();
        return repository.awaitingOverdue(now, BATCH).chain(due -> each(due, clarification -> repository
                .markOverdue(clarification.id(), now)
                .chain(won -> won ? outbox.record(new ClarificationOverdue(clarification.caseId(),
                        clarification.caseNumber(), clarification.regionCode(), clarification.id(),
                        clarification.assignee(), clarification.dueDate(), clarification.dueAt(), now))
                        .chain(() -> audit.record(clarification, "OVERDUE_MARKED", AuditLog.SYSTEM, now,
                                details("dueDate", clarification.dueDate(), "assignee", clarification.assignee())))
                        .replaceWith(1) : Uni.createFrom().item(0))));
    }

    // one after the other: a reactive session runs one statement at a time
    private static Uni<Integer> each(List<Clarification> clarifications,
            Function<Clarification, Uni<Integer>> action) {
        return Multi.createFrom().iterable(clarifications).onItem().transformToUniAndConcatenate(c -> action.apply(c)).collect()
                .asList().map(counts -> counts.stream().mapToInt(Integer::intValue).sum());
    }
}
