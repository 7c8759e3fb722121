package id.netra.kit.validation;

import jakarta.validation.ConstraintValidatorContext;

/** Turns identifier violations into Bean Validation violations whose template carries the machine code. */
final class ConstraintViolations {

    private ConstraintViolations() {
    }

    static boolean report(ValidationResult<?> result, ConstraintValidatorContext context) {
        if (result.isValid()) {
            return true;
        }
        // one violation per broken rule, so a client learns every wrong part in one round trip
        context.disableDefaultConstraintViolation();
        for (Violation violation : result.violations()) {
            context.buildConstraintViolationWithTemplate(violation.code().messageTemplate())
                    .addConstraintViolation();
        }
        return false;
    }
}
