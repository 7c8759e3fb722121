package id.netra.intake.cases;

import java.util.List;

import id.netra.contracts.CaseClosed;
import id.netra.contracts.ClarificationConcluded;
import id.netra.contracts.ClarificationCorrected;
import id.netra.contracts.EventType;
import id.netra.contracts.Outcome;

/** Where the clarification and sanction events move a case once intake has registered it. */
final class CaseProgress {

    /**
     * The order of the statuses that clarification events set. The clarification and sanction topics are read by two
     * consumers, so a clarification event can be read after the sanction events it caused: it must not move the case
     * back. Sanction events come in order on their own topic and always apply.
     */
    private static final List<CaseStatus> CLARIFICATION_ORDER = List.of(CaseStatus.KLARIFIKASI, CaseStatus.TERBUKTI,
            CaseStatus.REKOMENDASI_KE_PPK, CaseStatus.BELUM_DITINDAKLANJUTI, CaseStatus.DATA_DIBLOKIR,
            CaseStatus.DITINDAKLANJUTI);

    private CaseProgress() {
    }

    static CaseStatus next(CaseStatus current, EventType type, Object payload) {
        switch (type) {
            case CLARIFICATION_OPENED:
                return forward(current, CaseStatus.KLARIFIKASI);
            case CLARIFICATION_CONCLUDED:
                return forward(current, outcomeStatus(((ClarificationConcluded) payload).outcome()));
            case CLARIFICATION_CORRECTED:
                // a correction may move a concluded case between proven and not proven, never back from a later stage
                return rank(current) > rank(CaseStatus.TERBUKTI) ? current
                        : outcomeStatus(((ClarificationCorrected) payload).outcome());
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
                return "NOT_PROVEN".equals(((CaseClosed) payload).outcome()) ? CaseStatus.TIDAK_TERBUKTI
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
}
