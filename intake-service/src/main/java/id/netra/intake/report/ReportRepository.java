package id.netra.intake.report;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;

/** Reports by tracking code and by case. */
@ApplicationScoped
public class ReportRepository implements PanacheRepositoryBase<Report, UUID> {

    public Uni<Report> findByTrackingCode(String trackingCode) {
        return find("trackingCode", trackingCode).firstResult();
    }

    public Uni<List<Report>> forCase(UUID caseId) {
        return find("caseId", Sort.by("submittedAt").and("id"), caseId).list();
    }

    /** Claims an Idempotency-Key for this submitter; false if it was claimed before (then see {@link #claimed}). */
    public Uni<Boolean> claimKey(String submitter, String key, String requestHash) {
        return getSession().chain(session -> session.createNativeQuery(
                "INSERT INTO idempotency_key (submitted_by, key, request_hash, created_at) "
                        + "VALUES (:submitter, :key, :hash, now()) ON CONFLICT DO NOTHING")
                .setParameter("submitter", submitter)
                .setParameter("key", key)
                .setParameter("hash", requestHash)
                .executeUpdate())
                .map(inserted -> inserted == 1);
    }

    public Uni<Void> bindKey(String submitter, String key, UUID reportId) {
        return getSession().chain(session -> session.createNativeQuery(
                "UPDATE idempotency_key SET report_id = :report WHERE submitted_by = :submitter AND key = :key")
                .setParameter("report", reportId)
                .setParameter("submitter", submitter)
                .setParameter("key", key)
                .executeUpdate())
                .replaceWithVoid();
    }

    /** A claimed key, with the request hash it came with and the report it filed. */
    public Uni<IdempotencyKey> claimed(String submitter, String key) {
        IdempotencyKey.Key id = new IdempotencyKey.Key();
        id.submittedBy = submitter;
        id.key = key;
        return getSession().chain(session -> session.find(IdempotencyKey.class, id));
    }
}
