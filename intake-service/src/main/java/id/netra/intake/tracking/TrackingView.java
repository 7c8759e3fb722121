package id.netra.intake.tracking;

import java.time.Instant;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What a reporter may see with the tracking code: progress in plain words, nobody's personal data. */
@Schema(name = "Tracking")
public record TrackingView(
        @Schema(example = "64.71-2024-000001") String caseNumber,
        @Schema(example = "KLARIFIKASI") String status,
        @Schema(example = "Sedang diklarifikasi oleh Inspektorat") String statusText,
        List<Step> steps) {

    @Schema(name = "TrackingStep")
    public record Step(String kind, String text, Instant at) {
    }
}
