package id.netra.intake.timeline;

import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import io.smallrye.mutiny.Uni;

import id.netra.contracts.CaseClosed;
import id.netra.contracts.ClarificationConcluded;
import id.netra.contracts.ClarificationOpened;
import id.netra.contracts.EventType;
import id.netra.contracts.Outcome;
import id.netra.contracts.RecommendationIssued;
import id.netra.contracts.SanctionDecided;
import id.netra.intake.cases.CaseRepository;
import id.netra.intake.cases.CaseStatus;
import id.netra.kit.inbox.EventHandler;
import id.netra.kit.inbox.IncomingEvent;
import id.netra.kit.inbox.PoisonEventException;

/** Follows clarification and sanction events: moves the case's status and adds the step to its timeline. */
@ApplicationScoped
public class TimelineProjector implements EventHandler {

    private final CaseRepository cases;
    private final TimelineRecorder timeline;

    public TimelineProjector(CaseRepository cases, TimelineRecorder timeline) {
        this.cases = cases;
        this.timeline = timeline;
    }

    @Override
    public Set<EventType> handles() {
        return Set.of(EventType.CLARIFICATION_OPENED, EventType.CLARIFICATION_SCHEDULED,
                EventType.CLARIFICATION_CONCLUDED, EventType.RECOMMENDATION_ISSUED, EventType.SANCTION_DECIDED,
                EventType.CASE_CLOSED);
    }

    @Override
    public Uni<Void> handle(IncomingEvent event) {
        return cases.findById(event.payload().caseId()).chain(caseFile -> {
            if (caseFile == null) {
                throw new PoisonEventException("no case " + event.payload().caseNumber() + " in intake");
            }
            String detail = null;
            CaseStatus status = caseFile.status;
            if (event.payload() instanceof ClarificationOpened) {
                status = CaseStatus.KLARIFIKASI;
            } else if (event.payload() instanceof ClarificationConcluded concluded) {
                detail = concluded.outcome().name();
                status = concluded.outcome() == Outcome.PROVEN ? CaseStatus.TERBUKTI : CaseStatus.TIDAK_TERBUKTI;
            } else if (event.payload() instanceof RecommendationIssued issued) {
                detail = issued.level();
                status = CaseStatus.REKOMENDASI_KE_PPK;
            } else if (event.payload() instanceof SanctionDecided decided) {
                detail = decided.level();
                status = CaseStatus.DITINDAKLANJUTI;
            } else if (event.payload() instanceof CaseClosed closed) {
                detail = closed.outcome();
                status = "NOT_PROVEN".equals(closed.outcome()) ? CaseStatus.TIDAK_TERBUKTI : CaseStatus.DITINDAKLANJUTI;
            }
            caseFile.status = status;
            caseFile.updatedAt = event.time();
            return timeline.record(caseFile.id, event.type().name(), event.time(), source(event), detail, event.id());
        });
    }

    private static String source(IncomingEvent event) {
        String source = event.source();
        return source == null ? "unknown" : source.substring(source.lastIndexOf('/') + 1);
    }
}
