package id.netra.clarification.clarification;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The officer saw the evidence file: the SHA-256 of the file seen, and a note. */
@Schema(name = "EvidenceReviewRequest", example = """
        {"sha256": "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08",
         "note": "Foto menunjukkan terlapor di panggung deklarasi."}""")
public record EvidenceReviewRequest(
        @Schema(required = true, pattern = "^[0-9a-fA-F]{64}$", description = "SHA-256 of the file the officer opened, hex", example = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08") @NotBlank @Pattern(regexp = "[0-9a-fA-F]{64}", message = "{netra.validation.SHA256_FORMAT}") String sha256,
        @Schema(maxLength = 4000, description = "internal: never published", example = "Foto menunjukkan terlapor di panggung deklarasi.") @Size(max = 4000) String note) {
}
