package id.netra.kit.problem;

import java.util.List;

/**
 * A refusal of the HTTP layer (filters and resources: a cursor past the retention, a body too large to read), with
 * its status. The domain refuses with {@link Refusal} instead. The {@code code} is stable and names a message key;
 * the text is looked up in the caller's language when the answer is written.
 */
public class ProblemException extends RuntimeException {

    private final int status;
    private final String code;
    private final transient Object[] args;
    private final List<FieldError> errors;

    public ProblemException(int status, String code, List<FieldError> errors, Object... args) {
        super(code);
        this.status = status;
        this.code = code;
        this.args = args;
        this.errors = List.copyOf(errors);
    }

    public ProblemException(int status, String code, Object... args) {
        this(status, code, List.of(), args);
    }

    public int status() {
        return status;
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
