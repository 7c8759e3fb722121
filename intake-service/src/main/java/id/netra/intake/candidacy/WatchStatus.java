package id.netra.intake.candidacy;

/** Whether a watch still has an obligation to meet; the daily sweep reads only the watching ones. */
public enum WatchStatus {
    WATCHING,
    SETTLED
}
