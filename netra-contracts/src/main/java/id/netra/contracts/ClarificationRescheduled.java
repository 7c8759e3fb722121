package id.netra.contracts;

import java.time.Instant;
import java.util.UUID;

/** The hearing was moved; the reason stays in clarification-service. */
public record ClarificationRescheduled(
        UUID caseId,
        String caseNumber,
        String regionCode,
        UUID clarificationId,
        Instant previousScheduledAt,
        Instant scheduledAt,
        Instant recordedAt) implements CaseEvent {
}
