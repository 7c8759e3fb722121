package id.netra.clarification.clarification;

/** Where a clarification stands: open until the Inspektorat concludes it. */
public enum ClarificationStatus {
    OPEN,
    CONCLUDED
}
