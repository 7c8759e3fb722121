package id.netra.contracts;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** An obligation of a candidacy watch falls due soon (or today) and is not met: raised once per obligation. */
public record CandidacyObligationDue(
        UUID candidacyId,
        String regionCode,
        String electionCode,
        String contestCode,
        String obligation,
        LocalDate dueOn,
        Instant raisedAt) implements CandidacyEvent {
}
