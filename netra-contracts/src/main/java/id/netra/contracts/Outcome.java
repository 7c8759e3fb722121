package id.netra.contracts;

/** The conclusion of a clarification (TERBUKTI / TIDAK_TERBUKTI). */
public enum Outcome {
    PROVEN,
    NOT_PROVEN
}
