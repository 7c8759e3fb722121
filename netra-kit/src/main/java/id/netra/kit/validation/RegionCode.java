package id.netra.kit.validation;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

/** The annotated string is a valid Kemendagri region code; null is valid (add {@code @NotNull}). */
@Documented
@Constraint(validatedBy = RegionCodeConstraintValidator.class)
@Target({ FIELD, METHOD, PARAMETER, TYPE_USE, ANNOTATION_TYPE })
@Retention(RUNTIME)
public @interface RegionCode {

    // a failed check reports {netra.validation.<CODE>} per broken rule instead (ViolationCode.fromMessageTemplate)
    String message() default "{netra.validation.region}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
