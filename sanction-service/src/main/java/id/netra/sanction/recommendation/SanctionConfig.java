package id.netra.sanction.recommendation;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The sanction service's own settings. */
@ConfigMapping(prefix = "netra.sanction")
public interface SanctionConfig {

    /**
     * How long the PPK has to decide on a recommendation, in working days (14 is widely quoted but unconfirmed; one
     * official said 10). Counted in the region's zone; a year without holiday data skips weekends only and marks the
     * due date provisional.
     */
    @WithDefault("14")
    int decisionDays();
}
