package id.netra.intake.candidacy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;

import id.netra.kit.id.Ids;

/** The notices raised about a watch's obligations, each kind once per obligation. */
@ApplicationScoped
public class CandidacyNoticeRepository implements PanacheRepositoryBase<CandidacyNotice, UUID> {

    /**
     * Records the notice unless it was raised before; true if this call raised it. A sweeper on another replica
     * inserting the same notice waits for this transaction and then inserts nothing.
     */
    public Uni<Boolean> raiseOnce(UUID candidacyId, String obligation, NoticeKind kind, LocalDate dueOn,
            Instant now) {
        return getSession().chain(session -> session.createNativeQuery(
                "INSERT INTO candidacy_notice (id, candidacy_id, obligation, kind, due_on, raised_at) "
                        + "VALUES (:id, :candidacy, :obligation, :kind, :dueOn, :now) "
                        + "ON CONFLICT (candidacy_id, obligation, kind) DO NOTHING")
                .setParameter("id", Ids.uuidV7())
                .setParameter("candidacy", candidacyId)
                .setParameter("obligation", obligation)
                .setParameter("kind", kind.name())
                .setParameter("dueOn", dueOn)
                .setParameter("now", now)
                .executeUpdate())
                .map(inserted -> inserted == 1);
    }

    public Uni<List<CandidacyNotice>> forCandidacy(UUID candidacyId) {
        return find("candidacyId", Sort.by("raisedAt").and("id"), candidacyId).list();
    }
}
