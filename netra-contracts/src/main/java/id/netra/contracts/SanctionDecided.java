package id.netra.contracts;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** The PPK imposed a sanction on a recommendation; {@code compliant} is false when it is below the recommended level. */
public record SanctionDecided(
        UUID caseId,
        String caseNumber,
        String regionCode,
        UUID recommendationId,
        String sanctionCode,
        String level,
        boolean compliant,
        String decreeNumber,
        LocalDate decreeDate,
        Instant decidedAt) implements CaseEvent {
}
