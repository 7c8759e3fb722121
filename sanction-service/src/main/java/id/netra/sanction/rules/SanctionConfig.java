package id.netra.sanction.rules;

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

    /**
     * How many working days after the missed due day BKN waits (having been warned by the overdue event) before it is
     * asked to block the accused's personnel data. No regulation gives a number: 0 asks at once.
     */
    @WithDefault("5")
    int blockAfterDays();

    /**
     * How often the escalation sweep runs (e.g. {@code 5m}; {@code off} stops the timer, as in tests, which run the
     * sweep themselves). Read by the scheduler; declared here so that it is documented and checked with the rest.
     */
    @WithDefault("5m")
    String escalationInterval();

    /** Netra's own rules beyond the law: each is off unless an operator switches it on (see SanctionRules.Policy). */
    PolicySettings policy();

    interface PolicySettings {

        /** Aggravating facts raise the level one step (never to PTDH): not law, the PPK weighs them within it. */
        @WithDefault("false")
        boolean aggravationRaisesLevel();

        /** An aggravated ethics case is offered only the open statement: not law either (PP 42/2004 Pasal 15). */
        @WithDefault("false")
        boolean aggravatedEthicsOpenOnly();
    }
}
