package id.netra.clarification.clarification;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** An internal note of the inspectorate; no event and no reporter ever sees it. */
@Entity
@Table(name = "clarification_note")
public class InternalNote {

    @Id
    private UUID id;

    @Column(name = "clarification_id", nullable = false, updatable = false)
    private UUID clarificationId;

    @Column(nullable = false, updatable = false)
    private String text;

    @Column(name = "recorded_at", nullable = false, updatable = false)
    private Instant recordedAt;

    @Column(name = "recorded_by", nullable = false, updatable = false)
    private String recordedBy;

    protected InternalNote() {
        // for Hibernate
    }

    static InternalNote of(UUID id, UUID clarificationId, String text, Instant recordedAt, String recordedBy) {
        InternalNote e = new InternalNote();
        e.id = id;
        e.clarificationId = clarificationId;
        e.text = text;
        e.recordedAt = recordedAt;
        e.recordedBy = recordedBy;
        return e;
    }

    public UUID id() {
        return id;
    }

    public UUID clarificationId() {
        return clarificationId;
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
