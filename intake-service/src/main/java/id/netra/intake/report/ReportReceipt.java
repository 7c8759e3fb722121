package id.netra.intake.report;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The answer to a submitted report: where it went, whether it can be registered, and the reporter's tracking code. */
@Schema(name = "ReportReceipt")
public record ReportReceipt(
        UUID reportId,
        @Schema(example = "64.71-2024-000001") String caseNumber,
        @Schema(description = "give it to the reporter: it shows the progress at /api/v1/tracking/{code}", example = "NTR-7K3Q-M9XD-2HFA-P0ZB") String trackingCode,
        @Schema(example = "KAJIAN_AWAL", description = "the case's status: KAJIAN_AWAL (awaits the initial review), DIREGISTRASI (a trusted finding) or TIDAK_DIREGISTRASI (filed late)") String status,
        @Schema(description = "true when the report joined an existing case about the same accused and act") boolean joinedExistingCase,
        @Schema(description = "false: filed after the deadline; kept but not registrable") boolean filedInTime,
        @Schema(example = "2024-10-09", description = "last day to file, in the region's zone") LocalDate filingDueOn,
        @Schema(description = "kept as a lead (informasi awal), see notices") boolean lead,
        List<Notice> notices) {

    /** Something the submitter should know about the report, in plain words. */
    @Schema(name = "ReportNotice")
    public record Notice(
            @Schema(example = "LATE_FILING") String code,
            @Schema(example = "Laporan disampaikan setelah batas waktu 2024-10-09 ...") String message) {
    }
}
