package id.netra.intake.evidence;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A file attached to a report, with the SHA-256 it had when it was stored. */
@Entity
@Table(name = "evidence")
public class Evidence {

    @Id
    public UUID id;
    @Column(name = "report_id")
    public UUID reportId;
    @Column(name = "case_id")
    public UUID caseId;
    @Column(name = "file_name")
    public String fileName;
    @Column(name = "content_type")
    public String contentType;
    @Column(name = "size_bytes")
    public long sizeBytes;
    public String sha256;
    @Column(name = "storage_key")
    public String storageKey;
    @Column(name = "uploaded_by")
    public String uploadedBy;
    @Column(name = "uploaded_at")
    public Instant uploadedAt;
}
