package id.netra.clarification.clarification;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One page of clarifications and the cursor of the next. */
@Schema(name = "ClarificationPage")
public record ClarificationPage(
        List<ClarificationView> items,
        @Schema(description = "pass as 'after' for the next page; absent on the last page", example = "64.71-2024-000007") String next) {
}
