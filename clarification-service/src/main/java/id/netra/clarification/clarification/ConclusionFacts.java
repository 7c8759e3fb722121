package id.netra.clarification.clarification;

import java.time.LocalDate;
import java.util.List;

import id.netra.contracts.Outcome;
import id.netra.contracts.PositionCategory;

/** What a conclusion and its correction both give; one set of rules checks both. */
interface ConclusionFacts {

    Outcome outcome();

    List<String> violationCodes();

    LocalDate actDate();

    PositionCategory positionCategory();

    NotProvenReason reasonCode();

    String reason();

    /** The contest the act concerned, where the election's contests set their candidates on different days. */
    String contestCode();
}
