package id.netra.contracts;

/** One topic per producing service. */
public final class Topics {

    public static final String INTAKE = "netra.intake.events";
    public static final String CLARIFICATION = "netra.clarification.events";
    public static final String SANCTION = "netra.sanction.events";

    private Topics() {
    }
}
