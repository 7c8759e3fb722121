package id.netra.intake.review;

import java.time.Instant;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Where a case stands after a review decision or a completion. */
@Schema(name = "ReviewOutcome")
public record ReviewOutcome(
        @Schema(example = "64.71-2024-000001") String caseNumber,
        @Schema(example = "DIREGISTRASI") String status,
        @Schema(example = "Laporan diregistrasi") String statusText,
        @Schema(description = "when the next initial review is due (after a completion)") Instant reviewDueAt,
        @Schema(description = "the reporter's deadline (after ASK_COMPLETION)") Instant completionDueAt) {
}
