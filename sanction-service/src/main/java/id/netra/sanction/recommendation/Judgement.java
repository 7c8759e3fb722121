package id.netra.sanction.recommendation;

import java.util.Map;

import id.netra.kit.calendar.Deadline;
import id.netra.sanction.rules.AggravatingFact;
import id.netra.sanction.rules.Assessment;

/**
 * What the rules make of one proven conclusion: the assessment, the aggravating facts with what showed each, the PPK's
 * deadline and the block's, the supervising body of the day and the notice for Gakkumdu (null when none).
 */
record Judgement(Assessment assessment, Map<AggravatingFact, String> facts, Deadline decisionDue, Deadline blockDue,
        String supervisingBody, String criminalNotice) {
}
