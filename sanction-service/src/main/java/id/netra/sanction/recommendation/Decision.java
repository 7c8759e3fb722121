package id.netra.sanction.recommendation;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import id.netra.sanction.rules.SanctionLevel;

/** The PPK's decision on a recommendation: the sanction imposed, the decree, and whether it met the level. */
@Embeddable
public class Decision {

    @Column(name = "decision_sanction_code")
    private String sanctionCode;

    @Column(name = "decision_sanction_name")
    private String sanctionName;

    @Enumerated(EnumType.STRING)
    @Column(name = "decision_level")
    private SanctionLevel level;

    @Column(name = "decision_compliant")
    private Boolean compliant;

    @Column(name = "decree_number")
    private String decreeNumber;

    @Column(name = "decree_date")
    private LocalDate decreeDate;

    @Column(name = "decision_justification")
    private String justification;

    @Column(name = "decision_legal_basis")
    private String legalBasis;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Column(name = "decided_by")
    private String decidedBy;

    protected Decision() {
    }

    Decision(String sanctionCode, String sanctionName, SanctionLevel level, boolean compliant, String decreeNumber,
            LocalDate decreeDate, String justification, String legalBasis, Instant decidedAt, String decidedBy) {
        this.legalBasis = legalBasis;
        this.sanctionCode = sanctionCode;
        this.sanctionName = sanctionName;
        this.level = level;
        this.compliant = compliant;
        this.decreeNumber = decreeNumber;
        this.decreeDate = decreeDate;
        this.justification = justification;
        this.decidedAt = decidedAt;
        this.decidedBy = decidedBy;
    }

    public String getSanctionCode() {
        return sanctionCode;
    }

    public String getSanctionName() {
        return sanctionName;
    }

    public SanctionLevel getLevel() {
        return level;
    }

    public boolean isCompliant() {
        return Boolean.TRUE.equals(compliant);
    }

    public String getDecreeNumber() {
        return decreeNumber;
    }

    public LocalDate getDecreeDate() {
        return decreeDate;
    }

    public String getJustification() {
        return justification;
    }

    /** The decision's own legal basis, where the recommendation's does not carry it (discipline for ethics). */
    public String getLegalBasis() {
        return legalBasis;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }

    public String getDecidedBy() {
        return decidedBy;
    }
}
