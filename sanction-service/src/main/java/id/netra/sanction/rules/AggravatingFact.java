package id.netra.sanction.rules;

/** A fact about the accused that the catalogue says weighs against them; how much is in the rules data. */
public enum AggravatingFact {
    /** An earlier proven neutrality violation by the same NIP, in any region or election. */
    REPEAT_OFFENDER,
    /** A senior (JPT) or territorial (camat, lurah) official, whose position gives the act more reach. */
    SENIOR_OFFICIAL
}
