package id.netra.clarification.clarification;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A statement heard in a clarification: of the accused, a witness or the reporter. */
@Entity
@Table(name = "clarification_statement")
public class Statement {

    @Id
    private UUID id;

    @Column(name = "clarification_id", nullable = false, updatable = false)
    private UUID clarificationId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private StatementRole role;

    @Column(nullable = false, updatable = false)
    private String name;

    @Column(name = "stated_at", nullable = false, updatable = false)
    private Instant statedAt;

    @Column(nullable = false, updatable = false)
    private String text;

    @Column(name = "recorded_at", nullable = false, updatable = false)
    private Instant recordedAt;

    @Column(name = "recorded_by", nullable = false, updatable = false)
    private String recordedBy;

    protected Statement() {
        // for Hibernate
    }

    static Statement of(UUID id, UUID clarificationId, StatementRole role, String name, Instant statedAt, String text,
            String recordedBy, Instant recordedAt) {
        Statement statement = new Statement();
        statement.id = id;
        statement.clarificationId = clarificationId;
        statement.role = role;
        statement.name = name;
        statement.statedAt = statedAt;
        statement.text = text;
        statement.recordedBy = recordedBy;
        statement.recordedAt = recordedAt;
        return statement;
    }

    public UUID id() {
        return id;
    }

    public UUID clarificationId() {
        return clarificationId;
    }

    public StatementRole role() {
        return role;
    }

    public String name() {
        return name;
    }

    public Instant statedAt() {
        return statedAt;
    }

    public String text() {
        return text;
    }

    public Instant recordedAt() {
        return recordedAt;
    }

    public String recordedBy() {
        return recordedBy;
    }
}
