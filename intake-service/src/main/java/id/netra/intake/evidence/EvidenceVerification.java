package id.netra.intake.evidence;

import java.time.Instant;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The stored file re-hashed now and compared with the hash recorded when it arrived. */
@Schema(name = "EvidenceVerification")
public record EvidenceVerification(
        UUID evidenceId,
        @Schema(description = "the SHA-256 recorded at upload") String sha256,
        @Schema(description = "the SHA-256 of the file as stored now; absent if the file is gone") String actualSha256,
        @Schema(description = "false if the file is gone") boolean present,
        @Schema(description = "true only if the file is present and unchanged") boolean intact,
        Instant checkedAt) {
}
