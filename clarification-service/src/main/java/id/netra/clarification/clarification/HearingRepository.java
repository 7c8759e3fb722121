package id.netra.clarification.clarification;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;

/** Everything recorded in a clarification besides its own row, each in the order recorded. */
@ApplicationScoped
public class HearingRepository {

    public Uni<List<Schedule>> schedules(UUID clarificationId) {
        return byClarification("from Schedule where clarificationId = :id order by recordedAt, id", Schedule.class,
                clarificationId);
    }

    public Uni<List<Statement>> statements(UUID clarificationId) {
        return byClarification("from Statement where clarificationId = :id order by recordedAt, id", Statement.class,
                clarificationId);
    }

    public Uni<List<AttendanceRecord>> attendance(UUID clarificationId) {
        return byClarification("from AttendanceRecord where clarificationId = :id order by recordedAt, id",
                AttendanceRecord.class, clarificationId);
    }

    public Uni<List<EvidenceReview>> reviews(UUID clarificationId) {
        return byClarification("from EvidenceReview where clarificationId = :id order by reviewedAt, id",
                EvidenceReview.class, clarificationId);
    }

    public Uni<List<InternalNote>> notes(UUID clarificationId) {
        return byClarification("from InternalNote where clarificationId = :id order by recordedAt, id",
                InternalNote.class, clarificationId);
    }

    public Uni<List<Correction>> corrections(UUID clarificationId) {
        return byClarification("from Correction where clarificationId = :id order by correctedAt, id",
                Correction.class, clarificationId);
    }

    /** The files intake announced for the case, whether or not they came before the clarification opened. */
    public Uni<List<EvidenceItem>> evidence(UUID caseId) {
        return byClarification("from EvidenceItem where caseId = :id order by attachedAt, evidenceId",
                EvidenceItem.class, caseId);
    }

    public Uni<EvidenceItem> evidenceItem(UUID evidenceId) {
        return Panache.getSession().chain(session -> session.find(EvidenceItem.class, evidenceId));
    }

    /** Flushes at once, so the clarification read back in the same transaction shows the new row. */
    public Uni<Void> persist(Object entity) {
        return Panache.getSession().chain(session -> session.persist(entity).chain(session::flush));
    }

    private static <T> Uni<List<T>> byClarification(String query, Class<T> type, UUID id) {
        return Panache.getSession()
                .chain(session -> session.createQuery(query, type).setParameter("id", id).getResultList());
    }
}
