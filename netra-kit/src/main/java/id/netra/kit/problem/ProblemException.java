package id.netra.kit.problem;

import java.util.List;

/**
 * A refusal that the client can act on. The {@code code} is stable and names a message key; the text is looked up
 * in the caller's language when the answer is written.
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

    /** 404 for something missing or outside the caller's region: the answer must not tell the two apart. */
    public static ProblemException notFound(String code, Object... args) {
        return new ProblemException(404, code, args);
    }

    public static ProblemException conflict(String code, Object... args) {
        return new ProblemException(409, code, args);
    }

    public static ProblemException badRequest(String code, Object... args) {
        return new ProblemException(400, code, args);
    }

    /** 422: the request was well formed but breaks a rule of the process. */
    public static ProblemException unprocessable(String code, Object... args) {
        return new ProblemException(422, code, args);
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
