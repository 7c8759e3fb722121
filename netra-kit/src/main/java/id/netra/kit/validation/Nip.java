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

/** The annotated string is a valid NIP (civil servant number); null is valid (add {@code @NotNull}). */
@Documented
@Constraint(validatedBy = NipConstraintValidator.class)
@Target({ FIELD, METHOD, PARAMETER, TYPE_USE, ANNOTATION_TYPE })
@Retention(RUNTIME)
public @interface Nip {

    // a failed check reports {netra.validation.<CODE>} per broken rule instead (ViolationCode.fromMessageTemplate)
    String message() default "{netra.validation.nip}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
