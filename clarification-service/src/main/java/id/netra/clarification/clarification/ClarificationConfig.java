package id.netra.clarification.clarification;

import java.util.Map;

import jakarta.validation.constraints.Positive;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import id.netra.kit.calendar.DayUnit;

/** How long the Inspektorat has for a clarification, per election kind and stage (PROCESS.md: configuration). */
@ConfigMapping(prefix = "netra.clarification")
public interface ClarificationConfig {

    /** Deadlines by election kind as elections.yaml names it (PEMILU, PILKADA). */
    Map<String, StageDeadlines> deadlines();

    /** For an election whose kind has no entry (an election added as data before its rules). */
    @WithDefault("5")
    @Positive
    int fallbackDays();

    /** The job that publishes reminders and overdue events. */
    DeadlineCheck deadlineCheck();

    /** The job's schedule. */
    interface DeadlineCheck {

        /** A Quarkus {@code every} period, or {@code off} (tests call the job directly). */
        @WithDefault("60s")
        String every();
    }

    /** The deadlines of the stages of one election kind. */
    interface StageDeadlines {

        /** From opening (registration reached the Inspektorat) to the conclusion. */
        DeadlineRule clarification();
    }

    /** A number of days and how they are counted. */
    interface DeadlineRule {

        @Positive
        int days();

        @WithDefault("WORKING_DAYS")
        DayUnit unit();
    }
}
