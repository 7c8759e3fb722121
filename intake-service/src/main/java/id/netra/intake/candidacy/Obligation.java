package id.netra.intake.candidacy;

import java.time.LocalDate;
import java.util.UUID;

/**
 * One obligation of a watch as it stands on a day: its due day (null while the contest has no candidate-setting
 * date), whether that day is provisional (counted in working days over a year without its holiday list), and the
 * first document that met it with the date it bears. {@code title}, {@code basis} and {@code confidence} come from the
 * rules data.
 */
public record Obligation(
        String code,
        CandidacyRules.Title title,
        ObligationStatus status,
        CandidacyRules.Anchor anchor,
        LocalDate dueOn,
        boolean provisional,
        UUID metBy,
        LocalDate metOn,
        String basis,
        String confidence) {

    public boolean met() {
        return status == ObligationStatus.MET;
    }

    /** Met by a document dated after the due day. */
    public boolean late() {
        return met() && dueOn != null && metOn.isAfter(dueOn);
    }
}
