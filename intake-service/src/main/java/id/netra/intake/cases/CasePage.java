package id.netra.intake.cases;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One page of cases; {@code next} is the cursor for the following page, absent on the last. */
@Schema(name = "CasePage")
public record CasePage(List<CaseListItem> items, @Schema(example = "64.71-2024-000050") String next) {

    /** A case in a list. */
    @Schema(name = "CaseListItem")
    public record CaseListItem(String caseNumber, String regionCode, String electionCode, String status,
            String violationCode, java.time.Instant createdAt) {
    }
}
