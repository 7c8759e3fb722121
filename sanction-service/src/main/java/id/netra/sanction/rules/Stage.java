package id.netra.sanction.rules;

/** Which part of the catalogue a row belongs to: ethics (a prospective candidate) or discipline (a set candidate). */
public enum Stage {
    ETHICS,
    DISCIPLINE
}
