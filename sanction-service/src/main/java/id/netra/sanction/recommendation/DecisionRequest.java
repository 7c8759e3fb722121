package id.netra.sanction.recommendation;

import java.time.LocalDate;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The PPK's decision as sent: the sanction imposed, the decree, and why when it is below the recommended level. */
@Schema(name = "DecisionRequest")
public record DecisionRequest(
        @Schema(description = "a code of the sanction ladder (GET /api/v1/rules)", required = true, example = "TURUN_JABATAN_12") String sanctionCode,
        @Schema(description = "the number of the PPK's decree", required = true, maxLength = 100, example = "800.1.6.4/123/BKPSDM") String decreeNumber,
        @Schema(description = "the date of the decree: not in the future, not before the recommendation was issued", required = true, example = "2024-10-28") LocalDate decreeDate,
        @Schema(description = "required when the sanction is below the recommended level (the case then stays open as NON_COMPLIANT), and with legalBasis for a disciplinary sanction on an ethics-only recommendation", maxLength = 4000, example = "Terlapor baru pertama kali melanggar dan mengakui perbuatannya.") String justification,
        @Schema(description = "the decision's own legal basis: required for a disciplinary sanction (RINGAN to BERAT) when the recommendation is an ethics breach only (MORAL)", maxLength = 1000, example = "PP 94/2021 Pasal 5 huruf n") String legalBasis) {
}
