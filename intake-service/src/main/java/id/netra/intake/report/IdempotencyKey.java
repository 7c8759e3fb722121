package id.netra.intake.report;

import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

/** An Idempotency-Key a submitter used: the hash of the request it came with, and the report that request filed. */
@Entity
@Table(name = "idempotency_key")
@IdClass(IdempotencyKey.Id.class)
public class IdempotencyKey {

    @jakarta.persistence.Id
    @Column(name = "submitted_by")
    public String submittedBy;
    @jakarta.persistence.Id
    public String key;
    @Column(name = "request_hash")
    public String requestHash;
    @Column(name = "report_id")
    public UUID reportId;
    @Column(name = "created_at")
    public Instant createdAt;

    public static class Id implements Serializable {
        public String submittedBy;
        public String key;

        @Override
        public boolean equals(Object other) {
            return other instanceof Id id && Objects.equals(id.submittedBy, submittedBy) && Objects.equals(id.key, key);
        }

        @Override
        public int hashCode() {
            return Objects.hash(submittedBy, key);
        }
    }
}
