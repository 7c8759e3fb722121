package id.netra.intake.report;

import java.time.LocalDate;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The answer to a citizen's report: the tracking code, through which the report is followed, and what happens next. */
@Schema(name = "PublicReportReceipt")
public record PublicReceipt(
        @Schema(description = "keep it: it is the only way to follow the report at /api/v1/tracking/{code}", example = "NTR-7K3Q-M9XD-2HFA-P0ZB") String trackingCode,
        @Schema(example = "KAJIAN_AWAL") String status,
        @Schema(example = "Dalam kajian awal Bawaslu") String statusText,
        boolean filedInTime,
        @Schema(example = "2024-10-09") LocalDate filingDueOn,
        @Schema(description = "kept as a lead (informasi awal), e.g. without the accused's NIP") boolean lead,
        List<ReportReceipt.Notice> notices) {
}
