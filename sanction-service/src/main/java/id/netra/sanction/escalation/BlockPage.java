package id.netra.sanction.escalation;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import id.netra.sanction.recommendation.Recommendation;
import id.netra.sanction.rules.SanctionLevel;

/** One page of block requests for BKN, newest first; {@code next} is the {@code after} value of the next page. */
public record BlockPage(
        List<Block> items,
        @Schema(nullable = true, description = "pass as after= to get the next page; null on the last page") String next) {

    /** {@code rows} holds up to one row more than the limit: its presence says that another page follows. */
    static BlockPage of(List<Recommendation> rows, int limit) {
        List<Block> items = rows.stream().limit(limit).map(Block::of).toList();
        String next = rows.size() > limit ? items.get(items.size() - 1).recommendationId().toString() : null;
        return new BlockPage(items, next);
    }

    /** A request to block one civil servant's personnel data (SIASN) until the PPK imposes the sanction. */
    @Schema(name = "BlockRequest")
    public record Block(
            UUID recommendationId,
            @Schema(example = "64.71-2024-000007") String caseNumber,
            @Schema(example = "64.71") String regionCode,
            @Schema(example = "196608011988031001") String nip,
            String name,
            SanctionLevel level,
            Instant decisionDueAt,
            Instant requestedAt,
            @Schema(nullable = true, description = "when lifting the block was requested (the PPK decided); null while it stands") Instant unblockRequestedAt,
            @Schema(description = "ACTIVE while the block stands, LIFTED once its lifting is requested") String status) {

        static Block of(Recommendation r) {
            return new Block(r.getId(), r.getCaseNumber(), r.getRegionCode(), r.getAccusedNip(), r.getAccusedName(),
                    r.getLevel(), r.getDecisionDueAt(), r.getBlockRequestedAt(), r.getUnblockRequestedAt(),
                    r.getUnblockRequestedAt() == null ? "ACTIVE" : "LIFTED");
        }
    }
}
