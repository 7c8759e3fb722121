package id.netra.kit.validation;

import java.util.EnumSet;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** Outcome of checking an identifier: either the parsed value or at least one violation, never both. */
public final class ValidationResult<T> {

    private final T value;
    private final List<Violation> violations;

    private ValidationResult(T value, List<Violation> violations) {
        this.value = value;
        this.violations = violations;
    }

    public static <T> ValidationResult<T> valid(T value) {
        return new ValidationResult<>(Objects.requireNonNull(value, "value"), List.of());
    }

    public static <T> ValidationResult<T> invalid(List<Violation> violations) {
        if (violations.isEmpty()) {
            throw new IllegalArgumentException("an invalid result needs at least one violation");
        }
        return new ValidationResult<>(null, List.copyOf(violations));
    }

    public boolean isValid() {
        return violations.isEmpty();
    }

    /** The parsed value; throws when invalid, so callers cannot silently use a half-parsed identifier. */
    public T value() {
        if (!isValid()) {
            throw new NoSuchElementException("invalid: " + codes());
        }
        return value;
    }

    public Optional<T> parsed() {
        return Optional.ofNullable(value);
    }

    /** The violations in the order of the identifier's digits; empty when valid. */
    public List<Violation> violations() {
        return violations;
    }

    public Set<ViolationCode> codes() {
        return violations.stream().map(Violation::code).collect(Collectors.toCollection(
                () -> EnumSet.noneOf(ViolationCode.class)));
    }

    @Override
    public String toString() {
        return isValid() ? "valid " + value : "invalid " + violations;
    }
}
