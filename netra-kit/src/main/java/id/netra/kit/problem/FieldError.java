package id.netra.kit.problem;

import com.fasterxml.jackson.annotation.JsonIgnore;

/**
 * One problem with one input field: where, a stable machine code, and a message in the caller's language. A service
 * raises it with {@link #of} (code and arguments only); the problem mapper writes the text in the caller's language.
 */
public record FieldError(String field, String code, String message, @JsonIgnore Object[] args) {

    public FieldError(String field, String code, String message) {
        this(field, code, message, new Object[0]);
    }

    /** A field error whose text is chosen when the answer is written, from the code's message and these arguments. */
    public static FieldError of(String field, String code, Object... args) {
        return new FieldError(field, code, null, args);
    }
}
