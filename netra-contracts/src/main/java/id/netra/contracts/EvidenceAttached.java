package id.netra.contracts;

import java.time.Instant;
import java.util.UUID;

/**
 * A file was attached to one of the case's reports. The Inspektorat reviews it by this reference; the SHA-256 lets
 * anyone who later reads the stored file tell whether it was changed.
 */
public record EvidenceAttached(
        UUID caseId,
        String caseNumber,
        String regionCode,
        UUID reportId,
        UUID evidenceId,
        String fileName,
        String contentType,
        long sizeBytes,
        String sha256,
        Instant attachedAt) implements CaseEvent {
}
