package id.netra.clarification.clarification;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import id.netra.contracts.Accused;
import id.netra.contracts.CandidacyStage;
import id.netra.contracts.CaseRegistered;
import id.netra.contracts.Outcome;
import id.netra.contracts.PositionCategory;
import id.netra.kit.calendar.Deadline;
import id.netra.kit.problem.Refusal;

/** The Inspektorat's clarification of one registered case, from opening to its conclusion. */
@Entity
@Table(name = "clarification")
public class Clarification {

    @Id
    private UUID id;

    @Column(name = "case_id", nullable = false, updatable = false)
    private UUID caseId;

    @Column(name = "case_number", nullable = false, updatable = false)
    private String caseNumber;

    @Column(name = "region_code", nullable = false, updatable = false)
    private String regionCode;

    @Column(name = "election_code", nullable = false, updatable = false)
    private String electionCode;

    @Column(name = "accused_name", nullable = false, updatable = false)
    private String accusedName;

    @Column(name = "accused_nip", updatable = false)
    private String accusedNip;

    @Column(name = "accused_position", updatable = false)
    private String accusedPosition;

    @Column(name = "accused_agency", updatable = false)
    private String accusedAgency;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "alleged_violation_codes", nullable = false, updatable = false)
    private List<String> allegedViolationCodes;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ClarificationStatus status;

    @Column(name = "opened_at", nullable = false, updatable = false)
    private Instant openedAt;

    @Column(name = "due_at", nullable = false)
    private Instant dueAt;

    @Enumerated(EnumType.STRING)
    private Outcome outcome;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "violation_codes", nullable = false)
    private List<String> violationCodes;

    @Column(name = "act_date")
    private LocalDate actDate;

    private String reason;

    @Column(name = "concluded_at")
    private Instant concludedAt;

    @Column(name = "concluded_by")
    private String concludedBy;

    @Enumerated(EnumType.STRING)
    @Column(name = "reason_code")
    private NotProvenReason reasonCode;

    @Enumerated(EnumType.STRING)
    @Column(name = "candidacy_stage")
    private CandidacyStage candidacyStage;

    @Column(name = "contest_code")
    private String contestCode;

    @Enumerated(EnumType.STRING)
    @Column(name = "position_category")
    private PositionCategory positionCategory;

    private String assignee;

    @Column(name = "assigned_by")
    private String assignedBy;

    @Column(name = "assigned_at")
    private Instant assignedAt;

    @Column(name = "due_date", nullable = false)
    private LocalDate dueDate;

    @Column(name = "deadline_provisional", nullable = false)
    private boolean deadlineProvisional;

    @Column(name = "deadline_note")
    private String deadlineNote;

    @Column(name = "remind_at", nullable = false)
    private Instant remindAt;

    // set only by the deadline job, on a row it claimed, in the transaction that records the event: each goes out once
    @Column(name = "reminder_sent_at")
    private Instant reminderSentAt;

    @Column(name = "overdue_sent_at")
    private Instant overdueSentAt;

    @Version
    private long version;

    protected Clarification() {
        // for Hibernate
    }

    /**
     * Takes a deadline counted again from the opening (a holiday list loaded since); an event already sent stays.
     * Returns whether anything changed.
     */
    boolean recount(Deadline deadline) {
        if (status != ClarificationStatus.OPEN || overdueSentAt != null || deadline.dueAt().equals(dueAt)
                && deadline.provisional() == deadlineProvisional) {
            return false;
        }
        dueAt = deadline.dueAt();
        dueDate = deadline.dueDate();
        deadlineProvisional = deadline.provisional();
        deadlineNote = deadline.provisionalReason();
        remindAt = deadline.dueDate().atStartOfDay(deadline.zone()).toInstant();
        return true;
    }

    /** The reminder of the last day went out. */
    void reminded(Instant at) {
        reminderSentAt = at;
    }

    /** The overdue event went out. */
    void markedOverdue(Instant at) {
        overdueSentAt = at;
    }

    /** Opens the clarification of a case that intake registered. */
    static Clarification open(UUID id, CaseRegistered registered, Instant openedAt, Deadline deadline) {
        Clarification clarification = new Clarification();
        clarification.id = id;
        clarification.caseId = registered.caseId();
        clarification.caseNumber = registered.caseNumber();
        clarification.regionCode = registered.regionCode();
        clarification.electionCode = registered.electionCode();
        clarification.accusedName = registered.accused().name();
        clarification.accusedNip = registered.accused().nip();
        clarification.accusedPosition = registered.accused().position();
        clarification.accusedAgency = registered.accused().agency();
        clarification.allegedViolationCodes = List.copyOf(registered.allegedViolationCodes());
        clarification.status = ClarificationStatus.OPEN;
        clarification.openedAt = openedAt;
        clarification.dueAt = deadline.dueAt();
        clarification.dueDate = deadline.dueDate();
        clarification.deadlineProvisional = deadline.provisional();
        clarification.deadlineNote = deadline.provisionalReason();
        // the reminder goes out when the last day begins in the region
        clarification.remindAt = deadline.dueDate().atStartOfDay(deadline.zone()).toInstant();
        clarification.violationCodes = List.of();
        return clarification;
    }

    /** Refuses the step unless the clarification's status allows it (409, naming the case); returns it otherwise. */
    Clarification require(ClarificationStep step) {
        if (!step.allows(status)) {
            throw Refusal.conflict(step.refusal(), caseNumber);
        }
        return this;
    }

    /** Records the conclusion of an open clarification; the caller has checked that it is complete. */
    void conclude(Conclusion conclusion, String concludedBy, Instant concludedAt) {
        require(ClarificationStep.CONCLUDE);
        this.status = ClarificationStatus.CONCLUDED;
        apply(conclusion);
        this.concludedBy = concludedBy;
        this.concludedAt = concludedAt;
    }

    /** Replaces the facts of a final conclusion; who concluded and when stay, the correction record says the rest. */
    void correct(Conclusion conclusion) {
        require(ClarificationStep.CORRECT);
        apply(conclusion);
    }

    private void apply(Conclusion conclusion) {
        this.outcome = conclusion.outcome();
        this.violationCodes = List.copyOf(conclusion.violationCodes());
        this.actDate = conclusion.actDate();
        this.reason = conclusion.reason();
        this.reasonCode = conclusion.reasonCode();
        this.candidacyStage = conclusion.candidacyStage();
        this.contestCode = conclusion.contestCode();
        this.positionCategory = conclusion.positionCategory();
    }

    /** The conclusion in force; null while open. */
    public Conclusion conclusion() {
        return isConcluded() ? new Conclusion(outcome, violationCodes, actDate, reasonCode, reason, candidacyStage,
                positionCategory, contestCode) : null;
    }

    void assign(String officer, String by, Instant at) {
        this.assignee = officer;
        this.assignedBy = by;
        this.assignedAt = at;
    }

    public boolean isConcluded() {
        return status == ClarificationStatus.CONCLUDED;
    }

    /** Open when its due day has ended in the region (the same boundary as the kit's {@code Deadline}). */
    public boolean isOverdue(Instant now) {
        return status == ClarificationStatus.OPEN && !now.isBefore(dueAt);
    }

    public Accused accused() {
        return new Accused(accusedName, accusedNip, accusedPosition, accusedAgency);
    }

    public UUID id() {
        return id;
    }

    public UUID caseId() {
        return caseId;
    }

    public String caseNumber() {
        return caseNumber;
    }

    public String regionCode() {
        return regionCode;
    }

    public String electionCode() {
        return electionCode;
    }

    public List<String> allegedViolationCodes() {
        return allegedViolationCodes;
    }

    public ClarificationStatus status() {
        return status;
    }

    public Instant openedAt() {
        return openedAt;
    }

    public Instant dueAt() {
        return dueAt;
    }

    public Outcome outcome() {
        return outcome;
    }

    public List<String> violationCodes() {
        return violationCodes;
    }

    public LocalDate actDate() {
        return actDate;
    }

    public String reason() {
        return reason;
    }

    public Instant concludedAt() {
        return concludedAt;
    }

    public String concludedBy() {
        return concludedBy;
    }

    public NotProvenReason reasonCode() {
        return reasonCode;
    }

    public CandidacyStage candidacyStage() {
        return candidacyStage;
    }

    public PositionCategory positionCategory() {
        return positionCategory;
    }

    public String assignee() {
        return assignee;
    }

    public String assignedBy() {
        return assignedBy;
    }

    public Instant assignedAt() {
        return assignedAt;
    }

    public LocalDate dueDate() {
        return dueDate;
    }

    public boolean deadlineProvisional() {
        return deadlineProvisional;
    }

    public String deadlineNote() {
        return deadlineNote;
    }

    public Instant remindAt() {
        return remindAt;
    }
}
