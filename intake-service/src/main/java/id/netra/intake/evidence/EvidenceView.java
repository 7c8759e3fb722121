package id.netra.intake.evidence;

import java.time.Instant;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An evidence file as its readers see it. */
@Schema(name = "Evidence")
public record EvidenceView(
        UUID evidenceId,
        UUID reportId,
        @Schema(description = "the name the sender gave, without any folder part or control characters", example = "foto-kegiatan.jpg") String fileName,
        @Schema(description = "the type detected from the file's content", example = "image/jpeg") String contentType,
        @Schema(example = "482133") long sizeBytes,
        @Schema(description = "SHA-256 of the content as received, lowercase hex", example = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08") String sha256,
        @Schema(example = "kipp-balikpapan") String uploadedBy,
        Instant uploadedAt) {

    static EvidenceView of(Evidence evidence) {
        return new EvidenceView(evidence.id, evidence.reportId, evidence.fileName, evidence.contentType,
                evidence.sizeBytes, evidence.sha256, evidence.uploadedBy, evidence.uploadedAt);
    }
}
