package id.netra.clarification.clarification;

/** Whose statement the Inspektorat heard. */
public enum StatementRole {
    ACCUSED,
    WITNESS,
    REPORTER
}
