package id.netra.intake.identity;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;

/** The identity-view audit trail, newest first, keyset-paginated by id (UUID v7 ids grow with time). */
@ApplicationScoped
public class IdentityViewRepository implements PanacheRepositoryBase<IdentityView, UUID> {

    public Uni<List<IdentityView>> page(String caseNumber, String viewedBy, UUID before, int limit) {
        StringBuilder query = new StringBuilder("1 = 1");
        Parameters parameters = new Parameters();
        if (caseNumber != null) {
            query.append(" and caseNumber = :caseNumber");
            parameters.and("caseNumber", caseNumber);
        }
        if (viewedBy != null) {
            query.append(" and viewedBy = :viewedBy");
            parameters.and("viewedBy", viewedBy);
        }
        if (before != null) {
            query.append(" and id < :before");
            parameters.and("before", before);
        }
        return find(query.toString(), Sort.descending("id"), parameters).page(0, limit).list();
    }
}
