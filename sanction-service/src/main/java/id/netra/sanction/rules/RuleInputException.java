package id.netra.sanction.rules;

/** The rules cannot judge this input (an unknown election or code, a missing act date): no retry will change that. */
public class RuleInputException extends IllegalArgumentException {

    public RuleInputException(String message) {
        super(message);
    }
}
