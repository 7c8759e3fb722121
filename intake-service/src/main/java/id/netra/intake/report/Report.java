package id.netra.intake.report;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One report as received. The reporter's identity is only here, and only encrypted. */
@Entity
@Table(name = "report")
public class Report {

    @Id
    public UUID id;
    @Column(name = "case_id")
    public UUID caseId;
    @Column(name = "tracking_code")
    public String trackingCode;
    public String channel;
    @Column(name = "submitted_by")
    public String submittedBy;
    @Column(name = "reporter_ref")
    public String reporterRef;
    @Column(name = "reporter_confidential")
    public boolean reporterConfidential;
    @Column(name = "reporter_identity")
    public byte[] reporterIdentity;
    @Column(name = "election_code")
    public String electionCode;
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
    @Column(name = "violation_code")
    public String violationCode;
    @Column(name = "violation_description")
    public String violationDescription;
    @Column(name = "occurred_on")
    public LocalDate occurredOn;
    public String description;
    public String place;
    @Column(name = "incident_region_code")
    public String incidentRegionCode;
    /** JSON array of the witnesses named by the reporter. */
    public String witnesses;
    /** JSON array of links to the material (posts, videos). */
    public String links;
    @Column(name = "known_on")
    public LocalDate knownOn;
    /** The last day to file, counted from {@code knownOn} by the election's rule in the region's zone. */
    @Column(name = "filing_due_on")
    public LocalDate filingDueOn;
    /** False: filed after {@code filingDueOn}; kept, but it cannot make a case registrable. */
    @Column(name = "filed_in_time")
    public boolean filedInTime;
    /** Why the filing deadline is provisional, if it is (a year without holiday data). */
    @Column(name = "filing_note")
    public String filingNote;
    public boolean lead;
    @Column(name = "joined_existing_case")
    public boolean joinedExistingCase;
    /** What the reporter added when asked to complete the report. */
    public String completion;
    @Column(name = "completed_at")
    public Instant completedAt;
    @Column(name = "submitted_at")
    public Instant submittedAt;
}
