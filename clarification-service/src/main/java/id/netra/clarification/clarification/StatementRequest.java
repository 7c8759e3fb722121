package id.netra.clarification.clarification;

import java.time.OffsetDateTime;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A statement heard in the clarification, as the Inspektorat records it. */
@Schema(name = "StatementRequest", example = """
        {"role": "WITNESS", "name": "Siti Aminah", "statedAt": "2024-10-10T09:30:00+08:00",
         "text": "Saksi melihat terlapor hadir pada deklarasi pasangan calon."}""")
public record StatementRequest(
        @Schema(required = true, example = "WITNESS") @NotNull StatementRole role,
        @Schema(required = true, maxLength = 200, description = "who made the statement", example = "Siti Aminah") @NotBlank @Size(max = 200) String name,
        @Schema(required = true, description = "when the statement was made, with its offset; not in the future", example = "2024-10-10T09:30:00+08:00") @NotNull OffsetDateTime statedAt,
        @Schema(required = true, maxLength = 20000, example = "Saksi melihat terlapor hadir pada deklarasi pasangan calon.") @NotBlank @Size(max = 20000) String text) {
}
