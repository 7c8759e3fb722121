package id.netra.sanction.recommendation;

/** Where a concluded case stands in this service. */
public enum RecommendationStatus {
    /** The recommendation went to the PPK, who must decide by the due date. */
    ISSUED,
    /** A proven act outside the catalogue (D13): the neutrality task force decides the level first. */
    AWAITING_TASK_FORCE,
    /**
     * The PPK imposed a lighter sanction than recommended: not compliant, so the case stays open, the block of the
     * personnel data stays and the escalation goes on until a compliant decision is recorded.
     */
    NON_COMPLIANT,
    /** The PPK imposed a sanction that met the recommended level (see the decision). */
    DECIDED,
    /** Handling ended without a sanction (NOT_PROVEN). */
    CLOSED
}
