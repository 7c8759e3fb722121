package id.netra.kit.validation;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Backs {@link Nip} with {@link NipValidator}. */
public class NipConstraintValidator implements ConstraintValidator<Nip, CharSequence> {

    @Override
    public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
        return value == null || ConstraintViolations.report(NipValidator.check(value.toString()), context);
    }
}
