package id.netra.sanction.recommendation;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import id.netra.sanction.rules.SanctionLevel;

/** What a corrected conclusion replaced: the recommendation as it stood, and who corrected what and why. */
@Embeddable
public class RecommendationRevision {

    @Column(name = "revised_at", nullable = false)
    private Instant revisedAt;

    @Column(name = "corrected_at")
    private Instant correctedAt;

    @Column(name = "corrected_by")
    private String correctedBy;

    @Column(name = "correction_reason")
    private String correctionReason;

    @Column(name = "changed_fields")
    private String changedFields;

    @Enumerated(EnumType.STRING)
    @Column(name = "previous_status", nullable = false)
    private RecommendationStatus previousStatus;

    @Enumerated(EnumType.STRING)
    @Column(name = "previous_level")
    private SanctionLevel previousLevel;

    @Column(name = "previous_rule_version")
    private String previousRuleVersion;

    @Column(name = "previous", nullable = false)
    private String previous;

    protected RecommendationRevision() {
    }

    RecommendationRevision(Instant revisedAt, Instant correctedAt, String correctedBy, String correctionReason,
            String changedFields, RecommendationStatus previousStatus, SanctionLevel previousLevel,
            String previousRuleVersion, String previous) {
        this.revisedAt = revisedAt;
        this.correctedAt = correctedAt;
        this.correctedBy = correctedBy;
        this.correctionReason = correctionReason;
        this.changedFields = changedFields;
        this.previousStatus = previousStatus;
        this.previousLevel = previousLevel;
        this.previousRuleVersion = previousRuleVersion;
        this.previous = previous;
    }

    public Instant getRevisedAt() {
        return revisedAt;
    }

    public Instant getCorrectedAt() {
        return correctedAt;
    }

    public String getCorrectedBy() {
        return correctedBy;
    }

    public String getCorrectionReason() {
        return correctionReason;
    }

    public String getChangedFields() {
        return changedFields;
    }

    public RecommendationStatus getPreviousStatus() {
        return previousStatus;
    }

    public SanctionLevel getPreviousLevel() {
        return previousLevel;
    }

    public String getPreviousRuleVersion() {
        return previousRuleVersion;
    }

    public String getPrevious() {
        return previous;
    }
}
