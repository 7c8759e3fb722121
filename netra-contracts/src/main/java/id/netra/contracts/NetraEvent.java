package id.netra.contracts;

/**
 * A payload of a Netra event: a case's step ({@link CaseEvent}) or a change of the rules the suite works by
 * ({@link RulesChanged}).
 */
public sealed interface NetraEvent permits CaseEvent, RulesChanged {

    /** The Kafka key: events with the same key keep their order. */
    String key();

    /** The CloudEvents {@code subject}. */
    String subject();
}
