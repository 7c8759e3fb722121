package id.netra.sanction.escalation;

import java.util.UUID;

import id.netra.kit.problem.QueryParameters;

/** The filter and page of the block list; {@code active} null lists every block request. */
public record BlockQuery(Boolean active, int limit, UUID after) {

    public static final int DEFAULT_LIMIT = 20;
    public static final int MAX_LIMIT = 100;

    /** The {@code status} filter's values: a block that still stands, or one whose lifting was requested. */
    enum Status {
        ACTIVE,
        LIFTED
    }

    /** Reads the parameters as sent, so that every wrong one is named in one 400 problem. */
    public static BlockQuery parse(String status, String limit, String after) {
        QueryParameters query = new QueryParameters();
        Status parsedStatus = query.enumValue("status", status, Status.class);
        int parsedLimit = query.limit(limit, DEFAULT_LIMIT, MAX_LIMIT);
        UUID parsedAfter = query.cursor("after", after);
        query.requireValid();
        return new BlockQuery(parsedStatus == null ? null : parsedStatus == Status.ACTIVE, parsedLimit, parsedAfter);
    }
}
