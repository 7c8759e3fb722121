package id.netra.clarification.clarification;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One change to a clarification: who, when, what (JSON details), which case. */
@Entity
@Table(name = "clarification_audit")
public class AuditEntry {

    @Id
    private UUID id;

    @Column(name = "case_number", nullable = false, updatable = false)
    private String caseNumber;

    @Column(name = "region_code", nullable = false, updatable = false)
    private String regionCode;

    @Column(nullable = false, updatable = false)
    private String action;

    @Column(nullable = false, updatable = false)
    private String actor;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    private Instant occurredAt;

    @Column(nullable = false, updatable = false)
    private String details;

    protected AuditEntry() {
        // for Hibernate
    }

    static AuditEntry of(UUID id, String caseNumber, String regionCode, String action, String actor, Instant occurredAt,
            String details) {
        AuditEntry e = new AuditEntry();
        e.id = id;
        e.caseNumber = caseNumber;
        e.regionCode = regionCode;
        e.action = action;
        e.actor = actor;
        e.occurredAt = occurredAt;
        e.details = details;
        return e;
    }

    public UUID id() {
        return id;
    }

    public String caseNumber() {
        return caseNumber;
    }

    public String regionCode() {
        return regionCode;
    }

    public String action() {
        return action;
    }

    public String actor() {
        return actor;
    }

    public Instant occurredAt() {
        return occurredAt;
    }

    public String details() {
        return details;
    }
}
