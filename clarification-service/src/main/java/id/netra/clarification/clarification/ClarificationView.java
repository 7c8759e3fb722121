package id.netra.clarification.clarification;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

import id.netra.contracts.Outcome;

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
        Instant openedAt,
        Instant dueAt,
        @Schema(description = "open past its due date") boolean overdue,
        @Schema(description = "absent while the clarification is open") @JsonInclude(JsonInclude.Include.NON_NULL) ConclusionView conclusion,
        @Schema(description = "every summons in the order recorded, the last one in force; only on the single clarification, absent in lists") @JsonInclude(JsonInclude.Include.NON_NULL) List<ScheduleView> schedules,
        @Schema(description = "the statements heard, in the order recorded; only on the single clarification, absent in lists") @JsonInclude(JsonInclude.Include.NON_NULL) List<StatementView> statements) {

    /** The clarification without its hearing, as lists show it. */
    static ClarificationView of(Clarification clarification, Instant now) {
        return of(clarification, null, null, now);
    }

    /** The clarification with its schedules and statements, each in the order recorded. */
    static ClarificationView of(Clarification clarification, List<Schedule> schedules, List<Statement> statements,
            Instant now) {
        ConclusionView conclusion = clarification.isConcluded()
                ? new ConclusionView(clarification.outcome(), clarification.violationCodes(), clarification.actDate(),
                        clarification.reason(), clarification.concludedAt(), clarification.concludedBy())
                : null;
        var accused = clarification.accused();
        return new ClarificationView(clarification.id(), clarification.caseId(), clarification.caseNumber(),
                clarification.regionCode(), clarification.electionCode(),
                new AccusedView(accused.name(), accused.nip(), accused.position(), accused.agency()),
                clarification.allegedViolationCodes(), clarification.status(), clarification.openedAt(),
                clarification.dueAt(), clarification.isOverdue(now), conclusion,
                schedules == null ? null : scheduleViews(schedules, clarification.zone()),
                statements == null ? null : statements.stream().map(StatementView::of).toList());
    }

    private static List<ScheduleView> scheduleViews(List<Schedule> schedules, ZoneId zone) {
        int last = schedules.size() - 1;
        return IntStream.rangeClosed(0, last)
                .mapToObj(i -> ScheduleView.of(schedules.get(i), zone, i == last)).toList();
    }

    /** The civil servant the case is about. */
    @Schema(name = "Accused")
    public record AccusedView(
            @Schema(example = "Budi Santoso") String name,
            @Schema(example = "196608011988031001") String nip,
            @Schema(example = "Sekretaris Dinas") String position,
            @Schema(example = "Dinas Pendidikan Kota Balikpapan") String agency) {
    }

    /** The Inspektorat's conclusion. */
    @Schema(name = "Conclusion")
    public record ConclusionView(
            Outcome outcome,
            @Schema(example = "[\"D7\"]") List<String> violationCodes,
            @Schema(example = "2024-10-01") LocalDate actDate,
            String reason,
            Instant concludedAt,
            @Schema(example = "inspektorat.balikpapan") String concludedBy) {
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
            Instant recordedAt,
            @Schema(example = "inspektorat.balikpapan") String recordedBy) {

        static ScheduleView of(Schedule schedule, ZoneId zone, boolean current) {
            return new ScheduleView(schedule.id(), schedule.scheduledAt(),
                    LocalDateTime.ofInstant(schedule.scheduledAt(), zone), zone.getId(), schedule.place(),
                    schedule.letterNumber(), schedule.reason(), current, schedule.recordedAt(), schedule.recordedBy());
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
}
