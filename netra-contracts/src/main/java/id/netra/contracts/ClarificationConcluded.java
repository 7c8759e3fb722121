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
        Instant concludedAt,
        String contestCode) implements CaseEvent {

    public ClarificationConcluded {
        violationCodes = violationCodes == null ? List.of() : List.copyOf(violationCodes);
    }

    /** A conclusion of an election whose contests share one candidate-setting date: no contest named. */
    public ClarificationConcluded(UUID caseId, String caseNumber, String regionCode, String electionCode,
            UUID clarificationId, Outcome outcome, List<String> violationCodes, LocalDate actDate, Accused accused,
            String reason, CandidacyStage candidacyStage, PositionCategory positionCategory, Instant concludedAt) {
        this(caseId, caseNumber, regionCode, electionCode, clarificationId, outcome, violationCodes, actDate, accused,
                reason, candidacyStage, positionCategory, concludedAt, null);
    }
}
