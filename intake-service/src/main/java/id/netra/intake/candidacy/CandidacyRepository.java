package id.netra.intake.candidacy;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;

import id.netra.kit.security.ListQuery;

/** Watches by ASN and election, the region-scoped keyset-paginated list, and the watching ones for the sweep. */
@ApplicationScoped
public class CandidacyRepository implements PanacheRepositoryBase<Candidacy, UUID> {

    public Uni<Candidacy> findByNipAndElection(String nip, String electionCode) {
        return find("asnNip = ?1 and electionCode = ?2", nip, electionCode).firstResult();
    }

    /** Watches after {@code filter.after} (by id, so by filing time) within the caller's scope (null = all). */
    public Uni<List<Candidacy>> list(String scope, CandidacyFilter filter, int limit) {
        ListQuery query = new ListQuery().within("scope", scope).within("region", filter.region())
                .equal("electionCode", "election", filter.election()).equal("asnNip", "nip", filter.nip())
                .equal("watchStatus", "status", filter.status()).where("id", ">", "after", filter.after());
        return find(query.query(), Sort.by("id"), query.parameters()).page(0, limit).list();
    }

    /**
     * Settles a watch with nothing left to meet (the rules changed under it, say). A statement, not a change to the
     * loaded entity: it waits for a document being filed on the watch instead of failing on its version.
     */
    public Uni<Integer> settle(UUID id, Instant now) {
        // the version moves too: a stale copy of the watch flushed later fails instead of undoing this
        return update("watchStatus = ?1, updatedAt = ?2, version = version + 1 where id = ?3 and watchStatus = ?4",
                WatchStatus.SETTLED, now, id, WatchStatus.WATCHING);
    }

    /** The next batch of watches with an obligation still to meet, after {@code after} by id (null: from the start). */
    public Uni<List<Candidacy>> watching(UUID after, int batch) {
        if (after == null) {
            return find("watchStatus", Sort.by("id"), WatchStatus.WATCHING).page(0, batch).list();
        }
        return find("watchStatus = ?1 and id > ?2", Sort.by("id"), WatchStatus.WATCHING, after).page(0, batch).list();
    }
}
