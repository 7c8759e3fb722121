package id.netra.sanction.recommendation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import id.netra.kit.problem.FieldError;
import id.netra.kit.problem.ProblemException;

/** The filters and page of a list request; null filters are not applied. */
public record RecommendationQuery(RecommendationStatus status, Boolean overdue, String region, int limit, UUID after) {

    public static final int DEFAULT_LIMIT = 20;
    public static final int MAX_LIMIT = 100;
    static final Pattern REGION = Pattern.compile("[0-9]{2}(\\.[0-9]{2})?");
    private static final Pattern CURSOR = Pattern
            .compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

    /**
     * Reads the query parameters as sent. They arrive as text because JAX-RS answers a query parameter it cannot
     * convert with 404; a wrong filter must be a 400 that names the field.
     */
    public static RecommendationQuery parse(String status, String overdue, String region, String limit, String after) {
        List<FieldError> errors = new ArrayList<>();
        RecommendationStatus parsedStatus = null;
        if (status != null) {
            try {
                parsedStatus = RecommendationStatus.valueOf(status);
            } catch (IllegalArgumentException e) {
                String allowed = Arrays.stream(RecommendationStatus.values()).map(Enum::name)
                        .collect(Collectors.joining(", "));
                errors.add(FieldError.of("status", "INVALID_STATUS", allowed));
            }
        }
        Boolean parsedOverdue = null;
        if (overdue != null) {
            if ("true".equals(overdue) || "false".equals(overdue)) {
                parsedOverdue = Boolean.valueOf(overdue);
            } else {
                errors.add(FieldError.of("overdue", "INVALID_BOOLEAN"));
            }
        }
        if (region != null && !REGION.matcher(region).matches()) {
            errors.add(FieldError.of("region", "INVALID_REGION"));
        }
        int parsedLimit = DEFAULT_LIMIT;
        if (limit != null) {
            try {
                parsedLimit = Integer.parseInt(limit);
            } catch (NumberFormatException e) {
                parsedLimit = -1;
            }
            if (parsedLimit < 1 || parsedLimit > MAX_LIMIT) {
                errors.add(FieldError.of("limit", "INVALID_LIMIT", MAX_LIMIT));
            }
        }
        UUID parsedAfter = null;
        if (after != null) {
            if (CURSOR.matcher(after).matches()) {
                parsedAfter = UUID.fromString(after);
            } else {
                errors.add(FieldError.of("after", "INVALID_CURSOR"));
            }
        }
        if (!errors.isEmpty()) {
            throw new ProblemException(400, "VALIDATION_FAILED", errors);
        }
        return new RecommendationQuery(parsedStatus, parsedOverdue, region, parsedLimit, parsedAfter);
    }
}
