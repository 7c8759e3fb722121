package id.netra.sanction.recommendation;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import id.netra.sanction.rules.Assessment;
import id.netra.sanction.rules.SanctionLevel;
import id.netra.sanction.rules.Stage;

/** One proven code of a recommendation, as the rules applied it. */
@Embeddable
public class RecommendationItem {

    @Column(name = "violation_code", nullable = false)
    private String violationCode;

    @Column(name = "requested_code", nullable = false)
    private String requestedCode;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Stage stage;

    @Enumerated(EnumType.STRING)
    private SanctionLevel level;

    @Column(name = "legal_basis", nullable = false)
    private String legalBasis;

    @Column(nullable = false)
    private boolean disputed;

    @Enumerated(EnumType.STRING)
    @Column(name = "alternative_level")
    private SanctionLevel alternativeLevel;

    @Column(name = "pair_basis")
    private String pairBasis;

    protected RecommendationItem() {
    }

    static RecommendationItem of(Assessment.Item item) {
        RecommendationItem stored = new RecommendationItem();
        stored.violationCode = item.violationCode();
        stored.requestedCode = item.requestedCode();
        stored.stage = item.stage();
        stored.level = item.level();
        stored.legalBasis = item.legalBasis();
        stored.disputed = item.disputed();
        stored.alternativeLevel = item.alternativeLevel();
        stored.pairBasis = item.pairBasis();
        return stored;
    }

    public String getViolationCode() {
        return violationCode;
    }

    public String getRequestedCode() {
        return requestedCode;
    }

    public Stage getStage() {
        return stage;
    }

    public SanctionLevel getLevel() {
        return level;
    }

    public String getLegalBasis() {
        return legalBasis;
    }

    public boolean isDisputed() {
        return disputed;
    }

    public SanctionLevel getAlternativeLevel() {
        return alternativeLevel;
    }

    public String getPairBasis() {
        return pairBasis;
    }
}
