package id.netra.clarification.clarification;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import id.netra.contracts.Outcome;
import id.netra.contracts.PositionCategory;

/** The Inspektorat's conclusion; the rules that depend on the outcome are the service's. */
@Schema(name = "ConclusionRequest", example = """
        {"outcome": "PROVEN", "violationCodes": ["D7"], "actDate": "2024-10-01", "positionCategory": "JPT",
         "reason": "Terlapor mengunggah foto dengan gestur jari mendukung pasangan calon."}""")
public record ConclusionRequest(
        @Schema(required = true, example = "PROVEN") @NotNull Outcome outcome,
        @Schema(description = "violation catalogue codes; at least one for PROVEN, none for NOT_PROVEN", maxItems = 20, example = "[\"D7\"]") @Size(max = 20) List<String> violationCodes,
        @Schema(description = "the date of the act; required for PROVEN, not in the future", example = "2024-10-01") LocalDate actDate,
        @Schema(description = "the accused's position as the sanction rules weigh it; required for PROVEN, none for NOT_PROVEN", example = "JPT") PositionCategory positionCategory,
        @Schema(description = "why NOT_PROVEN; required for NOT_PROVEN, none for PROVEN", example = "INSUFFICIENT_EVIDENCE") NotProvenReason reasonCode,
        @Schema(required = true, maxLength = 4000, description = "the reasoning", example = "Tidak ditemukan bukti keterlibatan terlapor.") @NotBlank(message = "{netra.validation.REASON_REQUIRED}") @Size(max = 4000) String reason,
        @Schema(description = "PROVEN: the contest the act concerned (e.g. PRESIDEN or DPR for Pemilu 2024); required where the election's contests set their candidates on different days (GET /api/v1/rules/elections says contestRequired), as its date decides the candidacy stage", maxLength = 40, example = "PRESIDEN") @Size(max = 40) String contestCode)
        implements
            ConclusionFacts {
}
