package id.netra.intake.cases;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;

import id.netra.kit.problem.QueryParameters;

/**
 * The case list's filters, read from query text with {@link QueryParameters}, so that every wrong one is named in
 * one 400 problem.
 */
public record CaseFilter(String region, CaseStatus status, String election, String violation, Boolean overdue,
        LocalDate receivedFrom, LocalDate receivedTo, String after, int limit) {

    public static final int DEFAULT_LIMIT = 50;
    public static final int MAX_LIMIT = 200;
    private static final Pattern CASE_NUMBER = Pattern.compile("[0-9]{2}(\\.[0-9]{2})?-[0-9]{4}-[0-9]{6}");
    private static final Pattern ELECTION = Pattern.compile("[A-Z0-9_]{1,40}");
    private static final Pattern VIOLATION = Pattern.compile("[A-Z0-9_]{1,10}");

    public static CaseFilter parse(String region, String status, String election, String violation, String overdue,
            String receivedFrom, String receivedTo, String after, String limit) {
        QueryParameters query = new QueryParameters();
        String parsedRegion = query.region("region", region);
        CaseStatus parsedStatus = query.enumValue("status", status, CaseStatus.class);
        String parsedElection = query.matching("election", election, ELECTION, "CODE_FILTER_INVALID");
        String parsedViolation = query.matching("violation", violation, VIOLATION, "CODE_FILTER_INVALID");
        Boolean parsedOverdue = query.bool("overdue", overdue);
        LocalDate from = date("receivedFrom", receivedFrom, query);
        LocalDate to = date("receivedTo", receivedTo, query);
        if (from != null && to != null && to.isBefore(from)) {
            query.reject("receivedTo", "DATE_RANGE_INVERTED");
        }
        String parsedAfter = query.cursor("after", after, CASE_NUMBER);
        int parsedLimit = query.limit(limit, DEFAULT_LIMIT, MAX_LIMIT);
        query.requireValid();
        return new CaseFilter(parsedRegion, parsedStatus, parsedElection, parsedViolation, parsedOverdue, from, to,
                parsedAfter, parsedLimit);
    }

    private static LocalDate date(String field, String value, QueryParameters query) {
        if (value == null) {
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            query.reject(field, "DATE_FORMAT");
            return null;
        }
    }
}
