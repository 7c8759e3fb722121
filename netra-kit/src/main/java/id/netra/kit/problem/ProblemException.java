package id.netra.kit.problem;

import java.util.List;

/**
 * A refusal of the HTTP layer itself, with its status: what only a resource can tell (a feed cursor past the
 * retention, 410). The domain refuses with {@link Refusal} instead.
 */
public final class ProblemException extends CodedFailure {

    private final int status;

    public ProblemException(int status, String code, Object... args) {
        super(code, List.of(), args);
        this.status = status;
    }

    public int status() {
        return status;
    }
}
