package id.netra.intake.cases;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;

import id.netra.kit.security.RegionScope;

/** Cases by number and the region-scoped, keyset-paginated list. */
@ApplicationScoped
public class CaseRepository implements PanacheRepositoryBase<CaseFile, UUID> {

    public Uni<CaseFile> findByNumber(String caseNumber) {
        return find("caseNumber", caseNumber).firstResult();
    }

    /** Cases after {@code after} (by number), in the caller's scope: null = all, a province covers its kab/kota. */
    public Uni<List<CaseFile>> list(String scope, CaseStatus status, String after, int limit) {
        StringBuilder query = new StringBuilder("1 = 1");
        Parameters parameters = new Parameters();
        if (scope != null) {
            query.append(" and ").append(RegionScope.condition("scope", scope, parameters));
        }
        if (status != null) {
            query.append(" and status = :status");
            parameters.and("status", status);
        }
        if (after != null) {
            query.append(" and caseNumber > :after");
            parameters.and("after", after);
        }
        return find(query.toString(), Sort.by("caseNumber"), parameters).page(0, limit).list();
    }

    /** The next number of a region's year, atomically, so two replicas never hand out the same number. */
    public Uni<Integer> nextSequence(String regionCode, int year) {
        return getSession().chain(session -> session.createNativeQuery(
                "INSERT INTO case_sequence (region_code, year, last_value) VALUES (:region, :year, 1) "
                        + "ON CONFLICT (region_code, year) DO UPDATE SET last_value = case_sequence.last_value + 1 "
                        + "RETURNING last_value",
                Integer.class)
                .setParameter("region", regionCode)
                .setParameter("year", year)
                .getSingleResult());
    }

}
