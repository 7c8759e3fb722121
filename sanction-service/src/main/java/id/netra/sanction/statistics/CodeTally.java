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

/** Recommendations with an item of this code and stage, per election and kabupaten/kota (see {@link RegionTally}). */
@Entity
@Immutable
@Table(name = "statistics_code")
@IdClass(CodeTally.CodeKey.class)
public class CodeTally {
    @Id
    @Column(name = "election_code")
    String electionCode;
    @Id
    @Column(name = "region_code")
    String regionCode;
    @Id
    @Column(name = "violation_code")
    String violationCode;
    @Id
    @Enumerated(EnumType.STRING)
    Stage stage;
    long recommendations;

    public static class CodeKey implements Serializable {
        String electionCode;
        String regionCode;
        String violationCode;
        Stage stage;

        @Override
        public boolean equals(Object other) {
            return other instanceof CodeKey key && Objects.equals(electionCode, key.electionCode)
                    && Objects.equals(regionCode, key.regionCode) && Objects.equals(violationCode, key.violationCode)
                    && stage == key.stage;
        }

        @Override
        public int hashCode() {
            return Objects.hash(electionCode, regionCode, violationCode, stage);
        }
    }
}
