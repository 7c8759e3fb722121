package id.netra.kit.validation;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Backs {@link RegionCode} with {@link RegionCodeValidator#standard()}. */
public class RegionCodeConstraintValidator implements ConstraintValidator<RegionCode, CharSequence> {

    private final RegionCodeValidator validator;

    // Bean Validation instantiates constraint validators through a no-arg constructor
    public RegionCodeConstraintValidator() {
        this(RegionCodeValidator.standard());
    }

    RegionCodeConstraintValidator(RegionCodeValidator validator) {
        this.validator = validator;
    }

    @Override
    public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
        return value == null || ConstraintViolations.report(validator.check(value.toString()), context);
    }
}
