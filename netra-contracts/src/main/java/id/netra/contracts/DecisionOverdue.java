package id.netra.contracts;

import java.time.Instant;
import java.util.UUID;

/** The PPK has not decided on a recommendation by its due date (working days in the region's zone). */
public record DecisionOverdue(
        UUID caseId,
        String caseNumber,
        String regionCode,
        UUID recommendationId,
        String level,
        Instant dueAt,
        Instant detectedAt) implements CaseEvent {
}
