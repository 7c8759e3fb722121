package id.netra.contracts;

import java.time.Instant;
import java.util.UUID;

/**
 * The neutrality task force (through BKN) set the level of an act outside the catalogue (D13); the PPK's deadline
 * runs from now. {@code level} is the case's level, at least the task force's and never below the other codes'.
 */
public record RecommendationLevelSet(
        UUID caseId,
        String caseNumber,
        String regionCode,
        UUID recommendationId,
        String taskForceLevel,
        String level,
        String reason,
        String setBy,
        Instant dueAt,
        Instant setAt) implements CaseEvent {
}
