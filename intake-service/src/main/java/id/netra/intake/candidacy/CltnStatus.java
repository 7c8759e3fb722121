package id.netra.intake.candidacy;

/** The ASN's unpaid leave (cuti di luar tanggungan negara) on the day they registered as a candidate. */
public enum CltnStatus {
    /** Active, no leave asked for. */
    NONE,
    /** Asked for, not granted: still active. */
    REQUESTED,
    /** On unpaid leave. */
    GRANTED;

    /** Approaching a party (or the public) to become a candidate while still active is catalogue row D3. */
    public boolean activeInService() {
        return this != GRANTED;
    }
}
