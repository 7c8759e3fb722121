package id.netra.intake.timeline;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import io.smallrye.mutiny.Uni;

import id.netra.contracts.CaseClosed;
import id.netra.contracts.ClarificationConcluded;
import id.netra.contracts.ClarificationCorrected;
import id.netra.contracts.EventType;
import id.netra.contracts.Outcome;
import id.netra.contracts.RecommendationIssued;
import id.netra.contracts.RecommendationLevelSet;
import id.netra.contracts.SanctionDecided;
import id.netra.intake.cases.CaseFile;
import id.netra.intake.cases.CaseRepository;
import id.netra.intake.cases.CaseStatus;
import id.netra.kit.inbox.EventHandler;
import id.netra.kit.inbox.IncomingEvent;
import id.netra.kit.inbox.PoisonEventException;

/** Follows clarification and sanction events: moves the case's status and adds the step to its timeline. */
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

    /**
     * The order of the statuses that clarification events set. The clarification and sanction topics are read by two
     * consumers, so a clarification event can be read after the sanction events it caused: it must not move the case
     * back. Sanction events come in order on their own topic and always apply.
     */
    private static final List<CaseStatus> CLARIFICATION_ORDER = List.of(CaseStatus.KLARIFIKASI, CaseStatus.TERBUKTI,
            CaseStatus.REKOMENDASI_KE_PPK, CaseStatus.BELUM_DITINDAKLANJUTI, CaseStatus.DATA_DIBLOKIR,
            CaseStatus.DITINDAKLANJUTI);

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
            caseFile.status = nextStatus(caseFile, event);
            caseFile.updatedAt = event.time();
            return timeline.record(caseFile.id, event.type().name(), event.time(), source(event), detail(event),
                    event.id());
        });
    }

    private static CaseStatus nextStatus(CaseFile caseFile, IncomingEvent event) {
        CaseStatus current = caseFile.status;
        switch (event.type()) {
            case CLARIFICATION_OPENED:
                return forward(current, CaseStatus.KLARIFIKASI);
            case CLARIFICATION_CONCLUDED:
                return forward(current, outcomeStatus(((ClarificationConcluded) event.payload()).outcome()));
            case CLARIFICATION_CORRECTED:
                // a correction may move a concluded case between proven and not proven, never back from a later stage
                return rank(current) > rank(CaseStatus.TERBUKTI) ? current
                        : outcomeStatus(((ClarificationCorrected) event.payload()).outcome());
            case RECOMMENDATION_ISSUED:
            case RECOMMENDATION_LEVEL_SET:
                return CaseStatus.REKOMENDASI_KE_PPK;
            case DECISION_OVERDUE:
                return current == CaseStatus.REKOMENDASI_KE_PPK ? CaseStatus.BELUM_DITINDAKLANJUTI : current;
            case BLOCK_REQUESTED:
                return current == CaseStatus.DITINDAKLANJUTI ? current : CaseStatus.DATA_DIBLOKIR;
            case SANCTION_DECIDED:
                return CaseStatus.DITINDAKLANJUTI;
            case CASE_CLOSED:
                return "NOT_PROVEN".equals(((CaseClosed) event.payload()).outcome()) ? CaseStatus.TIDAK_TERBUKTI
                        : CaseStatus.DITINDAKLANJUTI;
            default:
                return current;
        }
    }

    private static CaseStatus forward(CaseStatus current, CaseStatus next) {
        return rank(next) >= rank(current) ? next : current;
    }

    /** Statuses before the clarification (intake's own) rank lowest; not proven ranks with proven. */
    private static int rank(CaseStatus status) {
        return CLARIFICATION_ORDER.indexOf(status == CaseStatus.TIDAK_TERBUKTI ? CaseStatus.TERBUKTI : status);
    }

    private static CaseStatus outcomeStatus(Outcome outcome) {
        return outcome == Outcome.PROVEN ? CaseStatus.TERBUKTI : CaseStatus.TIDAK_TERBUKTI;
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
