package id.netra.sanction.recommendation;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;

/** The proven acts by NIP. */
@ApplicationScoped
public class ProvenActRepository implements PanacheRepositoryBase<ProvenAct, UUID> {

    /** Forgets the case's proven act, e.g. when a correction finds it not proven after all. */
    public Uni<Long> forget(UUID caseId) {
        return delete("caseId", caseId);
    }

    /** The case numbers of acts by this NIP proven before {@code concludedAt}, in another case, oldest first. */
    public Uni<List<String>> provenBefore(String nip, Instant concludedAt, UUID caseId) {
        return find("nip = ?1 and concludedAt < ?2 and caseId <> ?3", Sort.ascending("concludedAt"), nip, concludedAt,
                caseId).list().map(acts -> acts.stream().map(ProvenAct::getCaseNumber).toList());
    }
}
