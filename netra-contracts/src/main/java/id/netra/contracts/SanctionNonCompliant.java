package id.netra.contracts;

import java.time.Instant;
import java.util.UUID;

/** The PPK imposed a sanction below the recommended level, with a justification: recorded, but not compliant. */
public record SanctionNonCompliant(
        UUID caseId,
        String caseNumber,
        String regionCode,
        UUID recommendationId,
        String recommendedLevel,
        String imposedLevel,
        String sanctionCode,
        String justification,
        Instant decidedAt) implements CaseEvent {
}
