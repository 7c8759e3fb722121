package id.netra.clarification.clarification;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import id.netra.contracts.Outcome;
import id.netra.contracts.PositionCategory;

/** The whole conclusion as it must now stand, and why the final one is corrected. */
@Schema(name = "CorrectionRequest", example = """
        {"outcome": "PROVEN", "violationCodes": ["D7", "D10"], "actDate": "2024-10-01", "positionCategory": "JPT",
         "reason": "Terlapor mengunggah foto dengan gestur jari dan menghadiri deklarasi.",
         "correctionReason": "Kode D10 terlewat dalam kesimpulan semula."}""")
public record CorrectionRequest(
        @Schema(required = true, example = "PROVEN") @NotNull Outcome outcome,
        @Schema(description = "as in the conclusion", maxItems = 20, example = "[\"D7\", \"D10\"]") @Size(max = 20) List<String> violationCodes,
        @Schema(description = "as in the conclusion", example = "2024-10-01") LocalDate actDate,
        @Schema(description = "as in the conclusion", example = "JPT") PositionCategory positionCategory,
        @Schema(description = "as in the conclusion", example = "INSUFFICIENT_EVIDENCE") NotProvenReason reasonCode,
        @Schema(required = true, maxLength = 4000, description = "the reasoning as it now stands") @NotBlank(message = "{netra.validation.REASON_REQUIRED}") @Size(max = 4000) String reason,
        @Schema(required = true, maxLength = 4000, description = "why the final conclusion is corrected", example = "Kode D10 terlewat dalam kesimpulan semula.") @NotBlank(message = "{netra.validation.CORRECTION_REASON_REQUIRED}") @Size(max = 4000) String correctionReason,
        @Schema(description = "as in the conclusion", maxLength = 40, example = "PRESIDEN") @Size(max = 40) String contestCode)
        implements
            ConclusionFacts {
}
