package id.netra.intake.candidacy;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The answer to a filing: the watch, its obligations as they stand, and what followed (a D3 case, a D5 flag). Built
 * from what was stored, so a retry with the same Idempotency-Key gets the same watch.
 */
@Schema(name = "CandidacyReceipt")
public record CandidacyReceipt(
        UUID candidacyId,
        @Schema(example = "64.71") String regionCode,
        @Schema(example = "PEMILU_2024") String electionCode,
        @Schema(example = "DPRD") String contestCode,
        @Schema(example = "2023-05-10") LocalDate registeredOn,
        @Schema(enumeration = {
                "WATCHING", "SETTLED" }, example = "WATCHING") String watchStatus,
        @Schema(nullable = true, description = "the D3 case opened or joined; null when the ASN was on CLTN", example = "64.71-2023-000001") String caseNumber,
        @Schema(description = "flagged for D5 (party membership)") boolean d5Flagged,
        List<ObligationView> obligations,
        List<Notice> notices){

    /** Something the filer should know, with a stable code. */
    @Schema(name = "CandidacyReceiptNotice")
    public record Notice(@Schema(example = "D3_CASE_OPENED") String code, String text) {
    }
}
