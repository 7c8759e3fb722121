package id.netra.contracts;

import java.time.Instant;
import java.util.UUID;

/** A statement was heard: whose kind and when, never the name or the text. */
public record ClarificationStatementRecorded(
        UUID caseId,
        String caseNumber,
        String regionCode,
        UUID clarificationId,
        UUID statementId,
        String role,
        Instant statedAt,
        Instant recordedAt) implements CaseEvent {
}
