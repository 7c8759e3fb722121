package id.netra.contracts;

/**
 * A payload of a Netra event: a case's step ({@link CaseEvent}) or a change of the rules the suite works by
 * ({@link RulesChanged}), or of the suite's own delivery to the outside ({@link WebhookDisabled}).
 */
public sealed interface NetraEvent permits CaseEvent, RulesChanged, WebhookDisabled {

    /** The Kafka key: events with the same key keep their order. */
    String key();

    /** The CloudEvents {@code subject}. */
    String subject();
}
