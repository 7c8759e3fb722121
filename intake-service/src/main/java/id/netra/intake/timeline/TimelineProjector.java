package id.netra.intake.timeline;

import java.util.EnumSet;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import io.smallrye.mutiny.Uni;

import id.netra.contracts.CaseClosed;
import id.netra.contracts.ClarificationConcluded;
import id.netra.contracts.ClarificationCorrected;
import id.netra.contracts.EventType;
import id.netra.contracts.RecommendationIssued;
import id.netra.contracts.RecommendationLevelSet;
import id.netra.contracts.SanctionDecided;
import id.netra.intake.cases.CaseRepository;
import id.netra.kit.inbox.EventHandler;
import id.netra.kit.inbox.IncomingEvent;
import id.netra.kit.inbox.PoisonEventException;

/** Follows clarification and sanction events: the case follows each (its status), and its timeline shows the step. */
@ApplicationScoped
public class TimelineProjector implements EventHandler {

    /**
     * The steps a case's timeline shows. Reminders are left out: they nudge the officer and change nothing about the
     * case.
     */
    private static final Set<EventType> STEPS = EnumSet.of(EventType.CLARIFICATION_OPENED,
            EventType.CLARIFICATION_ASSIGNED, EventType.CLARIFICATION_SCHEDULED, EventType.CLARIFICATION_RESCHEDULED,
            EventType.CLARIFICATION_ATTENDANCE_RECORDED, EventType.CLARIFICATION_STATEMENT_RECORDED,
            EventType.CLARIFICATION_EVIDENCE_REVIEWED, EventType.CLARIFICATION_OVERDUE,
            EventType.CLARIFICATION_CONCLUDED, EventType.CLARIFICATION_CORRECTED, EventType.RECOMMENDATION_ISSUED,
            EventType.RECOMMENDATION_LEVEL_SET, EventType.DECISION_OVERDUE, EventType.BLOCK_REQUESTED,
            EventType.SANCTION_DECIDED, EventType.SANCTION_NONCOMPLIANT, EventType.UNBLOCK_REQUESTED,
            EventType.CASE_CLOSED);

    private final CaseRepository cases;
    private final TimelineRecorder timeline;

    public TimelineProjector(CaseRepository cases, TimelineRecorder timeline) {
        this.cases = cases;
        this.timeline = timeline;
    }

    @Override
    public Set<EventType> handles() {
        return STEPS;
    }

    @Override
    public Uni<Void> handle(IncomingEvent event) {
        return cases.findById(event.caseEvent().caseId()).chain(caseFile -> {
            if (caseFile == null) {
                throw new PoisonEventException("no case " + event.caseEvent().caseNumber() + " in intake");
            }
            caseFile.follow(event.type(), event.payload(), event.time());
            return timeline.record(caseFile.id, event.type().name(), event.time(), source(event), detail(event),
                    event.id());
        });
    }

    /** A word that helps a reader of the timeline, never a name or a text from the hearing. */
    private static String detail(IncomingEvent event) {
        if (event.payload() instanceof ClarificationConcluded concluded) {
            return concluded.outcome().name();
        }
        if (event.payload() instanceof ClarificationCorrected corrected) {
            return corrected.outcome().name();
        }
        if (event.payload() instanceof RecommendationIssued issued) {
            return issued.level();
        }
        if (event.payload() instanceof RecommendationLevelSet levelSet) {
            return levelSet.level();
        }
        if (event.payload() instanceof SanctionDecided decided) {
            return decided.level();
        }
        if (event.payload() instanceof CaseClosed closed) {
            return closed.outcome();
        }
        return null;
    }

    private static String source(IncomingEvent event) {
        String source = event.source();
        return source == null ? "unknown" : source.substring(source.lastIndexOf('/') + 1);
    }
}
