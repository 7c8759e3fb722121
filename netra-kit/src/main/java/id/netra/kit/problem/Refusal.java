package id.netra.kit.problem;

import java.util.List;

/**
 * The domain refuses, in its own terms: what kind of refusal, a stable code naming its message, and per-field errors
 * for an invalid request. Services throw these and never choose an HTTP status; {@link ProblemMappers} alone answers
 * each kind with its status (and the text in the caller's language).
 */
public final class Refusal extends CodedFailure {

    /** What the refusal means to the client. */
    public enum Kind {
        /** Missing, or outside the caller's regions: the answer must not tell the two apart. */
        NOT_FOUND,
        /** The request breaks the contract (fields missing, malformed, out of range). */
        INVALID,
        /** The thing is not in a state that allows this (already decided, a step out of order). */
        CONFLICT,
        /** Well formed, but against a rule of the process (a deadline, a level the law does not allow). */
        RULE_BROKEN,
        /** The caller may see the thing, but not this part of it (a reporter's identity, say). */
        WITHHELD,
        /** An upload larger than allowed. */
        TOO_LARGE,
        /** An upload of a type that is not accepted. */
        UNSUPPORTED_TYPE,
        /** Too much at once; the client may try again shortly. */
        BUSY
    }

    private final Kind kind;

    private Refusal(Kind kind, String code, List<FieldError> errors, Object... args) {
        super(code, errors, args);
        this.kind = kind;
    }

    public static Refusal notFound(String code, Object... args) {
        return new Refusal(Kind.NOT_FOUND, code, List.of(), args);
    }

    /** An invalid request, with what is wrong with each field, in the order given. */
    public static Refusal invalid(List<FieldError> errors) {
        return new Refusal(Kind.INVALID, "VALIDATION_FAILED", errors);
    }

    public static Refusal conflict(String code, Object... args) {
        return new Refusal(Kind.CONFLICT, code, List.of(), args);
    }

    public static Refusal ruleBroken(String code, Object... args) {
        return new Refusal(Kind.RULE_BROKEN, code, List.of(), args);
    }

    public static Refusal withheld(String code, Object... args) {
        return new Refusal(Kind.WITHHELD, code, List.of(), args);
    }

    public static Refusal tooLarge(String code, Object... args) {
        return new Refusal(Kind.TOO_LARGE, code, List.of(), args);
    }

    public static Refusal unsupportedType(String code, Object... args) {
        return new Refusal(Kind.UNSUPPORTED_TYPE, code, List.of(), args);
    }

    public static Refusal busy(String code, Object... args) {
        return new Refusal(Kind.BUSY, code, List.of(), args);
    }

    public Kind kind() {
        return kind;
    }
}
