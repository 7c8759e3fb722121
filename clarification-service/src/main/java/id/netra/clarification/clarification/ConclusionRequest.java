package id.netra.clarification.clarification;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import id.netra.contracts.Outcome;

/** The Inspektorat's conclusion; the rules that depend on the outcome are the service's. */
@Schema(name = "ConclusionRequest", example = """
        {"outcome": "PROVEN", "violationCodes": ["D7"], "actDate": "2024-10-01",
         "reason": "Terlapor mengunggah foto dengan gestur jari mendukung pasangan calon."}""")
public record ConclusionRequest(
        @Schema(required = true, example = "PROVEN") @NotNull Outcome outcome,
        @Schema(description = "violation catalogue codes; required for PROVEN, none for NOT_PROVEN", example = "[\"D7\"]") @Size(max = 20) List<String> violationCodes,
        @Schema(description = "the date of the act; required for PROVEN, not in the future", example = "2024-10-01") LocalDate actDate,
        @Schema(description = "required for NOT_PROVEN", example = "Tidak ditemukan bukti keterlibatan terlapor.") @Size(max = 4000) String reason) {
}
