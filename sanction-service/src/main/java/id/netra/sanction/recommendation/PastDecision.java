package id.netra.sanction.recommendation;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import id.netra.sanction.rules.SanctionLevel;

/** A decision a later one replaced: a non-compliant decree stays on record after the compliant one. */
@Embeddable
public class PastDecision {

    @Column(name = "sanction_code", nullable = false)
    private String sanctionCode;

    @Column(name = "sanction_name", nullable = false)
    private String sanctionName;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private SanctionLevel level;

    @Column(nullable = false)
    private boolean compliant;

    @Column(name = "decree_number", nullable = false)
    private String decreeNumber;

    @Column(name = "decree_date", nullable = false)
    private LocalDate decreeDate;

    private String justification;

    @Column(name = "legal_basis")
    private String legalBasis;

    @Column(name = "decided_at", nullable = false)
    private Instant decidedAt;

    @Column(name = "decided_by")
    private String decidedBy;

    protected PastDecision() {
    }

    static PastDecision of(Decision decision) {
        PastDecision past = new PastDecision();
        past.sanctionCode = decision.getSanctionCode();
        past.sanctionName = decision.getSanctionName();
        past.level = decision.getLevel();
        past.compliant = decision.isCompliant();
        past.decreeNumber = decision.getDecreeNumber();
        past.decreeDate = decision.getDecreeDate();
        past.justification = decision.getJustification();
        past.legalBasis = decision.getLegalBasis();
        past.decidedAt = decision.getDecidedAt();
        past.decidedBy = decision.getDecidedBy();
        return past;
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
        return compliant;
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
