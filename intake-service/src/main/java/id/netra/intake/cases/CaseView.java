package id.netra.intake.cases;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A case as its readers see it: the accused, its reports (without the reporters' identity) and its timeline. */
@Schema(name = "Case")
public record CaseView(
        @Schema(example = "64.71-2024-000001") String caseNumber,
        @Schema(example = "64.71") String regionCode,
        @Schema(example = "PILKADA_2024") String electionCode,
        @Schema(example = "KLARIFIKASI") String status,
        AccusedView accused,
        @Schema(example = "D7") String violationCode,
        LocalDate occurredOn,
        Instant createdAt,
        List<ReportSummary> reports,
        List<Step> timeline) {

    @Schema(name = "CaseAccused")
    public record AccusedView(String name, String nip, String position, String agency) {
    }

    /** A report of the case; the reporter appears only by pseudonym. */
    @Schema(name = "ReportSummary")
    public record ReportSummary(UUID reportId, String channel, String reporterRef, boolean reporterConfidential,
            LocalDate knownOn, Instant submittedAt) {
    }

    /** One step of the case. */
    @Schema(name = "TimelineStep")
    public record Step(
            @Schema(example = "CLARIFICATION_CONCLUDED") String kind,
            @Schema(example = "Klarifikasi selesai: terbukti") String text,
            Instant at,
            @Schema(example = "clarification") String source,
            @Schema(example = "PROVEN") String detail) {
    }
}
