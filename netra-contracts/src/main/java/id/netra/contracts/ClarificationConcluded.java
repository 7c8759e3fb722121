package id.netra.contracts;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * The Inspektorat concluded. PROVEN carries the violation codes and the date of the act (the sanction rules need
 * both), whom the act supported on that date and the accused's position; NOT_PROVEN carries the reason.
 */
public record ClarificationConcluded(
        UUID caseId,
        String caseNumber,
        String regionCode,
        String electionCode,
        UUID clarificationId,
        Outcome outcome,
        List<String> violationCodes,
        LocalDate actDate,
        Accused accused,
        String reason,
        CandidacyStage candidacyStage,
        PositionCategory positionCategory,
        Instant concludedAt) implements CaseEvent {

    public ClarificationConcluded {
        violationCodes = violationCodes == null ? List.of() : List.copyOf(violationCodes);
    }
}
