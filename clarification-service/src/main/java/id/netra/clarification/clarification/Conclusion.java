package id.netra.clarification.clarification;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import id.netra.contracts.CandidacyStage;
import id.netra.contracts.Outcome;
import id.netra.contracts.PositionCategory;

/** The facts of a conclusion, as concluded or corrected; the candidacy stage is derived, never given. */
public record Conclusion(Outcome outcome, List<String> violationCodes, LocalDate actDate, NotProvenReason reasonCode,
        String reason, CandidacyStage candidacyStage, PositionCategory positionCategory, String contestCode) {

    public Conclusion {
        violationCodes = violationCodes == null ? List.of() : List.copyOf(violationCodes);
    }

    /** The names of the facts that differ from {@code before}, in a stable order. */
    List<String> changedFrom(Conclusion before) {
        List<String> changed = new ArrayList<>();
        if (outcome != before.outcome) {
            changed.add("outcome");
        }
        if (!violationCodes.equals(before.violationCodes)) {
            changed.add("violationCodes");
        }
        if (!Objects.equals(actDate, before.actDate)) {
            changed.add("actDate");
        }
        if (reasonCode != before.reasonCode) {
            changed.add("reasonCode");
        }
        if (!Objects.equals(reason, before.reason)) {
            changed.add("reason");
        }
        if (candidacyStage != before.candidacyStage) {
            changed.add("candidacyStage");
        }
        if (positionCategory != before.positionCategory) {
            changed.add("positionCategory");
        }
        if (!Objects.equals(contestCode, before.contestCode)) {
            changed.add("contestCode");
        }
        return changed;
    }
}
