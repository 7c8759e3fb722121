package id.netra.integration.feed;

import java.time.Instant;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonRawValue;

/** One event of the feed in the CloudEvents JSON format (structured mode); {@code data} is the thinned payload. */
@Schema(name = "CloudEvent", description = "A CloudEvents 1.0 event in JSON format")
public record CloudEvent(
        @Schema(example = "1.0") String specversion,
        @Schema(description = "the event's id; the same event always has the same id", example = "01934b7e-8f00-7000-8000-000000000001") String id,
        @Schema(example = "/netra/sanction") String source,
        @Schema(example = "id.netra.recommendation.issued.v1") String type,
        @Schema(description = "the case number; for a candidacy watch's event (id.netra.candidacy.*), the watch's id, as a compliant candidacy never becomes a case", example = "64.71-2024-000001") String subject,
        Instant time,
        @Schema(example = "application/json") String datacontenttype,
        @Schema(description = "the case's or the watch's region (an extension attribute)", example = "64.71") String netraregion,
        @Schema(description = "ids, case number, region, status words, codes and dates; no reporter identity, no name or NIP of the accused", type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.OBJECT) @JsonRawValue String data) {

    static CloudEvent of(FeedStore.Stored stored) {
        return new CloudEvent("1.0", stored.id(), stored.source(), stored.type(), stored.subject(), stored.time(),
                "application/json", stored.regionCode(), stored.data());
    }
}
