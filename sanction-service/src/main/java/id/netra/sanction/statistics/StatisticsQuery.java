package id.netra.sanction.statistics;

import java.util.regex.Pattern;

import id.netra.kit.problem.QueryParameters;
import id.netra.kit.rules.ElectionCatalog;

/** The filters of a statistics request (null: not applied) and whether the answer is CSV. */
public record StatisticsQuery(String election, String region, boolean csv) {

    private static final Pattern FORMAT = Pattern.compile("json|csv");

    /**
     * Reads the parameters as sent; {@code acceptsCsvFirst} is the Accept header's choice when no format is given,
     * {@code elections} those in force.
     */
    public static StatisticsQuery parse(String election, String region, String format, boolean acceptsCsvFirst,
            ElectionCatalog elections) {
        QueryParameters query = new QueryParameters();
        if (election != null && !elections.isKnown(election)) {
            query.reject("election", "INVALID_ELECTION", election);
        }
        String parsedRegion = query.region("region", region);
        String parsedFormat = query.matching("format", format, FORMAT, "INVALID_FORMAT");
        query.requireValid();
        boolean csv = parsedFormat == null ? acceptsCsvFirst : "csv".equals(parsedFormat);
        return new StatisticsQuery(election, parsedRegion, csv);
    }
}
