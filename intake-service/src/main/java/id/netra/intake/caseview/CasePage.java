package id.netra.intake.caseview;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One page of cases; {@code next} is the cursor for the following page, absent on the last. */
@Schema(name = "CasePage")
public record CasePage(List<CaseListItem> items,
        @Schema(nullable = true, example = "64.71-2024-000050", description = "pass as `after` for the next page; null on the last page") String next) {

    /** A case in a list. */
    @Schema(name = "CaseListItem")
    public record CaseListItem(String caseNumber, String regionCode, String electionCode, String status,
            String violationCode, LocalDate occurredOn, LocalDate receivedOn, int reportCount, boolean lead,
            Instant reviewDueAt, @Schema(description = "initial review past its due time") boolean reviewOverdue,
            Instant createdAt) {
    }
}
