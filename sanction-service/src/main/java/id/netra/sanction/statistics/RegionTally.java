package id.netra.sanction.statistics;

import java.io.Serializable;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import org.hibernate.annotations.Immutable;

/** Per election and kabupaten/kota, the counts of recommendations (see {@link Tally}). */
@Entity
@Immutable
@Table(name = "statistics_region")
@IdClass(RegionTally.Key.class)
public class RegionTally extends Tally {
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

    public record Key(String electionCode, String regionCode) implements Serializable {
    }
}
