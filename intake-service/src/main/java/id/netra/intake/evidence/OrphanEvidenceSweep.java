package id.netra.intake.evidence;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;

/** Runs the orphan-file sweep of the evidence storage now and then. */
@ApplicationScoped
public class OrphanEvidenceSweep {

    private final EvidenceService service;

    public OrphanEvidenceSweep(EvidenceService service) {
        this.service = service;
    }

    @Scheduled(every = "${netra.evidence.sweep-interval:15m}", delayed = "1m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> sweep() {
        return service.sweepOrphans().replaceWithVoid();
    }
}
