package id.netra.contracts;

import java.util.List;

/** One topic per producing service. */
public final class Topics {

    public static final String INTAKE = "netra.intake.events";
    public static final String CLARIFICATION = "netra.clarification.events";
    public static final String SANCTION = "netra.sanction.events";

    /** Every event topic, so that an environment can create them before any consumer subscribes. */
    public static final List<String> ALL = List.of(INTAKE, CLARIFICATION, SANCTION);

    private Topics() {
    }
}
