package id.netra.contracts;

import java.time.Instant;
import java.util.UUID;

/** The Inspektorat of the case's region opened its clarification. */
public record ClarificationOpened(
        UUID caseId,
        String caseNumber,
        String regionCode,
        UUID clarificationId,
        Instant openedAt,
        Instant dueAt) implements CaseEvent {
}
