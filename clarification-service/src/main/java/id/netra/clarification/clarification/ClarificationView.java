package id.netra.clarification.clarification;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonRawValue;

import id.netra.contracts.Attendance;
import id.netra.contracts.CandidacyStage;
import id.netra.contracts.Outcome;
import id.netra.contracts.PositionCategory;

/** A clarification as the API shows it. */
@Schema(name = "Clarification", description = "The Inspektorat's clarification of one case")
public record ClarificationView(
        @Schema(example = "01928c3e-5f7a-7b3c-9d2e-4f5a6b7c8d9e") UUID id,
        @Schema(example = "01928c3e-1a2b-7c3d-8e4f-5a6b7c8d9e0f") UUID caseId,
        @Schema(example = "64.71-2024-000007") String caseNumber,
        @Schema(description = "Kemendagri code of the accused's employing government", example = "64.71") String regionCode,
        @Schema(example = "PILKADA_2024") String electionCode,
        AccusedView accused,
        @Schema(description = "codes alleged at registration", example = "[\"D7\"]") List<String> allegedViolationCodes,
        ClarificationStatus status,
        @Schema(description = "the officer in charge; absent until assigned", example = "budi.inspektorat") @JsonInclude(JsonInclude.Include.NON_NULL) String assignee,
        @Schema(description = "who assigned the officer in charge") @JsonInclude(JsonInclude.Include.NON_NULL) String assignedBy,
        @JsonInclude(JsonInclude.Include.NON_NULL) Instant assignedAt,
        Instant openedAt,
        @Schema(description = "the last day, in the region's zone", example = "2024-05-17") LocalDate dueDate,
        @Schema(description = "the instant the last day ends in the region's zone: overdue from then on") Instant dueAt,
        @Schema(description = "true when the holiday list of a year the deadline spans is missing: only weekends and fixed-date holidays were skipped, and no reminder or overdue event is raised on it") boolean deadlineProvisional,
        @Schema(description = "why the deadline is provisional") @JsonInclude(JsonInclude.Include.NON_NULL) String deadlineNote,
        @Schema(description = "open past its due day") boolean overdue,
        @Schema(description = "absent while the clarification is open") @JsonInclude(JsonInclude.Include.NON_NULL) ConclusionView conclusion,
        @Schema(description = "every summons in the order recorded, the last one in force; only on the single clarification") @JsonInclude(JsonInclude.Include.NON_NULL) List<ScheduleView> schedules,
        @Schema(description = "the statements heard, in the order recorded; only on the single clarification") @JsonInclude(JsonInclude.Include.NON_NULL) List<StatementView> statements,
        @Schema(description = "the evidence files intake announced, with their reviews; only on the single clarification") @JsonInclude(JsonInclude.Include.NON_NULL) List<EvidenceView> evidence,
        @Schema(description = "internal notes of the inspectorate, never published; only on the single clarification") @JsonInclude(JsonInclude.Include.NON_NULL) List<NoteView> internalNotes) {

    /**
     * As a regional government's own system sees it: the course and the conclusion, not the hearing record. The
     * statements name witnesses and the reporter, the notes and evidence are the Inspektorat's working papers; the
     * employer of the accused has no part in them.
     */
    ClarificationView withoutHearingRecord() {
        return new ClarificationView(id, caseId, caseNumber, regionCode, electionCode, accused, allegedViolationCodes,
                status, assignee, assignedBy, assignedAt, openedAt, dueDate, dueAt, deadlineProvisional, deadlineNote,
                overdue, conclusion, schedules, null, null, null);
    }

    /** The clarification without its hearing, as lists show it. */
    static ClarificationView of(Clarification clarification, Instant now) {
        return of(clarification, null, null, now);
    }

    /**
     * The clarification with everything recorded in it (null: as lists show it); hearing times on the clock of
     * {@code zone}, the case region's.
     */
    static ClarificationView of(Clarification clarification, Hearing hearing, ZoneId zone, Instant now) {
        Conclusion facts = clarification.conclusion();
        ConclusionView conclusion = facts == null ? null
                : new ConclusionView(facts.outcome(), facts.violationCodes(), facts.actDate(), facts.reasonCode(),
                        facts.reason(), facts.candidacyStage(), facts.positionCategory(), facts.contestCode(),
                        clarification.concludedAt(), clarification.concludedBy(),
                        hearing == null ? null : hearing.corrections().stream().map(CorrectionView::of).toList());
        var accused = clarification.accused();
        return new ClarificationView(clarification.id(), clarification.caseId(), clarification.caseNumber(),
                clarification.regionCode(), clarification.electionCode(),
                new AccusedView(accused.name(), accused.nip(), accused.position(), accused.agency()),
                clarification.allegedViolationCodes(), clarification.status(), clarification.assignee(),
                clarification.assignedBy(), clarification.assignedAt(), clarification.openedAt(),
                clarification.dueDate(), clarification.dueAt(), clarification.deadlineProvisional(),
                clarification.deadlineNote(), clarification.isOverdue(now), conclusion,
                hearing == null ? null : scheduleViews(hearing, zone),
                hearing == null ? null : hearing.statements().stream().map(StatementView::of).toList(),
                hearing == null ? null : evidenceViews(hearing),
                hearing == null ? null : hearing.notes().stream().map(NoteView::of).toList());
    }

    private static List<ScheduleView> scheduleViews(Hearing hearing, ZoneId zone) {
        Map<UUID, AttendanceRecord> attendance = hearing.attendance().stream()
                .collect(Collectors.toMap(AttendanceRecord::scheduleId, Function.identity()));
        List<Schedule> schedules = hearing.schedules();
        int last = schedules.size() - 1;
        return IntStream.rangeClosed(0, last).mapToObj(i -> ScheduleView.of(schedules.get(i), zone, i == last,
                attendance.get(schedules.get(i).id()))).toList();
    }

    private static List<EvidenceView> evidenceViews(Hearing hearing) {
        return hearing.evidence().stream().map(item -> EvidenceView.of(item, hearing.reviews().stream()
                .filter(review -> review.evidenceId().equals(item.evidenceId())).map(ReviewView::of).toList()))
                .toList();
    }

    /** The civil servant the case is about. */
    @Schema(name = "Accused")
    public record AccusedView(
            @Schema(example = "Budi Santoso") String name,
            @Schema(example = "196608011988031001") String nip,
            @Schema(example = "Sekretaris Dinas") String position,
            @Schema(example = "Dinas Pendidikan Kota Balikpapan") String agency) {
    }

    /** The Inspektorat's conclusion as it stands, with the corrections that made it so. */
    @Schema(name = "Conclusion")
    public record ConclusionView(
            Outcome outcome,
            @Schema(example = "[\"D7\"]") List<String> violationCodes,
            @Schema(example = "2024-10-01") LocalDate actDate,
            @Schema(description = "NOT_PROVEN only") @JsonInclude(JsonInclude.Include.NON_NULL) NotProvenReason reasonCode,
            @Schema(description = "the reasoning") String reason,
            @Schema(description = "PROVEN only: derived from the act date and the election's candidate-setting date") @JsonInclude(JsonInclude.Include.NON_NULL) CandidacyStage candidacyStage,
            @Schema(description = "PROVEN only") @JsonInclude(JsonInclude.Include.NON_NULL) PositionCategory positionCategory,
            @Schema(description = "the contest whose candidate-setting date decided the stage, where named") @JsonInclude(JsonInclude.Include.NON_NULL) String contestCode,
            Instant concludedAt,
            @Schema(example = "inspektorat.balikpapan") String concludedBy,
            @Schema(description = "every correction, oldest first; absent in lists") @JsonInclude(JsonInclude.Include.NON_NULL) List<CorrectionView> corrections) {
    }

    /** One correction of the conclusion. */
    @Schema(name = "Correction")
    public record CorrectionView(
            UUID id,
            @Schema(example = "[\"violationCodes\"]") List<String> changedFields,
            @Schema(type = SchemaType.OBJECT, description = "the changed facts before") @JsonRawValue String before,
            @Schema(type = SchemaType.OBJECT, description = "the changed facts after") @JsonRawValue String after,
            @Schema(description = "why it was corrected") String reason,
            Instant correctedAt,
            @Schema(example = "inspektorat.balikpapan") String correctedBy) {

        static CorrectionView of(Correction correction) {
            return new CorrectionView(correction.id(), correction.changedFields(), correction.before(),
                    correction.after(), correction.reason(), correction.correctedAt(), correction.correctedBy());
        }
    }

    /** One summons to the hearing. */
    @Schema(name = "Schedule")
    public record ScheduleView(
            UUID id,
            @Schema(description = "the hearing's time as an instant", example = "2024-10-10T01:00:00Z") Instant scheduledAt,
            @Schema(type = SchemaType.STRING, format = "local-date-time", description = "the same time on the region's clock", example = "2024-10-10T09:00:00") LocalDateTime scheduledAtLocal,
            @Schema(description = "the region's time zone", example = "Asia/Makassar") String zone,
            @Schema(example = "Ruang Rapat Inspektorat Kota Balikpapan") String place,
            @Schema(example = "700/123/INSP/X/2024") String letterNumber,
            @Schema(description = "why it replaced the one before; absent on the first") @JsonInclude(JsonInclude.Include.NON_NULL) String reason,
            @Schema(description = "the schedule in force: the last one recorded") boolean current,
            @Schema(description = "whether the accused came; absent until recorded") @JsonInclude(JsonInclude.Include.NON_NULL) AttendanceView attendance,
            Instant recordedAt,
            @Schema(example = "inspektorat.balikpapan") String recordedBy) {

        static ScheduleView of(Schedule schedule, ZoneId zone, boolean current, AttendanceRecord attendance) {
            return new ScheduleView(schedule.id(), schedule.scheduledAt(),
                    LocalDateTime.ofInstant(schedule.scheduledAt(), zone), zone.getId(), schedule.place(),
                    schedule.letterNumber(), schedule.reason(), current,
                    attendance == null ? null : AttendanceView.of(attendance), schedule.recordedAt(),
                    schedule.recordedBy());
        }
    }

    /** Whether the accused came to a summons. */
    @Schema(name = "AttendanceRecord")
    public record AttendanceView(
            Attendance attendance,
            @JsonInclude(JsonInclude.Include.NON_NULL) String note,
            Instant recordedAt,
            @Schema(example = "inspektorat.balikpapan") String recordedBy) {

        static AttendanceView of(AttendanceRecord record) {
            return new AttendanceView(record.attendance(), record.note(), record.recordedAt(), record.recordedBy());
        }
    }

    /** A statement heard in the clarification. */
    @Schema(name = "Statement")
    public record StatementView(
            UUID id,
            @Schema(example = "WITNESS") StatementRole role,
            @Schema(example = "Siti Aminah") String name,
            Instant statedAt,
            String text,
            Instant recordedAt,
            @Schema(example = "inspektorat.balikpapan") String recordedBy) {

        static StatementView of(Statement statement) {
            return new StatementView(statement.id(), statement.role(), statement.name(), statement.statedAt(),
                    statement.text(), statement.recordedAt(), statement.recordedBy());
        }
    }

    /** An evidence file by reference, with its reviews. */
    @Schema(name = "Evidence")
    public record EvidenceView(
            UUID evidenceId,
            UUID reportId,
            @Schema(example = "foto-deklarasi.jpg") String fileName,
            @Schema(example = "image/jpeg") String contentType,
            long sizeBytes,
            @Schema(description = "SHA-256 that intake computed, hex", example = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08") String sha256,
            Instant attachedAt,
            List<ReviewView> reviews) {

        static EvidenceView of(EvidenceItem item, List<ReviewView> reviews) {
            return new EvidenceView(item.evidenceId(), item.reportId(), item.fileName(), item.contentType(),
                    item.sizeBytes(), item.sha256(), item.attachedAt(), reviews);
        }
    }

    /** An officer's review of an evidence file. */
    @Schema(name = "EvidenceReview")
    public record ReviewView(
            UUID id,
            UUID evidenceId,
            @Schema(description = "the SHA-256 the officer computed from the file seen") String sha256Seen,
            @Schema(description = "equal to the SHA-256 intake published") boolean hashMatches,
            @JsonInclude(JsonInclude.Include.NON_NULL) String note,
            Instant reviewedAt,
            @Schema(example = "inspektorat.balikpapan") String reviewedBy) {

        static ReviewView of(EvidenceReview review) {
            return new ReviewView(review.id(), review.evidenceId(), review.sha256Seen(), review.hashMatches(),
                    review.note(), review.reviewedAt(), review.reviewedBy());
        }
    }

    /** An internal note. */
    @Schema(name = "InternalNote")
    public record NoteView(
            UUID id,
            String text,
            Instant recordedAt,
            @Schema(example = "inspektorat.balikpapan") String recordedBy) {

        static NoteView of(InternalNote note) {
            return new NoteView(note.id(), note.text(), note.recordedAt(), note.recordedBy());
        }
    }
}
