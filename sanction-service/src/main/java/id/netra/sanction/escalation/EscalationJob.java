package id.netra.sanction.escalation;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;

/** Runs the escalation sweep on a timer; safe on every replica at once (see {@link EscalationService}). */
@ApplicationScoped
public class EscalationJob {

    private final EscalationService escalation;

    public EscalationJob(EscalationService escalation) {
        this.escalation = escalation;
    }

    @Scheduled(identity = "sanction-escalation", every = "${netra.sanction.escalation-interval:5m}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP, skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    Uni<Void> run() {
        return escalation.sweep().replaceWithVoid();
    }
}
