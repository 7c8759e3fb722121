package id.netra.contracts;

import java.time.Instant;
import java.util.UUID;

/** The initial review asks the reporter to complete the report (PERLU_DILENGKAPI) by {@code dueAt}. */
public record CompletionRequested(
        UUID caseId,
        String caseNumber,
        String regionCode,
        String missing,
        Instant dueAt,
        Instant requestedAt) implements CaseEvent {
}
