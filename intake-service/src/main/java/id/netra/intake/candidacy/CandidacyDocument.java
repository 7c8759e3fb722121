package id.netra.intake.candidacy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A document of a watch, kept in the evidence storage with the SHA-256 it had when it was stored. */
@Entity
@Table(name = "candidacy_document")
public class CandidacyDocument {

    @Id
    public UUID id;
    @Column(name = "candidacy_id")
    public UUID candidacyId;
    @Enumerated(EnumType.STRING)
    public DocumentType type;
    @Enumerated(EnumType.STRING)
    @Column(name = "exit_kind")
    public ExitKind exitKind;
    /** The date the letter or decree bears: an obligation is met on it. */
    @Column(name = "document_date")
    public LocalDate documentDate;
    @Column(name = "document_number")
    public String documentNumber;
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
