package id.netra.contracts;

import java.time.Instant;
import java.util.UUID;

/** The initial review (kajian awal) of a case was not done by its due time; raised once per case and due time. */
public record ReviewOverdue(
        UUID caseId,
        String caseNumber,
        String regionCode,
        Instant dueAt,
        Instant detectedAt) implements CaseEvent {
}
