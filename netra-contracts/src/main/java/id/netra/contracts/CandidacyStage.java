package id.netra.contracts;

/**
 * Whom the act supported on its date: a prospective candidate (bakal calon, before the election body set the
 * candidates: the ethics rows) or a candidate (calon, from that date on: the discipline rows).
 */
public enum CandidacyStage {
    PROSPECTIVE_CANDIDATE,
    CANDIDATE
}
