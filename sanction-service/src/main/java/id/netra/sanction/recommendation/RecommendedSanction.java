package id.netra.sanction.recommendation;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import id.netra.kit.rules.ViolationCatalog.Sanction;

/** A concrete sanction of the recommended level, kept as the ladder named it when the recommendation was issued. */
@Embeddable
public class RecommendedSanction {

    @Column(nullable = false)
    private String code;

    @Column(nullable = false)
    private String name;

    protected RecommendedSanction() {
    }

    static RecommendedSanction of(Sanction sanction) {
        RecommendedSanction stored = new RecommendedSanction();
        stored.code = sanction.code();
        stored.name = sanction.name();
        return stored;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }
}
