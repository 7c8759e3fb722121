package id.netra.intake.candidacy;

import java.util.UUID;
import java.util.regex.Pattern;

import id.netra.kit.problem.QueryParameters;

/**
 * The list's filters, read with {@link QueryParameters}, so that every wrong one is named in one 400 problem. A NIP
 * comes only from a search's body ({@link CandidacySearch}).
 */
public record CandidacyFilter(String region, String election, String nip, WatchStatus status, UUID after, int limit) {

    public static final int DEFAULT_LIMIT = 50;
    public static final int MAX_LIMIT = 200;
    private static final Pattern ELECTION = Pattern.compile("[A-Z0-9_]{1,40}");

    /** The list's query; a {@code nip} in it is refused, not ignored, so that nobody takes the page for a search. */
    public static CandidacyFilter parse(String region, String election, String nip, String status, String after,
            String limit) {
        QueryParameters query = new QueryParameters();
        String parsedRegion = query.region("region", region);
        String parsedElection = query.matching("election", election, ELECTION, "CODE_FILTER_INVALID");
        if (nip != null) {
            query.reject("nip", "NIP_NOT_IN_URL");
        }
        WatchStatus parsedStatus = query.enumValue("status", status, WatchStatus.class);
        UUID parsedAfter = query.cursor("after", after);
        int parsedLimit = query.limit(limit, DEFAULT_LIMIT, MAX_LIMIT);
        query.requireValid();
        return new CandidacyFilter(parsedRegion, parsedElection, null, parsedStatus, parsedAfter, parsedLimit);
    }

    /** A search's body, already checked: every watch of the NIP (one per election), in the caller's scope. */
    public static CandidacyFilter of(CandidacySearch search) {
        return new CandidacyFilter(null, search.electionCode(), search.nip(), null, null, MAX_LIMIT);
    }
}
