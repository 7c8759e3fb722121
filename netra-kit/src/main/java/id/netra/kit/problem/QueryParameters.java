package id.netra.kit.problem;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import id.netra.kit.validation.RegionCodeValidator;

/**
 * Reads a list request's query parameters as sent and names every wrong one in a single 400 problem.
 * <p>
 * Parameters arrive as text because JAX-RS answers a query parameter it cannot convert (number, UUID, enum) with a
 * bare 404; each method here returns the parsed value, or null (the default for {@link #limit}) after noting a
 * {@link FieldError}, so that all parameters are checked before {@link #requireValid()} refuses the request.
 */
public final class QueryParameters {

    public static final String LIMIT_RANGE = "LIMIT_RANGE";
    public static final String INVALID_CURSOR = "INVALID_CURSOR";
    public static final String INVALID_BOOLEAN = "INVALID_BOOLEAN";
    public static final String INVALID_REGION = "INVALID_REGION";
    public static final String INVALID_VALUE = "INVALID_VALUE";
    public static final String INVALID_DATE = "INVALID_DATE";

    private static final Pattern LIMIT = Pattern.compile("[0-9]{1,9}");
    private static final Pattern UUID_TEXT = Pattern
            .compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");
    private static final RegionCodeValidator REGIONS = RegionCodeValidator.standard();

    private final List<FieldError> errors = new ArrayList<>();

    /** The page size {@code limit}: 1 to {@code max}, {@code defaultValue} when absent. */
    public int limit(String raw, int defaultValue, int max) {
        if (raw == null) {
            return defaultValue;
        }
        if (LIMIT.matcher(raw).matches()) {
            int value = Integer.parseInt(raw);
            if (value >= 1 && value <= max) {
                return value;
            }
        }
        errors.add(FieldError.of("limit", LIMIT_RANGE, max));
        return defaultValue;
    }

    /** A keyset cursor that is an id: the {@code next} of the previous page. */
    public UUID cursor(String field, String raw) {
        if (raw == null) {
            return null;
        }
        if (UUID_TEXT.matcher(raw).matches()) {
            return UUID.fromString(raw);
        }
        errors.add(FieldError.of(field, INVALID_CURSOR));
        return null;
    }

    /** A keyset cursor in another format (e.g. a case number): the {@code next} of the previous page. */
    public String cursor(String field, String raw, Pattern format) {
        if (raw == null) {
            return null;
        }
        if (format.matcher(raw).matches()) {
            return raw;
        }
        errors.add(FieldError.of(field, INVALID_CURSOR));
        return null;
    }

    /** Exactly {@code true} or {@code false}; anything else is refused rather than read as false. */
    public Boolean bool(String field, String raw) {
        if (raw == null) {
            return null;
        }
        if ("true".equals(raw) || "false".equals(raw)) {
            return Boolean.valueOf(raw);
        }
        errors.add(FieldError.of(field, INVALID_BOOLEAN));
        return null;
    }

    /** A region code {@code NN} or {@code NN.NN} that is in the region data. */
    public String region(String field, String raw) {
        if (raw == null) {
            return null;
        }
        if (REGIONS.isValid(raw)) {
            return raw;
        }
        errors.add(FieldError.of(field, INVALID_REGION));
        return null;
    }

    /** One of the enum's constant names, exactly; the error lists the allowed ones. */
    public <E extends Enum<E>> E enumValue(String field, String raw, Class<E> type) {
        if (raw == null) {
            return null;
        }
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(raw)) {
                return constant;
            }
        }
        String allowed = Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
        errors.add(FieldError.of(field, INVALID_VALUE, allowed));
        return null;
    }

    /** A calendar date written {@code YYYY-MM-DD}. */
    public LocalDate date(String field, String raw) {
        if (raw == null) {
            return null;
        }
        try {
            return LocalDate.parse(raw);
        } catch (DateTimeParseException e) {
            errors.add(FieldError.of(field, INVALID_DATE));
            return null;
        }
    }

    /** Text that must match {@code format}, refused with the caller's own {@code code} (and arguments). */
    public String matching(String field, String raw, Pattern format, String code, Object... args) {
        if (raw == null) {
            return null;
        }
        if (format.matcher(raw).matches()) {
            return raw;
        }
        errors.add(FieldError.of(field, code, args));
        return null;
    }

    /** Notes a problem the caller found itself (e.g. a date range the wrong way round). */
    public void reject(String field, String code, Object... args) {
        errors.add(FieldError.of(field, code, args));
    }

    public List<FieldError> errors() {
        return List.copyOf(errors);
    }

    /** Refuses the request with 400 {@code VALIDATION_FAILED}, one entry per wrong parameter, if any was wrong. */
    public void requireValid() {
        if (!errors.isEmpty()) {
            throw Refusal.invalid(errors);
        }
    }
}
