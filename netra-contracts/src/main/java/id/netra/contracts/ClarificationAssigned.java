package id.netra.contracts;

import java.time.Instant;
import java.util.UUID;

/** The inspectorate assigned the clarification to a named officer, or handed it to another one. */
public record ClarificationAssigned(
        UUID caseId,
        String caseNumber,
        String regionCode,
        UUID clarificationId,
        String assignee,
        String previousAssignee,
        String assignedBy,
        Instant assignedAt) implements CaseEvent {
}
