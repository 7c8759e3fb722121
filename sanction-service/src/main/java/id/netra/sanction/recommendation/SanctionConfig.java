package id.netra.sanction.recommendation;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The sanction service's own settings. */
@ConfigMapping(prefix = "netra.sanction")
public interface SanctionConfig {

    /**
     * How long the PPK has to decide on a recommendation, in working days (14 is widely quoted but unconfirmed; one
     * official said 10). Until the working-day calendar is in place it is counted as calendar days and the due date
     * is marked provisional.
     */
    @WithDefault("14")
    int decisionDays();
}
