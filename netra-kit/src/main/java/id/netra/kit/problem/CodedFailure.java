package id.netra.kit.problem;

import java.util.List;

/**
 * What every refusal a client gets carries: a stable code naming its message (the text is looked up in the caller's
 * language when the answer is written), the message's arguments and, for an invalid request, what is wrong with each
 * field.
 */
public abstract sealed class CodedFailure extends RuntimeException permits Refusal, ProblemException {

    private final String code;
    private final transient Object[] args;
    private final List<FieldError> errors;

    protected CodedFailure(String code, List<FieldError> errors, Object... args) {
        super(code);
        this.code = code;
        this.args = args;
        this.errors = List.copyOf(errors);
    }

    public String code() {
        return code;
    }

    public Object[] args() {
        return args;
    }

    public List<FieldError> errors() {
        return errors;
    }
}
