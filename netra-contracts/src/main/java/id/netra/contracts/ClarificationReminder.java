package id.netra.contracts;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** The clarification's last day has begun in its region and it is still open: published once. */
public record ClarificationReminder(
        UUID caseId,
        String caseNumber,
        String regionCode,
        UUID clarificationId,
        String assignee,
        LocalDate dueDate,
        Instant dueAt,
        Instant remindedAt) implements CaseEvent {
}
