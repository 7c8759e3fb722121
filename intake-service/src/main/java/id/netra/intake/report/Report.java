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
    public String description;
    public String place;
    @Column(name = "known_on")
    public LocalDate knownOn;
    @Column(name = "submitted_at")
    public Instant submittedAt;
}
