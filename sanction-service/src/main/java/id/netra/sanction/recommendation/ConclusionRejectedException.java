package id.netra.sanction.recommendation;

/** A conclusion this service can never act on as sent (unknown election or code, a case concluded twice). */
public class ConclusionRejectedException extends RuntimeException {

    public ConclusionRejectedException(String reason) {
        super(reason);
    }

    public ConclusionRejectedException(String reason, Throwable cause) {
        super(reason, cause);
    }
}
