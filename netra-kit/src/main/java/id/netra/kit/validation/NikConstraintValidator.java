package id.netra.kit.validation;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Backs {@link Nik} with {@link NikValidator#standard()}. */
public class NikConstraintValidator implements ConstraintValidator<Nik, CharSequence> {

    private final NikValidator validator;

    // Bean Validation instantiates constraint validators through a no-arg constructor
    public NikConstraintValidator() {
        this(NikValidator.standard());
    }

    NikConstraintValidator(NikValidator validator) {
        this.validator = validator;
    }

    @Override
    public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
        return value == null || ConstraintViolations.report(validator.check(value.toString()), context);
    }
}
