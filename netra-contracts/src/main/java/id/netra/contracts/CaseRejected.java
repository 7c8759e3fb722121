package id.netra.contracts;

import java.time.Instant;
import java.util.UUID;

/**
 * Intake did not register the case (TIDAK_DIREGISTRASI): filed late, rejected at the initial review, or not
 * completed in time. It never goes to clarification.
 */
public record CaseRejected(
        UUID caseId,
        String caseNumber,
        String regionCode,
        String reasonCode,
        String reason,
        Instant rejectedAt) implements CaseEvent {
}
