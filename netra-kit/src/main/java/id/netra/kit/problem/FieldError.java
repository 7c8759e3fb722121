package id.netra.kit.problem;

/** One problem with one input field: where, a stable machine code, and a message in the caller's language. */
public record FieldError(String field, String code, String message) {
}
