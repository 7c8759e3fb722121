package id.netra.clarification.clarification;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An internal note of the inspectorate. */
@Schema(name = "NoteRequest", example = """
        {"text": "Minta salinan SK jabatan terlapor ke BKPSDM."}""")
public record NoteRequest(
        @Schema(required = true, maxLength = 20000, example = "Minta salinan SK jabatan terlapor ke BKPSDM.") @NotBlank @Size(max = 20000) String text) {
}
