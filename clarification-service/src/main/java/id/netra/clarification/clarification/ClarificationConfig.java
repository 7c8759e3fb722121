package id.netra.clarification.clarification;

import jakarta.validation.constraints.Positive;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** How long the Inspektorat has for a clarification. */
@ConfigMapping(prefix = "netra.clarification")
public interface ClarificationConfig {

    /**
     * Calendar days from opening to the due date. Pilkada practice is about 5 days; working days and the holiday
     * calendar replace this once the kit's calendar exists.
     */
    @WithDefault("5")
    @Positive
    int dueDays();
}
