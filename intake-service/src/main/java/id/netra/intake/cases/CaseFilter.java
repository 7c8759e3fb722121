package id.netra.intake.cases;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import id.netra.kit.problem.FieldError;
import id.netra.kit.problem.ProblemException;
import id.netra.kit.validation.RegionCodeValidator;

/**
 * The case list's filters, read from query text: JAX-RS answers an unconvertible number, date or enum with 404, so
 * each is parsed here and every wrong one is named in one 400 problem.
 */
public record CaseFilter(String region, CaseStatus status, String election, String violation, Boolean overdue,
        LocalDate receivedFrom, LocalDate receivedTo, String after, int limit) {

    public static final int DEFAULT_LIMIT = 50;
    public static final int MAX_LIMIT = 200;
    private static final String CASE_NUMBER = "[0-9]{2}(\\.[0-9]{2})?-[0-9]{4}-[0-9]{6}";

    public static CaseFilter parse(String region, String status, String election, String violation, String overdue,
            String receivedFrom, String receivedTo, String after, String limit) {
        List<FieldError> errors = new ArrayList<>();
        if (region != null && !RegionCodeValidator.standard().isValid(region)) {
            errors.add(FieldError.of("region", "REGION_FILTER_INVALID"));
        }
        CaseStatus parsedStatus = null;
        if (status != null) {
            try {
                parsedStatus = CaseStatus.valueOf(status);
            } catch (IllegalArgumentException e) {
                errors.add(FieldError.of("status", "CASE_STATUS_UNKNOWN"));
            }
        }
        if (election != null && !election.matches("[A-Z0-9_]{1,40}")) {
            errors.add(FieldError.of("election", "CODE_FILTER_INVALID"));
        }
        if (violation != null && !violation.matches("[A-Z0-9_]{1,10}")) {
            errors.add(FieldError.of("violation", "CODE_FILTER_INVALID"));
        }
        Boolean parsedOverdue = null;
        if (overdue != null) {
            if (!overdue.equals("true") && !overdue.equals("false")) {
                errors.add(FieldError.of("overdue", "BOOLEAN_INVALID"));
            } else {
                parsedOverdue = Boolean.valueOf(overdue);
            }
        }
        LocalDate from = date("receivedFrom", receivedFrom, errors);
        LocalDate to = date("receivedTo", receivedTo, errors);
        if (from != null && to != null && to.isBefore(from)) {
            errors.add(FieldError.of("receivedTo", "DATE_RANGE_INVERTED"));
        }
        if (after != null && !after.matches(CASE_NUMBER)) {
            errors.add(FieldError.of("after", "CASE_NUMBER_FORMAT"));
        }
        int parsedLimit = DEFAULT_LIMIT;
        if (limit != null) {
            if (!limit.matches("[0-9]{1,4}") || Integer.parseInt(limit) < 1 || Integer.parseInt(limit) > MAX_LIMIT) {
                errors.add(FieldError.of("limit", "LIMIT_RANGE", MAX_LIMIT));
            } else {
                parsedLimit = Integer.parseInt(limit);
            }
        }
        if (!errors.isEmpty()) {
            throw new ProblemException(400, "VALIDATION_FAILED", errors);
        }
        return new CaseFilter(region, parsedStatus, election, violation, parsedOverdue, from, to, after, parsedLimit);
    }

    private static LocalDate date(String field, String value, List<FieldError> errors) {
        if (value == null) {
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            errors.add(FieldError.of(field, "DATE_FORMAT"));
            return null;
        }
    }
}
