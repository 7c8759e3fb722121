package id.netra.contracts;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** An obligation of a candidacy watch passed its due day unmet: raised once per obligation. */
public record CandidacyObligationOverdue(
        UUID candidacyId,
        String regionCode,
        String electionCode,
        String contestCode,
        String obligation,
        LocalDate dueOn,
        UUID d3CaseId,
        Instant detectedAt) implements CandidacyEvent {
}
