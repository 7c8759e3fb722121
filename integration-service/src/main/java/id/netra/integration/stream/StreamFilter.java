package id.netra.integration.stream;

import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

import id.netra.kit.problem.QueryParameters;
import id.netra.kit.security.RegionScope;

/**
 * What one client wants: types by prefix, a region, a case; always within the caller's scope (null: every region),
 * so a region outside it gives a silent stream rather than another region's events.
 */
public record StreamFilter(List<String> typePrefixes, String scope, String region, String caseNumber) {

    private static final Pattern TYPE_PREFIX = Pattern.compile("[a-z0-9_.]{1,100}");
    private static final Pattern CASE_NUMBER = Pattern.compile("[0-9A-Za-z.-]{1,60}");

    /** Every wrong parameter is named in one 400 problem. */
    public static StreamFilter parse(String types, String region, String caseNumber, String scope) {
        QueryParameters query = new QueryParameters();
        List<String> prefixes = List.of();
        if (types != null) {
            prefixes = Arrays.stream(types.split(",")).map(String::strip).filter(t -> !t.isEmpty()).toList();
            if (prefixes.isEmpty() || prefixes.stream().anyMatch(t -> !TYPE_PREFIX.matcher(t).matches())) {
                query.reject("types", "TYPE_PREFIX_INVALID");
            }
        }
        String parsedRegion = query.region("region", region);
        String parsedCase = query.matching("case", caseNumber, CASE_NUMBER, "CASE_FILTER_INVALID");
        query.requireValid();
        return new StreamFilter(prefixes, scope, parsedRegion, parsedCase);
    }

    boolean matches(StreamEvent event) {
        return (scope == null || RegionScope.covers(scope, event.regionCode()))
                && (region == null || RegionScope.covers(region, event.regionCode()))
                && (caseNumber == null || caseNumber.equals(event.caseNumber()))
                && (typePrefixes.isEmpty() || typePrefixes.stream().anyMatch(event.type()::startsWith));
    }
}
