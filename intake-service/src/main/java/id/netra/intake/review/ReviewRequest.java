package id.netra.intake.review;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import id.netra.kit.validation.RegionCode;

/** The outcome of the initial review (kajian awal) of a case. */
@Schema(name = "ReviewRequest", description = "REGISTER sends the case to clarification; REJECT needs a reason; "
        + "ASK_COMPLETION needs what is missing and the day by which the reporter must add it; FORWARD (only a case "
        + "not registered because it was filed late, once) needs forwardTo and passes the facts on to the "
        + "Inspektorat or PPK of a region, or to BKN.")
public record ReviewRequest(
        @Schema(enumeration = {
                "REGISTER", "REJECT", "ASK_COMPLETION",
                "FORWARD" }, example = "REGISTER") @NotBlank @Pattern(regexp = "REGISTER|REJECT|ASK_COMPLETION|FORWARD", message = "{netra.validation.REVIEW_DECISION}") String decision,
        @Schema(description = "REGISTER only: the catalogue code the reviewer settles on; required when the report named UNKNOWN", example = "D7", maxLength = 10) @Size(max = 10) String violationCode,
        @Schema(description = "REJECT: why the case is not registered. FORWARD (optional): the reviewer's note to the "
                + "receiver; staff and the event see it, the reporter does not", example = "Bukan ASN: terlapor pegawai swasta.", maxLength = 2000) @Size(max = 2000) String reason,
        @Schema(description = "ASK_COMPLETION: what the reporter must add. The reporter reads it by tracking code: no personal data.", example = "Lampirkan tautan unggahan dan NIP terlapor.", maxLength = 2000) @Size(max = 2000) String missing,
        @Schema(description = "ASK_COMPLETION: the last day (region's calendar) to complete; after today, at most netra.intake.completion-max-days ahead", example = "2024-10-07") LocalDate completionDueOn,
        @Schema(description = "FORWARD: who receives the facts: the Inspektorat or the PPK (pejabat pembina kepegawaian) "
                + "of the employing region, or BKN", enumeration = { "INSPEKTORAT", "PPK",
                        "BKN" }, example = "INSPEKTORAT") @Pattern(regexp = FORWARD_TARGETS, message = "{netra.validation.FORWARD_TARGET}") String forwardTo,
        @Schema(description = "FORWARD to INSPEKTORAT or PPK: their region (a listed province or kabupaten/kota); "
                + "the case's region when absent. Must be absent for BKN, a national body.", example = "64.71") @RegionCode String forwardRegionCode){

    static final String FORWARD_TARGETS = "INSPEKTORAT|PPK|BKN";
}
