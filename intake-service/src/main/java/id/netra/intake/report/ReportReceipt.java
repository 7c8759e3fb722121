package id.netra.intake.report;

import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The answer to a submitted report: where it went and the reporter's tracking code. */
@Schema(name = "ReportReceipt")
public record ReportReceipt(
        UUID reportId,
        @Schema(example = "64.71-2024-000001") String caseNumber,
        @Schema(description = "give it to the reporter: it shows the progress at /api/v1/tracking/{code}") String trackingCode,
        @Schema(example = "DIREGISTRASI") String status) {
}
