package id.netra.clarification.clarification;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;

/** The audit trail of the clarifications: appended to, never changed, read a case at a time. */
@ApplicationScoped
public class AuditRepository {

    /** Flushes at once, as the change it records does, so a read in the same transaction shows it. */
    public Uni<Void> append(AuditEntry entry) {
        return Panache.getSession().chain(session -> session.persist(entry).chain(session::flush));
    }

    public Uni<List<AuditEntry>> forCase(String caseNumber) {
        return Panache.getSession().chain(session -> session
                .createQuery("from AuditEntry where caseNumber = :caseNumber order by occurredAt, id", AuditEntry.class)
                .setParameter("caseNumber", caseNumber).getResultList());
    }
}
