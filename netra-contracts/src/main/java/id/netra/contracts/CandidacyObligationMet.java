package id.netra.contracts;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A document met an obligation of a candidacy watch ({@code late} when it is dated after the due day): raised once
 * per obligation, by the first document that meets it.
 */
public record CandidacyObligationMet(
        UUID candidacyId,
        String regionCode,
        String electionCode,
        String contestCode,
        String obligation,
        LocalDate dueOn,
        LocalDate metOn,
        boolean late,
        UUID documentId,
        Instant metAt) implements CandidacyEvent {
}
