package id.netra.kit.validation;

import java.util.Objects;

/** One broken rule of an identifier: the machine code plus an English detail for logs (not for end users). */
public record Violation(ViolationCode code, String detail) {

    public Violation {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(detail, "detail");
    }
}
