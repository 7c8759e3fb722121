package id.netra.intake.report;

import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

/**
 * An Idempotency-Key a submitter used: the hash of the request it came with, and the report or candidacy watch that
 * request created.
 */
@Entity
@Table(name = "idempotency_key")
@IdClass(IdempotencyKey.Key.class)
public class IdempotencyKey {

    @Id
    @Column(name = "submitted_by")
    public String submittedBy;
    @Id
    public String key;
    @Column(name = "request_hash")
    public String requestHash;
    @Column(name = "report_id")
    public UUID reportId;
    @Column(name = "candidacy_id")
    public UUID candidacyId;
    @Column(name = "created_at")
    public Instant createdAt;

    public static class Key implements Serializable {
        public String submittedBy;
        public String key;

        @Override
        public boolean equals(Object other) {
            return other instanceof Key that && Objects.equals(that.submittedBy, submittedBy) && Objects.equals(that.key, key);
        }

        @Override
        public int hashCode() {
            return Objects.hash(submittedBy, key);
        }
    }
}
