package id.netra.intake.candidacy;

/** What an ASN asked for when asking to leave the service. */
public enum ExitKind {
    /** Pensiun dini. */
    EARLY_RETIREMENT,
    /** Berhenti atas permintaan sendiri. */
    RESIGNATION
}
