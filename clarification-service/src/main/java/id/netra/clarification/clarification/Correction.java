package id.netra.clarification.clarification;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One correction of a final conclusion: the fields changed, before and after (JSON), and why. */
@Entity
@Table(name = "clarification_correction")
public class Correction {

    @Id
    private UUID id;

    @Column(name = "clarification_id", nullable = false, updatable = false)
    private UUID clarificationId;

    @Column(name = "changed_fields", nullable = false, updatable = false)
    @JdbcTypeCode(SqlTypes.ARRAY)
    private List<String> changedFields;

    @Column(nullable = false, updatable = false)
    private String before;

    @Column(nullable = false, updatable = false)
    private String after;

    @Column(nullable = false, updatable = false)
    private String reason;

    @Column(name = "corrected_at", nullable = false, updatable = false)
    private Instant correctedAt;

    @Column(name = "corrected_by", nullable = false, updatable = false)
    private String correctedBy;

    protected Correction() {
        // for Hibernate
    }

    static Correction of(UUID id, UUID clarificationId, List<String> changedFields, String before, String after, String reason,
            Instant correctedAt, String correctedBy) {
        Correction e = new Correction();
        e.id = id;
        e.clarificationId = clarificationId;
        e.changedFields = changedFields;
        e.before = before;
        e.after = after;
        e.reason = reason;
        e.correctedAt = correctedAt;
        e.correctedBy = correctedBy;
        return e;
    }

    public UUID id() {
        return id;
    }

    public UUID clarificationId() {
        return clarificationId;
    }

    public List<String> changedFields() {
        return changedFields;
    }

    public String before() {
        return before;
    }

    public String after() {
        return after;
    }

    public String reason() {
        return reason;
    }

    public Instant correctedAt() {
        return correctedAt;
    }

    public String correctedBy() {
        return correctedBy;
    }
}
