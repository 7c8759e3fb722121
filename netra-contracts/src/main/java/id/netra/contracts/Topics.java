package id.netra.contracts;

import java.util.List;

/** One topic per producing service, and one for the rules. */
public final class Topics {

    public static final String INTAKE = "netra.intake.events";
    public static final String CLARIFICATION = "netra.clarification.events";
    public static final String SANCTION = "netra.sanction.events";
    /**
     * Changes of the rules (elections, holiday lists), published by sanction-service which owns them; apart from the
     * case events so that every service reads them without reading every case.
     */
    public static final String RULES = "netra.rules.events";
    public static final String INTEGRATION = "netra.integration.events";

    /** Every event topic, so that an environment can create them before any consumer subscribes. */
    public static final List<String> ALL = List.of(INTAKE, CLARIFICATION, SANCTION, RULES, INTEGRATION);

    private Topics() {
    }
}
