package id.netra.contracts;

import java.time.Instant;
import java.util.UUID;

/** The Inspektorat reviewed an evidence file by reference; neither its content nor the officer's note is here. */
public record ClarificationEvidenceReviewed(
        UUID caseId,
        String caseNumber,
        String regionCode,
        UUID clarificationId,
        UUID evidenceId,
        boolean hashMatches,
        Instant reviewedAt) implements CaseEvent {
}
