package id.netra.intake.tracking;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What a reporter may see with the tracking code: progress in plain words, nobody's personal data. */
@Schema(name = "Tracking")
public record TrackingView(
        @Schema(example = "64.71-2024-000001") String caseNumber,
        @Schema(example = "PERLU_DILENGKAPI") String status,
        @Schema(example = "Laporan perlu dilengkapi", description = "DITERUSKAN names the receiver: the Inspektorat or PPK with its region code, or BKN") String statusText,
        @Schema(description = "this report's own facts in plain words: filed late, kept as a lead, why it was not registered, that its facts were forwarded") List<String> notes,
        @Schema(description = "present while the reporter is asked to complete the report") Completion completion,
        List<Step> steps) {

    @Schema(name = "TrackingStep")
    public record Step(
            @Schema(example = "REPORT_RECEIVED") String kind,
            @Schema(example = "Laporan diterima") String text,
            Instant at) {
    }

    /** What to add, by when, and where: POST /api/v1/tracking/{code}/completion. */
    @Schema(name = "TrackingCompletion")
    public record Completion(
            @Schema(example = "Lampirkan tautan unggahan.") String missing,
            Instant dueAt,
            @Schema(example = "2024-10-07", description = "the last day, in the region's calendar") LocalDate dueOn) {
    }
}
