package id.netra.intake.caseview;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A case as its readers see it: the accused, the state of its initial review, its reports (without the reporters'
 * identity), likely duplicates to consider, and its timeline.
 */
@Schema(name = "Case")
public record CaseView(
        @Schema(example = "64.71-2024-000001") String caseNumber,
        @Schema(example = "64.71") String regionCode,
        @Schema(example = "PILKADA_2024") String electionCode,
        @Schema(example = "KAJIAN_AWAL") String status,
        @Schema(example = "Dalam kajian awal Bawaslu") String statusText,
        AccusedView accused,
        @Schema(example = "D7", description = "catalogue code, or UNKNOWN with violationDescription") String violationCode,
        String violationDescription,
        LocalDate occurredOn,
        @Schema(description = "the day the first report arrived, in the region's zone") LocalDate receivedOn,
        Instant createdAt,
        @Schema(description = "reports about this accused and act; the case counts once") int reportCount,
        @Schema(description = "kept as a lead (informasi awal); leadReason says why") boolean lead,
        @Schema(example = "NIP_MISSING") String leadReason,
        Review review,
        @Schema(nullable = true, description = "present once a late report's facts were forwarded (status DITERUSKAN)") Forward forward,
        @Schema(nullable = true, description = "the candidacy watch that opened or joined this case (GET "
                + "/api/v1/candidacies/{id}); a case a watch opened has no report; null for other cases") UUID candidacyId,
        List<ReportSummary> reports,
        @Schema(description = "cases that may be about the same person and act (one of them without a NIP): for the reviewer to judge") List<Duplicate> likelyDuplicates,
        List<Step> timeline) {

    @Schema(name = "CaseAccused")
    public record AccusedView(String name, String nip, String position, String agency, String regionCode) {
    }

    /** The initial review: when it is due, whether it is overdue, and what was decided. */
    @Schema(name = "CaseReview")
    public record Review(
            Instant dueAt,
            @Schema(description = "under review past dueAt") boolean overdue,
            @Schema(nullable = true, description = "null while under review") String reviewedBy,
            @Schema(nullable = true) Instant reviewedAt,
            @Schema(nullable = true, example = "REVIEW_REJECTED", enumeration = {
                    "LATE_FILING", "REVIEW_REJECTED",
                    "COMPLETION_EXPIRED" }) String reasonCode,
            @Schema(nullable = true) String reason,
            @Schema(nullable = true, description = "what the reporter was asked to add") String completionMissing,
            @Schema(nullable = true) Instant completionDueAt){
    }

    /** Where a late report's facts went, by whom and with what note for the receiver. */
    @Schema(name = "CaseForward")
    public record Forward(
            @Schema(enumeration = {
                    "INSPEKTORAT", "PPK", "BKN" }, example = "INSPEKTORAT") String to,
            @Schema(nullable = true, example = "64.71", description = "the Inspektorat's or PPK's region; null for BKN") String regionCode,
            String note,
            String forwardedBy,
            Instant forwardedAt){
    }

    /** A report of the case; the reporter appears only by pseudonym. */
    @Schema(name = "ReportSummary")
    public record ReportSummary(UUID reportId, String channel, String reporterRef, boolean reporterConfidential,
            String accusedName, String accusedNip, String violationCode, LocalDate occurredOn, LocalDate knownOn,
            @Schema(description = "last day to file, in the region's zone") LocalDate filingDueOn,
            @Schema(description = "false: filed late; kept but not registrable") boolean filedInTime,
            boolean lead, boolean joinedExistingCase, String place, String incidentRegionCode, String description,
            List<String> witnesses, List<String> links, String completion, Instant completedAt, Instant submittedAt) {
    }

    /** Another case that may concern the same person and act. */
    @Schema(name = "LikelyDuplicate")
    public record Duplicate(String caseNumber, String status, String accusedName, String accusedNip,
            String accusedAgency, String violationCode, LocalDate occurredOn) {
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
