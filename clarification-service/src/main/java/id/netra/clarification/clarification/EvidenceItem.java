package id.netra.clarification.clarification;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** An evidence file that intake announced: a reference and its SHA-256, never the content. */
@Entity
@Table(name = "clarification_evidence")
public class EvidenceItem {

    @Id
    @Column(name = "evidence_id")
    private UUID evidenceId;

    @Column(name = "case_id", nullable = false, updatable = false)
    private UUID caseId;

    @Column(name = "case_number", nullable = false, updatable = false)
    private String caseNumber;

    @Column(name = "region_code", nullable = false, updatable = false)
    private String regionCode;

    @Column(name = "report_id", nullable = false, updatable = false)
    private UUID reportId;

    @Column(name = "file_name", updatable = false)
    private String fileName;

    @Column(name = "content_type", updatable = false)
    private String contentType;

    @Column(name = "size_bytes", nullable = false, updatable = false)
    private long sizeBytes;

    @Column(nullable = false, updatable = false)
    private String sha256;

    @Column(name = "attached_at", nullable = false, updatable = false)
    private Instant attachedAt;

    protected EvidenceItem() {
        // for Hibernate
    }

    static EvidenceItem of(UUID evidenceId, UUID caseId, String caseNumber, String regionCode, UUID reportId, String fileName,
            String contentType, long sizeBytes, String sha256, Instant attachedAt) {
        EvidenceItem e = new EvidenceItem();
        e.evidenceId = evidenceId;
        e.caseId = caseId;
        e.caseNumber = caseNumber;
        e.regionCode = regionCode;
        e.reportId = reportId;
        e.fileName = fileName;
        e.contentType = contentType;
        e.sizeBytes = sizeBytes;
        e.sha256 = sha256;
        e.attachedAt = attachedAt;
        return e;
    }

    public UUID evidenceId() {
        return evidenceId;
    }

    public UUID caseId() {
        return caseId;
    }

    public String caseNumber() {
        return caseNumber;
    }

    public String regionCode() {
        return regionCode;
    }

    public UUID reportId() {
        return reportId;
    }

    public String fileName() {
        return fileName;
    }

    public String contentType() {
        return contentType;
    }

    public long sizeBytes() {
        return sizeBytes;
    }

    public String sha256() {
        return sha256;
    }

    public Instant attachedAt() {
        return attachedAt;
    }
}
