package id.netra.intake.identity;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;

import id.netra.kit.security.ListQuery;

/** The identity-view audit trail, newest first, keyset-paginated by id (UUID v7 ids grow with time). */
@ApplicationScoped
public class IdentityViewRepository implements PanacheRepositoryBase<IdentityView, UUID> {

    public Uni<List<IdentityView>> page(String caseNumber, String viewedBy, UUID before, int limit) {
        ListQuery query = new ListQuery().equal("caseNumber", "caseNumber", caseNumber)
                .equal("viewedBy", "viewedBy", viewedBy).where("id", "<", "before", before);
        return find(query.query(), Sort.descending("id"), query.parameters()).page(0, limit).list();
    }
}
