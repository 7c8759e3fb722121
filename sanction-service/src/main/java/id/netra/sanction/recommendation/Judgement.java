package id.netra.sanction.recommendation;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import id.netra.kit.calendar.Deadline;
import id.netra.kit.rules.ViolationCatalog.Sanction;
import id.netra.sanction.rules.AggravatingFact;
import id.netra.sanction.rules.Assessment;

/**
 * What the rules make of one proven conclusion: the assessment, the aggravating facts with what showed each, the PPK's
 * deadline and the block's (both counted from {@code dueFrom}), the supervising body of the day, the notice for
 * Gakkumdu (null when none) and the sanctions the PPK may choose for this accused (a PPPK's differ from a PNS's).
 */
record Judgement(Assessment assessment, Map<AggravatingFact, String> facts, Instant dueFrom, Deadline decisionDue,
        Deadline blockDue, String supervisingBody, String criminalNotice, List<Sanction> options) {
}
