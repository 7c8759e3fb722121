package id.netra.sanction.recommendation;

import java.time.Instant;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import id.netra.sanction.rules.SanctionLevel;

/** One line of the recommendation list. */
public record RecommendationSummary(
        UUID id,
        @Schema(example = "64.71-2024-000007") String caseNumber,
        String regionCode,
        String electionCode,
        RecommendationStatus status,
        SanctionLevel level,
        boolean disputed,
        Instant issuedAt,
        Instant decisionDueAt,
        boolean overdue,
        @Schema(description = "a block of the accused's personnel data is requested and not yet lifted") boolean blocked) {

    static RecommendationSummary of(Recommendation r, Instant now) {
        return new RecommendationSummary(r.getId(), r.getCaseNumber(), r.getRegionCode(), r.getElectionCode(),
                r.getStatus(), r.getLevel(), r.getAlternativeLevel() != null, r.getIssuedAt(), r.getDecisionDueAt(),
                r.isOverdue(now), r.isBlocked());
    }
}
