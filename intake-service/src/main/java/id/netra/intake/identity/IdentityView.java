package id.netra.intake.identity;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The audit record of one reveal of a reporter's identity: who saw it, when, for which report, and why. */
@Entity
@Table(name = "reporter_identity_view")
public class IdentityView {

    @Id
    public UUID id;
    @Column(name = "viewed_by")
    public String viewedBy;
    @Column(name = "viewer_roles")
    public String viewerRoles;
    @Column(name = "viewer_region")
    public String viewerRegion;
    @Column(name = "report_id")
    public UUID reportId;
    @Column(name = "case_id")
    public UUID caseId;
    @Column(name = "case_number")
    public String caseNumber;
    public boolean confidential;
    public String reason;
    @Column(name = "viewed_at")
    public Instant viewedAt;
}
