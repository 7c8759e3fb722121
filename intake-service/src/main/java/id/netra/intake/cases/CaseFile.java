package id.netra.intake.cases;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import id.netra.contracts.EventType;
import id.netra.kit.problem.Refusal;

/** A case: the reports about one accused and one act, in the region of the accused's employing government. */
@Entity
@Table(name = "case_file")
public class CaseFile {

    @Id
    public UUID id;
    @Column(name = "case_number")
    public String caseNumber;
    @Column(name = "region_code")
    public String regionCode;
    @Column(name = "election_code")
    public String electionCode;
    @Enumerated(EnumType.STRING)
    public CaseStatus status;
    @Column(name = "accused_name")
    public String accusedName;
    @Column(name = "accused_nip")
    public String accusedNip;
    @Column(name = "accused_position")
    public String accusedPosition;
    @Column(name = "accused_agency")
    public String accusedAgency;
    @Column(name = "accused_region_code")
    public String accusedRegionCode;
    /** Normalised name and agency: the keys that find likely duplicates of a report without a NIP. */
    @Column(name = "accused_name_key")
    public String accusedNameKey;
    @Column(name = "accused_agency_key")
    public String accusedAgencyKey;
    @Column(name = "violation_code")
    public String violationCode;
    /** The reporter's words for an act the catalogue does not name (violation code UNKNOWN). */
    @Column(name = "violation_description")
    public String violationDescription;
    @Column(name = "occurred_on")
    public LocalDate occurredOn;
    /** Status, election, violation and region as words for the list's index; computed by the database (V10). */
    @Column(name = "facets", insertable = false, updatable = false)
    public String[] facets;
    /** The day the first report arrived, in the region's zone. */
    @Column(name = "received_on")
    public LocalDate receivedOn;
    /** Reports about this accused and act; the case counts once however many there are. */
    @Column(name = "report_count")
    public int reportCount;
    /** Kept as a lead (informasi awal), not a case that can be registered as it is; {@code leadReason} says why. */
    public boolean lead;
    @Column(name = "lead_reason")
    public String leadReason;
    @Column(name = "review_due_at")
    public Instant reviewDueAt;
    /** Set in the same transaction as the overdue event, so the event is raised once. */
    @Column(name = "review_overdue_raised")
    public boolean reviewOverdueRaised;
    @Column(name = "reviewed_by")
    public String reviewedBy;
    @Column(name = "reviewed_at")
    public Instant reviewedAt;
    /** Why the case was not registered: LATE_FILING, REVIEW_REJECTED or COMPLETION_EXPIRED. */
    @Column(name = "decision_reason_code")
    public String decisionReasonCode;
    /** The reviewer's words for a rejection. */
    @Column(name = "decision_reason")
    public String decisionReason;
    /** What the reporter was asked to add, and by when. */
    @Column(name = "completion_missing")
    public String completionMissing;
    @Column(name = "completion_due_at")
    public Instant completionDueAt;
    /**
     * Where a late report's facts were passed on: INSPEKTORAT, PPK or BKN, and the region of that Inspektorat or PPK
     * (null for BKN, a national body).
     */
    @Column(name = "forward_target")
    public String forwardTarget;
    @Column(name = "forward_region_code")
    public String forwardRegionCode;
    /** The reviewer's words to the receiver; staff only, never shown on the tracking page. */
    @Column(name = "forward_note")
    public String forwardNote;
    @Column(name = "forwarded_by")
    public String forwardedBy;
    @Column(name = "forwarded_at")
    public Instant forwardedAt;
    /** The candidacy watch that opened this case, or joined it, when an ASN registered as a candidate. */
    @Column(name = "candidacy_id")
    public UUID candidacyId;
    /**
     * A case opened without a report (by a candidacy watch): the channel and pseudonym of the filing, which stand in
     * for a first report's when the case is registered.
     */
    @Column(name = "origin_channel")
    public String originChannel;
    @Column(name = "origin_reporter_ref")
    public String originReporterRef;
    @Column(name = "created_at")
    public Instant createdAt;
    @Column(name = "updated_at")
    public Instant updatedAt;
    @Version
    public int version;

    /** Under initial review past its due time. */
    public boolean isReviewOverdue(Instant now) {
        return status == CaseStatus.KAJIAN_AWAL && reviewDueAt != null && !now.isBefore(reviewDueAt);
    }

    // The case's status machine: every change of status is one of these. Intake's own steps refuse a status they do
    // not follow from; {@link #follow} refuses nothing, because the clarification and sanction events it takes are
    // decided elsewhere already (it only keeps a late clarification event from moving the case back).

    /** Refuses the step unless the case's status allows it; the refusal names the case and its status. */
    public void require(CaseStep step) {
        if (step.allows(status, decisionReasonCode)) {
            return;
        }
        throw switch (step) {
            case COMPLETE -> Refusal.conflict("COMPLETION_NOT_REQUESTED");
            case FORWARD -> status == CaseStatus.DITERUSKAN
                    ? Refusal.conflict("CASE_ALREADY_FORWARDED", caseNumber, forwardTarget)
                    : Refusal.conflict("CASE_NOT_FORWARDABLE", caseNumber, name(status));
            default -> Refusal.conflict("CASE_NOT_UNDER_REVIEW", caseNumber, name(status));
        };
    }

    /** A new case goes to the initial review, due at {@code dueAt}. */
    public void openForReview(Instant dueAt) {
        require(CaseStep.OPEN);
        status = CaseStatus.KAJIAN_AWAL;
        reviewDueAt = dueAt;
    }

    /** Registered: a new case a trusted partner filed in time, or one the initial review accepted. */
    public void register(Instant now) {
        require(CaseStep.REGISTER);
        status = CaseStatus.DIREGISTRASI;
        updatedAt = now;
    }

    /** Not registered: filed late (a new case), rejected by the review, or not completed in time. */
    public void notRegistered(String reasonCode, String reason, Instant now) {
        require(CaseStep.REJECT);
        status = CaseStatus.TIDAK_DIREGISTRASI;
        decisionReasonCode = reasonCode;
        decisionReason = reason;
        updatedAt = now;
    }

    /** The review asks the reporter to add {@code missing} before {@code dueAt}. */
    public void askCompletion(String missing, Instant dueAt, Instant now) {
        require(CaseStep.ASK_COMPLETION);
        status = CaseStatus.PERLU_DILENGKAPI;
        completionMissing = missing;
        completionDueAt = dueAt;
        updatedAt = now;
    }

    /** The reporter completed the report: back to the initial review, due anew at {@code reviewDue}. */
    public void completed(Instant reviewDue, Instant now) {
        require(CaseStep.COMPLETE);
        status = CaseStatus.KAJIAN_AWAL;
        completionDueAt = null;
        reviewOverdueRaised = false;
        reviewDueAt = reviewDue;
        updatedAt = now;
    }

    /** A late report's facts go on to an Inspektorat, a PPK or BKN ({@code region} null for BKN). */
    public void forward(String target, String region, String note, String by, Instant now) {
        require(CaseStep.FORWARD);
        status = CaseStatus.DITERUSKAN;
        forwardTarget = target;
        forwardRegionCode = region;
        forwardNote = note;
        forwardedBy = by;
        forwardedAt = now;
        updatedAt = now;
    }

    /** Where a clarification or sanction event of the case at {@code at} moves it. */
    public void follow(EventType type, Object payload, Instant at) {
        status = CaseProgress.next(status, type, payload);
        updatedAt = at;
    }

    private static String name(CaseStatus status) {
        return status == null ? "-" : status.name();
    }
}
