package id.netra.sanction.statistics;

import jakarta.persistence.Column;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;

/**
 * What every statistics tally is kept by: an election and a kabupaten/kota. The tallies are kept by the database's
 * triggers (V8 migration) and only read here, mapped so that the statistics' queries are HQL, whose plans Hibernate
 * caches.
 */
@MappedSuperclass
abstract class Tally {
    @Id
    @Column(name = "election_code")
    String electionCode;
    @Id
    @Column(name = "region_code")
    String regionCode;
}
