package id.netra.contracts;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A sanction recommendation went to the PPK: the most severe level over all proven codes, and why. */
public record RecommendationIssued(
        UUID caseId,
        String caseNumber,
        String regionCode,
        UUID recommendationId,
        String level,
        String ruleVersion,
        List<Item> items,
        Instant dueAt,
        Instant issuedAt) implements CaseEvent {

    public RecommendationIssued {
        items = List.copyOf(items);
    }

    /** One proven violation code with the level and legal basis the rules gave it. */
    public record Item(String violationCode, String level, String legalBasis) {
    }
}
