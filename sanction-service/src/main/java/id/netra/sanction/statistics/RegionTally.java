package id.netra.sanction.statistics;

import java.io.Serializable;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import org.hibernate.annotations.Immutable;

/**
 * Per election and kabupaten/kota, the counts that do not depend on the hour they are asked: kept by the database's
 * triggers (V8 migration) and only read here, mapped so that the statistics' queries are HQL, whose plans Hibernate
 * caches.
 */
@Entity
@Immutable
@Table(name = "statistics_region")
@IdClass(RegionTally.RegionKey.class)
public class RegionTally {
    @Id
    @Column(name = "election_code")
    String electionCode;
    @Id
    @Column(name = "region_code")
    String regionCode;
    long cases;
    long proven;
    @Column(name = "not_proven")
    long notProven;
    long sanctioned;
    @Column(name = "decided_late")
    long decidedLate;
    @Column(name = "undecided_overdue")
    long undecidedOverdue;
    long blocked;

    public static class RegionKey implements Serializable {
        String electionCode;
        String regionCode;

        @Override
        public boolean equals(Object other) {
            return other instanceof RegionKey key && Objects.equals(electionCode, key.electionCode)
                    && Objects.equals(regionCode, key.regionCode);
        }

        @Override
        public int hashCode() {
            return Objects.hash(electionCode, regionCode);
        }
    }
}
