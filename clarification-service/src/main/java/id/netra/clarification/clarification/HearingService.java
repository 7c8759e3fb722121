package id.netra.clarification.clarification;

import static id.netra.clarification.clarification.AuditLog.details;
import static id.netra.clarification.clarification.ClarificationService.blankToNull;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;

import id.netra.contracts.ClarificationAttendanceRecorded;
import id.netra.contracts.ClarificationEvidenceReviewed;
import id.netra.contracts.ClarificationRescheduled;
import id.netra.contracts.ClarificationScheduled;
import id.netra.contracts.ClarificationStatementRecorded;
import id.netra.contracts.EvidenceAttached;
import id.netra.kit.id.Ids;
import id.netra.kit.outbox.Outbox;
import id.netra.kit.problem.FieldError;
import id.netra.kit.problem.Refusal;
import id.netra.kit.region.RegionCatalog;

/** The hearing: summons and their moves, attendance, statements, evidence review and internal notes. */
@ApplicationScoped
public class HearingService {

    private final ClarificationAccess access;
    private final HearingRepository hearing;
    private final AuditLog audit;
    private final Outbox outbox;
    private final RegionCatalog regions;
    private final ClarificationViews views;

    public HearingService(ClarificationAccess access, HearingRepository hearing, AuditLog audit, Outbox outbox,
            RegionCatalog regions, ClarificationViews views) {
        this.views = views;
        this.regions = regions;
        this.access = access;
        this.hearing = hearing;
        this.audit = audit;
        this.outbox = outbox;
    }

    /**
     * Summons the accused to the hearing, or moves the summons (then with a reason); records
     * {@code clarification.scheduled}, and for a move also {@code clarification.rescheduled}. Every schedule is
     * kept, the last one is in force.
     */
    @WithTransaction
    public Uni<ClarificationView> schedule(String caseNumber, ScheduleRequest request) {
        String recordedBy = access.callerName();
        // the row lock orders concurrent schedules, so exactly one of them is the first
        return access.visibleForUpdate(caseNumber)
                .map(clarification -> clarification.require(ClarificationStep.HEAR))
                .chain(clarification -> hearing.schedules(clarification.id()).chain(earlier -> {
                    Instant now = access.now();
                    Instant scheduledAt = request.scheduledAt().atZone(regions.zoneOf(clarification.regionCode())).toInstant();
                    Schedule previous = earlier.isEmpty() ? null : earlier.get(earlier.size() - 1);
                    String reason = blankToNull(request.reason());
                    List<FieldError> errors = new ArrayList<>();
                    if (!scheduledAt.isAfter(now)) {
                        errors.add(FieldError.of("scheduledAt", "SCHEDULED_AT_NOT_IN_FUTURE",
                                LocalDateTime.ofInstant(now, regions.zoneOf(clarification.regionCode())).withNano(0)
                                        .toString()));
                    }
                    if (previous != null && reason == null) {
                        errors.add(FieldError.of("reason", "RESCHEDULE_REASON_REQUIRED"));
                    }
                    if (!errors.isEmpty()) {
                        throw Refusal.invalid(errors);
                    }
                    Schedule schedule = Schedule.of(Ids.uuidV7(), clarification.id(), scheduledAt,
                            request.place().strip(), request.letterNumber().strip(), reason, recordedBy, now);
                    // place, letter number and reason stay here: the events say only that and when
                    Uni<Void> recorded = hearing.persist(schedule)
                            .chain(() -> outbox.record(new ClarificationScheduled(clarification.caseId(),
                                    clarification.caseNumber(), clarification.regionCode(), clarification.id(),
                                    scheduledAt, previous != null, now)));
                    if (previous != null) {
                        recorded = recorded.chain(() -> outbox.record(new ClarificationRescheduled(
                                clarification.caseId(), clarification.caseNumber(), clarification.regionCode(),
                                clarification.id(), previous.scheduledAt(), scheduledAt, now)));
                    }
                    return recorded.chain(() -> audit.record(clarification,
                            previous == null ? "SCHEDULED" : "RESCHEDULED", recordedBy, now,
                            details("scheduleId", schedule.id(), "scheduledAt", scheduledAt, "previousScheduledAt",
                                    previous == null ? null : previous.scheduledAt(), "place", schedule.place(),
                                    "letterNumber", schedule.letterNumber(), "reason", reason)))
                            .replaceWith(clarification);
                }))
                .chain(views::view);
    }

    /**
     * Records whether the accused came to the hearing in force, once per summons and only once its time has
     * come; records {@code clarification.attendance_recorded} without the note.
     */
    @WithTransaction
    public Uni<ClarificationView> recordAttendance(String caseNumber, AttendanceRequest request) {
        String recordedBy = access.callerName();
        return access.visibleForUpdate(caseNumber)
                .map(clarification -> clarification.require(ClarificationStep.HEAR))
                .chain(clarification -> hearing.schedules(clarification.id())
                        .chain(schedules -> hearing.attendance(clarification.id()).chain(recordedBefore -> {
                            Instant now = access.now();
                            if (schedules.isEmpty()) {
                                throw Refusal.conflict("NO_HEARING_SCHEDULED", caseNumber);
                            }
                            Schedule current = schedules.get(schedules.size() - 1);
                            if (current.scheduledAt().isAfter(now)) {
                                throw Refusal.conflict("HEARING_NOT_YET_HELD", LocalDateTime
                                        .ofInstant(current.scheduledAt(), regions.zoneOf(clarification.regionCode()))
                                        .toString());
                            }
                            if (recordedBefore.stream().anyMatch(a -> a.scheduleId().equals(current.id()))) {
                                throw Refusal.conflict("ATTENDANCE_ALREADY_RECORDED", caseNumber);
                            }
                            AttendanceRecord record = AttendanceRecord.of(Ids.uuidV7(), clarification.id(),
                                    current.id(), request.attendance(), blankToNull(request.note()), now, recordedBy);
                            return hearing.persist(record)
                                    .chain(() -> outbox.record(new ClarificationAttendanceRecorded(
                                            clarification.caseId(), clarification.caseNumber(),
                                            clarification.regionCode(), clarification.id(), current.scheduledAt(),
                                            request.attendance(), now)))
                                    .chain(() -> audit.record(clarification, "ATTENDANCE_RECORDED", recordedBy, now,
                                            details("scheduleId", current.id(), "attendance", request.attendance(),
                                                    "note", record.note())))
                                    .replaceWith(clarification);
                        })))
                .chain(views::view);
    }

    /** Records a statement heard in the open clarification; the event carries neither the name nor the text. */
    @WithTransaction
    public Uni<StatementCreated> recordStatement(String caseNumber, StatementRequest request) {
        Instant now = access.now();
        if (request.statedAt().toInstant().isAfter(now)) {
            return Uni.createFrom().failure(Refusal.invalid(
                    List.of(FieldError.of("statedAt", "STATED_AT_IN_FUTURE"))));
        }
        String recordedBy = access.callerName();
        // the row lock keeps a statement from slipping in beside a concurrent conclusion
        return access.visibleForUpdate(caseNumber)
                .map(clarification -> clarification.require(ClarificationStep.HEAR))
                .chain(clarification -> {
                    Statement statement = Statement.of(Ids.uuidV7(), clarification.id(), request.role(),
                            request.name().strip(), request.statedAt().toInstant(), request.text().strip(), recordedBy,
                            now);
                    return hearing.persist(statement)
                            .chain(() -> outbox.record(new ClarificationStatementRecorded(clarification.caseId(),
                                    clarification.caseNumber(), clarification.regionCode(), clarification.id(),
                                    statement.id(), statement.role().name(), statement.statedAt(), now)))
                            .chain(() -> audit.record(clarification, "STATEMENT_RECORDED", recordedBy, now,
                                    details("statementId", statement.id(), "role", statement.role(), "name",
                                            statement.name(), "statedAt", statement.statedAt())))
                            .replaceWith(new StatementCreated(statement.id()));
                });
    }

    /**
     * Records that an officer reviewed an evidence file of the case: the SHA-256 of the file seen and whether it is
     * intake's. Allowed after the conclusion too (a review may back a correction). The event carries no note.
     */
    @WithTransaction
    public Uni<ClarificationView.ReviewView> reviewEvidence(String caseNumber, UUID evidenceId,
            EvidenceReviewRequest request) {
        String reviewedBy = access.callerName();
        return access.visibleForUpdate(caseNumber)
                .chain(clarification -> hearing.evidenceItem(evidenceId).chain(item -> {
                    if (item == null || !item.caseId().equals(clarification.caseId())) {
                        throw Refusal.notFound("EVIDENCE_NOT_FOUND", evidenceId);
                    }
                    Instant now = access.now();
                    String seen = request.sha256().toLowerCase(Locale.ROOT);
                    EvidenceReview review = EvidenceReview.of(Ids.uuidV7(), clarification.id(), evidenceId, seen,
                            seen.equals(item.sha256().toLowerCase(Locale.ROOT)), blankToNull(request.note()), now,
                            reviewedBy);
                    return hearing.persist(review)
                            .chain(() -> outbox.record(new ClarificationEvidenceReviewed(clarification.caseId(),
                                    clarification.caseNumber(), clarification.regionCode(), clarification.id(),
                                    evidenceId, review.hashMatches(), now)))
                            .chain(() -> audit.record(clarification, "EVIDENCE_REVIEWED", reviewedBy, now,
                                    details("evidenceId", evidenceId, "sha256Seen", seen, "hashMatches",
                                            review.hashMatches(), "note", review.note())))
                            .replaceWith(ClarificationView.ReviewView.of(review));
                }));
    }

    /** Keeps an internal note; no event, so it never reaches the reporter or another service. */
    @WithTransaction
    public Uni<ClarificationView.NoteView> addNote(String caseNumber, NoteRequest request) {
        String recordedBy = access.callerName();
        return access.visibleForUpdate(caseNumber).chain(clarification -> {
            Instant now = access.now();
            InternalNote note = InternalNote.of(Ids.uuidV7(), clarification.id(), request.text().strip(), now,
                    recordedBy);
            return hearing.persist(note)
                    .chain(() -> audit.record(clarification, "NOTE_ADDED", recordedBy, now,
                            details("noteId", note.id())))
                    .replaceWith(ClarificationView.NoteView.of(note));
        });
    }

    /**
     * Keeps the reference and hash of a file intake attached to the case; a second announcement of the same file
     * changes nothing. Called by the inbox inside its transaction.
     */
    @WithTransaction
    public Uni<Void> receiveEvidence(EvidenceAttached attached) {
        return hearing.evidenceItem(attached.evidenceId()).chain(known -> {
            if (known != null) {
                return Uni.createFrom().voidItem();
            }
            EvidenceItem item = EvidenceItem.of(attached.evidenceId(), attached.caseId(), attached.caseNumber(),
                    attached.regionCode(), attached.reportId(), attached.fileName(), attached.contentType(),
                    attached.sizeBytes(), attached.sha256().toLowerCase(Locale.ROOT), attached.attachedAt());
            return hearing.persist(item).chain(() -> audit.record(attached.caseNumber(), attached.regionCode(),
                    "EVIDENCE_RECEIVED", AuditLog.SYSTEM, access.now(),
                    details("evidenceId", attached.evidenceId(), "reportId", attached.reportId(), "sha256",
                            item.sha256())));
        });
    }
}
