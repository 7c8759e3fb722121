package id.netra.intake.cases;

import java.io.Serializable;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

/** The last case number handed out in a region and year; mapped so that the number is read with a cached query. */
@Entity
@Table(name = "case_sequence")
@IdClass(CaseSequence.Key.class)
public class CaseSequence {

    @Id
    @Column(name = "region_code")
    public String regionCode;
    @Id
    public int year;
    @Column(name = "last_value")
    public int lastValue;

    public static class Key implements Serializable {
        public String regionCode;
        public int year;

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && key.year == year && Objects.equals(key.regionCode, regionCode);
        }

        @Override
        public int hashCode() {
            return Objects.hash(regionCode, year);
        }
    }
}
