package id.netra.sanction.recommendation;

import java.util.UUID;

import id.netra.kit.problem.QueryParameters;

/** The filters and page of a list request; null filters are not applied. */
public record RecommendationQuery(RecommendationStatus status, Boolean overdue, String region, int limit, UUID after) {

    public static final int DEFAULT_LIMIT = 20;
    public static final int MAX_LIMIT = 100;

    /** Reads the query parameters as sent, so that every wrong one is named in one 400 problem. */
    public static RecommendationQuery parse(String status, String overdue, String region, String limit, String after) {
        QueryParameters query = new QueryParameters();
        RecommendationStatus parsedStatus = query.enumValue("status", status, RecommendationStatus.class);
        Boolean parsedOverdue = query.bool("overdue", overdue);
        String parsedRegion = query.region("region", region);
        int parsedLimit = query.limit(limit, DEFAULT_LIMIT, MAX_LIMIT);
        UUID parsedAfter = query.cursor("after", after);
        query.requireValid();
        return new RecommendationQuery(parsedStatus, parsedOverdue, parsedRegion, parsedLimit, parsedAfter);
    }
}
