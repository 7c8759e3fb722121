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
    @Column(name = "violation_code")
    public String violationCode;
    @Column(name = "occurred_on")
    public LocalDate occurredOn;
    @Column(name = "created_at")
    public Instant createdAt;
    @Column(name = "updated_at")
    public Instant updatedAt;
    @Version
    public int version;
}
