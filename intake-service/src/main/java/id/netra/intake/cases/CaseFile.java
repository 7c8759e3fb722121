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
}
