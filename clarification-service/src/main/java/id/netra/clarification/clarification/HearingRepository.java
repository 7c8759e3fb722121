package id.netra.clarification.clarification;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;

/** The schedules and statements of clarifications, each in the order recorded. */
@ApplicationScoped
public class HearingRepository {

    public Uni<List<Schedule>> schedules(UUID clarificationId) {
        return Panache.getSession().chain(session -> session
                .createQuery("from Schedule where clarificationId = :id order by recordedAt, id", Schedule.class)
                .setParameter("id", clarificationId).getResultList());
    }

    public Uni<List<Statement>> statements(UUID clarificationId) {
        return Panache.getSession().chain(session -> session
                .createQuery("from Statement where clarificationId = :id order by recordedAt, id",
                        Statement.class)
                .setParameter("id", clarificationId).getResultList());
    }

    /** Flushes at once, so the clarification read back in the same transaction shows the new row. */
    public Uni<Void> persist(Object entity) {
        return Panache.getSession().chain(session -> session.persist(entity).chain(session::flush));
    }
}
