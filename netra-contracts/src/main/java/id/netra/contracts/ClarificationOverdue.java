package id.netra.contracts;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** The clarification passed its due day still open: published once. */
public record ClarificationOverdue(
        UUID caseId,
        String caseNumber,
        String regionCode,
        UUID clarificationId,
        String assignee,
        LocalDate dueDate,
        Instant dueAt,
        Instant detectedAt) implements CaseEvent {
}
