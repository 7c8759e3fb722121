package id.netra.clarification.clarification;

/** What the Inspektorat does to a clarification, the status each needs, and how a refusal is named. */
public enum ClarificationStep {
    /**
     * Assigning, scheduling, recording attendance and statements: the hearing, while it is open. Reviewing evidence
     * is not among them: evidence may still arrive and be reviewed after the conclusion.
     */
    HEAR(ClarificationStatus.OPEN, "CLARIFICATION_CLOSED"),
    CONCLUDE(ClarificationStatus.OPEN, "CLARIFICATION_ALREADY_CONCLUDED"),
    /** Only a final conclusion can be corrected. */
    CORRECT(ClarificationStatus.CONCLUDED, "CLARIFICATION_NOT_CONCLUDED");

    private final ClarificationStatus from;
    private final String refusal;

    ClarificationStep(ClarificationStatus from, String refusal) {
        this.from = from;
        this.refusal = refusal;
    }

    boolean allows(ClarificationStatus status) {
        return status == from;
    }

    String refusal() {
        return refusal;
    }
}
