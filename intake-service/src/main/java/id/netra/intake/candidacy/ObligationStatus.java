package id.netra.intake.candidacy;

/** Where an obligation stands on a day of the region's calendar. */
public enum ObligationStatus {
    /** A document that meets it was filed (possibly late). */
    MET,
    /** Not met, and its due day has not passed (or is not known, or only provisionally). */
    OPEN,
    /** Not met, and its due day has passed. */
    OVERDUE
}
