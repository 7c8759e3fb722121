package id.netra.kit.problem;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.validation.Validator;

/**
 * Bean Validation's findings as a problem's field errors, worded in the caller's language by the validator: the same
 * paths and codes whether a resource's parameters were validated or a service validated a request itself.
 */
public final class FieldErrors {

    private static final Pattern NETRA_TEMPLATE = Pattern.compile("\\{netra\\.validation\\.([A-Z0-9_]+)}");

    private FieldErrors() {
    }

    /** By field and then code, so that an answer with several errors does not change from call to call. */
    public static final Comparator<FieldError> ORDER = Comparator.comparing(FieldError::field)
            .thenComparing(FieldError::code);

    /** A copy of {@code errors} in {@link #ORDER}. */
    public static List<FieldError> ordered(List<FieldError> errors) {
        List<FieldError> sorted = new ArrayList<>(errors);
        sorted.sort(ORDER);
        return sorted;
    }

    /** One error per violation, in {@link #ORDER}, in a new list the caller may add to. */
    public static List<FieldError> of(Collection<? extends ConstraintViolation<?>> violations) {
        List<FieldError> errors = new ArrayList<>();
        for (ConstraintViolation<?> violation : violations) {
            errors.add(new FieldError(field(violation.getPropertyPath()), code(violation), violation.getMessage()));
        }
        errors.sort(ORDER);
        return errors;
    }

    /**
     * A request body's violations, in a list the caller may add its own findings to. An absent body is refused at once
     * (BODY_REQUIRED): none of its fields can be checked.
     */
    public static List<FieldError> ofBody(Validator validator, Object body) {
        requireBody(body);
        return of(validator.validate(body));
    }

    /** Refuses an absent request body (BODY_REQUIRED), for checks that read the body's fields themselves. */
    public static void requireBody(Object body) {
        if (body == null) {
            throw Refusal.invalid(List.of(FieldError.of("body", "BODY_REQUIRED")));
        }
    }

    /** Refuses with every finding at once, in {@link #ORDER}; returns if there is none. */
    public static void requireNone(List<FieldError> errors) {
        if (!errors.isEmpty()) {
            throw Refusal.invalid(ordered(errors));
        }
    }

    /** Netra's own message key, or the constraint's name in upper snake case ({@code NotBlank}: NOT_BLANK). */
    static String code(ConstraintViolation<?> violation) {
        Matcher matcher = NETRA_TEMPLATE.matcher(violation.getMessageTemplate());
        if (matcher.find()) {
            return matcher.group(1);
        }
        String name = violation.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName();
        return name.replaceAll("([a-z])([A-Z])", "$1_$2").toUpperCase(Locale.ROOT);
    }

    /**
     * The path inside the request ({@code incident.links[0]}): property names with list indexes, without the method
     * and body parameter names the validator puts in front, nor its container markers ({@code <list element>}).
     */
    static String field(Path path) {
        List<Path.Node> nodes = new ArrayList<>();
        path.forEach(nodes::add);
        StringBuilder field = new StringBuilder();
        for (int i = 0; i < nodes.size(); i++) {
            Path.Node node = nodes.get(i);
            // a body parameter's name is not a field, but a query, header or path parameter's name is
            boolean innerParameter = node.getKind() == ElementKind.PARAMETER && i < nodes.size() - 1;
            if (node.getKind() == ElementKind.METHOD || innerParameter
                    || node.getKind() == ElementKind.CROSS_PARAMETER || node.getKind() == ElementKind.RETURN_VALUE) {
                continue;
            }
            if (node.getIndex() != null) {
                field.append('[').append(node.getIndex()).append(']');
            }
            if (node.getName() != null && !node.getName().startsWith("<")) {
                if (field.length() > 0) {
                    field.append('.');
                }
                field.append(node.getName());
            }
        }
        return field.length() == 0 ? "body" : field.toString();
    }
}
