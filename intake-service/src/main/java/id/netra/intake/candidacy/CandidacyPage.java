package id.netra.intake.candidacy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One page of watches; {@code next} is the cursor for the following page, absent on the last. */
@Schema(name = "CandidacyPage")
public record CandidacyPage(List<Item> items,
        @Schema(nullable = true, description = "pass as `after` for the next page; null on the last page") UUID next) {

    /** A watch in a list: no name and no NIP; read the watch for them. */
    @Schema(name = "CandidacyListItem")
    public record Item(UUID candidacyId, String regionCode, String electionCode, String contestCode,
            LocalDate registeredOn, String cltnStatus, String watchStatus,
            @Schema(description = "obligations not met yet") int openObligations,
            @Schema(description = "obligations past their due day unmet") int overdueObligations,
            @Schema(description = "the D3 case, if any") String caseNumber, boolean d5Flagged, Instant filedAt) {
    }
}
