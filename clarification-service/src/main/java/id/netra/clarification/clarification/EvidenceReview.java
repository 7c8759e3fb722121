package id.netra.clarification.clarification;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** An officer's review of one evidence file: the hash seen, whether it matched, a note. */
@Entity
@Table(name = "clarification_evidence_review")
public class EvidenceReview {

    @Id
    private UUID id;

    @Column(name = "clarification_id", nullable = false, updatable = false)
    private UUID clarificationId;

    @Column(name = "evidence_id", nullable = false, updatable = false)
    private UUID evidenceId;

    @Column(name = "sha256_seen", nullable = false, updatable = false)
    private String sha256Seen;

    @Column(name = "hash_matches", nullable = false, updatable = false)
    private boolean hashMatches;

    @Column(updatable = false)
    private String note;

    @Column(name = "reviewed_at", nullable = false, updatable = false)
    private Instant reviewedAt;

    @Column(name = "reviewed_by", nullable = false, updatable = false)
    private String reviewedBy;

    protected EvidenceReview() {
        // for Hibernate
    }

    static EvidenceReview of(UUID id, UUID clarificationId, UUID evidenceId, String sha256Seen, boolean hashMatches,
            String note, Instant reviewedAt, String reviewedBy) {
        EvidenceReview e = new EvidenceReview();
        e.id = id;
        e.clarificationId = clarificationId;
        e.evidenceId = evidenceId;
        e.sha256Seen = sha256Seen;
        e.hashMatches = hashMatches;
        e.note = note;
        e.reviewedAt = reviewedAt;
        e.reviewedBy = reviewedBy;
        return e;
    }

    public UUID id() {
        return id;
    }

    public UUID clarificationId() {
        return clarificationId;
    }

    public UUID evidenceId() {
        return evidenceId;
    }

    public String sha256Seen() {
        return sha256Seen;
    }

    public boolean hashMatches() {
        return hashMatches;
    }

    public String note() {
        return note;
    }

    public Instant reviewedAt() {
        return reviewedAt;
    }

    public String reviewedBy() {
        return reviewedBy;
    }
}
