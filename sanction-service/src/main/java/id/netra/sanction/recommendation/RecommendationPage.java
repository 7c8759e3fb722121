package id.netra.sanction.recommendation;

import java.time.Instant;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One page of the list, newest first; {@code next} is the {@code after} value of the following page. */
public record RecommendationPage(
        List<RecommendationSummary> items,
        @Schema(nullable = true, description = "pass as after= to get the next page; null on the last page") String next) {

    /** {@code rows} holds up to one row more than the limit: its presence says that another page follows. */
    static RecommendationPage of(List<Recommendation> rows, int limit, Instant now) {
        List<RecommendationSummary> items = rows.stream().limit(limit).map(r -> RecommendationSummary.of(r, now))
                .toList();
        String next = rows.size() > limit ? items.get(items.size() - 1).id().toString() : null;
        return new RecommendationPage(items, next);
    }
}
