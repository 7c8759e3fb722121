package id.netra.contracts;

import java.time.Instant;
import java.util.UUID;

/** Handling of the case ended, with its outcome (e.g. NOT_PROVEN, SANCTIONED). */
public record CaseClosed(
        UUID caseId,
        String caseNumber,
        String regionCode,
        String outcome,
        Instant closedAt) implements CaseEvent {
}
