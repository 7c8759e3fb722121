package id.netra.contracts;

import java.time.Instant;
import java.util.UUID;

/** The Inspektorat summoned the accused for a clarification hearing, or moved an earlier summons. */
public record ClarificationScheduled(
        UUID caseId,
        String caseNumber,
        String regionCode,
        UUID clarificationId,
        Instant scheduledAt,
        boolean rescheduled,
        Instant recordedAt) implements CaseEvent {
}
