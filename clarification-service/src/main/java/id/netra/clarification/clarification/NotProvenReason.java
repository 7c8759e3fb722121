package id.netra.clarification.clarification;

/** Why a clarification concluded NOT_PROVEN; the reasoning says the rest. */
public enum NotProvenReason {
    /** The evidence does not show the act. */
    INSUFFICIENT_EVIDENCE,
    /** The act happened but is not a neutrality violation. */
    ACT_NOT_A_VIOLATION,
    /** The accused is not an ASN (civil servant or PPPK). */
    NOT_A_CIVIL_SERVANT,
    /** The act was someone else's. */
    WRONG_PERSON,
    OTHER
}
