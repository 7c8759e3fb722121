package id.netra.intake.cases;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** What Bawaslu's intake does to a case, and where each may start: a new case (no status yet) or these statuses. */
public enum CaseStep {
    /** A new case goes to the initial review. */
    OPEN(true),
    /** A new case filed in time by a trusted partner, or one the initial review accepts. */
    REGISTER(true, CaseStatus.KAJIAN_AWAL),
    /** A new case filed late, one under review, or one whose reporter did not complete it. */
    REJECT(true, CaseStatus.KAJIAN_AWAL, CaseStatus.PERLU_DILENGKAPI),
    ASK_COMPLETION(false, CaseStatus.KAJIAN_AWAL),
    COMPLETE(false, CaseStatus.PERLU_DILENGKAPI),
    /** Only a case not registered because it was filed late, and only once. */
    FORWARD(false, CaseStatus.TIDAK_DIREGISTRASI);

    /** Why a report filed after its deadline is not registered. */
    public static final String LATE_FILING = "LATE_FILING";

    private final boolean fromNew;
    private final Set<CaseStatus> from = EnumSet.noneOf(CaseStatus.class);

    CaseStep(boolean fromNew, CaseStatus... from) {
        this.fromNew = fromNew;
        this.from.addAll(List.of(from));
    }

    boolean allows(CaseStatus status, String reasonCode) {
        if (status == null) {
            return fromNew;
        }
        return from.contains(status) && (this != FORWARD || LATE_FILING.equals(reasonCode));
    }
}
