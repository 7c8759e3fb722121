package id.netra.sanction.statistics;

import java.io.Serializable;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import org.hibernate.annotations.Immutable;

import id.netra.sanction.rules.Stage;

/** Recommendations with an item of this stage, per election and kabupaten/kota (see {@link RegionTally}). */
@Entity
@Immutable
@Table(name = "statistics_stage")
@IdClass(StageTally.StageKey.class)
public class StageTally {
    @Id
    @Column(name = "election_code")
    String electionCode;
    @Id
    @Column(name = "region_code")
    String regionCode;
    @Id
    @Enumerated(EnumType.STRING)
    Stage stage;
    long recommendations;

    public static class StageKey implements Serializable {
        String electionCode;
        String regionCode;
        Stage stage;

        @Override
        public boolean equals(Object other) {
            return other instanceof StageKey key && Objects.equals(electionCode, key.electionCode)
                    && Objects.equals(regionCode, key.regionCode) && stage == key.stage;
        }

        @Override
        public int hashCode() {
            return Objects.hash(electionCode, regionCode, stage);
        }
    }
}
