package id.netra.clarification.clarification;

import jakarta.validation.constraints.Positive;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * The clarification service's own settings. How long the Inspektorat has comes from the shared rule data
 * (elections.yaml, {@code clarification} per election kind); only an election without such a rule uses
 * {@code fallback-days}.
 */
@ConfigMapping(prefix = "netra.clarification")
public interface ClarificationConfig {

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
}
