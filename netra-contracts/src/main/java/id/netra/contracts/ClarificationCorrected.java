package id.netra.contracts;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A final conclusion was corrected. It carries the whole conclusion as it now stands (the same facts as
 * {@link ClarificationConcluded}), which of its fields changed, and why: a correction never rewrites history silently.
 */
public record ClarificationCorrected(
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
        List<String> changedFields,
        String correctionReason,
        String correctedBy,
        Instant correctedAt,
        String contestCode) implements CaseEvent {

    public ClarificationCorrected {
        violationCodes = violationCodes == null ? List.of() : List.copyOf(violationCodes);
        changedFields = List.copyOf(changedFields);
    }
}
