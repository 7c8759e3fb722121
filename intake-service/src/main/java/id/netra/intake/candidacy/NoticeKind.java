package id.netra.intake.candidacy;

/** The notices raised about an obligation, each once: it falls due, it passed its due day unmet, it was met. */
public enum NoticeKind {
    DUE,
    OVERDUE,
    MET
}
