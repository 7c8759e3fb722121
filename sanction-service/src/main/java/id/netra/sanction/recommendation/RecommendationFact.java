package id.netra.sanction.recommendation;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import id.netra.sanction.rules.AggravatingFact;

/** An aggravating fact a recommendation weighed, as the rule version described it, with what showed it. */
@Embeddable
public class RecommendationFact {

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private AggravatingFact fact;

    @Column(nullable = false)
    private String basis;

    @Column
    private String detail;

    protected RecommendationFact() {
    }

    RecommendationFact(AggravatingFact fact, String basis, String detail) {
        this.fact = fact;
        this.basis = basis;
        this.detail = detail;
    }

    public AggravatingFact getFact() {
        return fact;
    }

    public String getBasis() {
        return basis;
    }

    public String getDetail() {
        return detail;
    }
}
