package id.netra.sanction.recommendation;

/** Where a concluded case stands in this service. */
public enum RecommendationStatus {
    /** The recommendation went to the PPK, who must decide by the due date. */
    ISSUED,
    /** A proven act outside the catalogue (D13): the neutrality task force decides the level first. */
    AWAITING_TASK_FORCE,
    /** The PPK imposed a sanction (see the decision, which says whether it met the recommended level). */
    DECIDED,
    /** Handling ended without a sanction (NOT_PROVEN). */
    CLOSED
}
