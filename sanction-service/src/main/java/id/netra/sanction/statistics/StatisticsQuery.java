package id.netra.sanction.statistics;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import id.netra.kit.problem.FieldError;
import id.netra.kit.problem.ProblemException;
import id.netra.kit.rules.ElectionCatalog;

/** The filters of a statistics request (null: not applied) and whether the answer is CSV. */
public record StatisticsQuery(String election, String region, boolean csv) {

    private static final Pattern REGION = Pattern.compile("[0-9]{2}(\\.[0-9]{2})?");

    /** Reads the parameters as sent; {@code acceptsCsvFirst} is the Accept header's choice when no format is given. */
    public static StatisticsQuery parse(String election, String region, String format, boolean acceptsCsvFirst) {
        List<FieldError> errors = new ArrayList<>();
        if (election != null && !ElectionCatalog.standard().isKnown(election)) {
            errors.add(FieldError.of("election", "INVALID_ELECTION", election));
        }
        if (region != null && !REGION.matcher(region).matches()) {
            errors.add(FieldError.of("region", "INVALID_REGION"));
        }
        boolean csv = acceptsCsvFirst;
        if (format != null) {
            switch (format) {
                case "csv" -> csv = true;
                case "json" -> csv = false;
                default -> errors.add(FieldError.of("format", "INVALID_FORMAT"));
            }
        }
        if (!errors.isEmpty()) {
            throw new ProblemException(400, "VALIDATION_FAILED", errors);
        }
        return new StatisticsQuery(election, region, csv);
    }
}
