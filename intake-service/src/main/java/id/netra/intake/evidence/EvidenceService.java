package id.netra.intake.evidence;

import java.nio.file.NoSuchFileException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;

import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.multipart.FileUpload;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;

import id.netra.contracts.EvidenceAttached;
import id.netra.intake.cases.CaseFile;
import id.netra.intake.report.Report;
import id.netra.intake.report.ReportRepository;
import id.netra.intake.report.ReportRepository.ReportWithCase;
import id.netra.kit.id.Ids;
import id.netra.kit.outbox.Outbox;
import id.netra.kit.problem.Refusal;
import id.netra.kit.security.Caller;
import id.netra.kit.security.Roles;

/**
 * Evidence files of reports, taken in by {@link Uploads}. A crash between storing a file and committing its row can
 * leave a file without a row; {@link #sweepOrphans()} removes those once they are older than the configured age and
 * no kind of row ({@link StorageReferences}) references them.
 */
@ApplicationScoped
public class EvidenceService {

    private static final Logger LOG = Logger.getLogger(EvidenceService.class);

    private final EvidenceRepository evidence;
    private final ReportRepository reports;
    private final EvidenceStorage storage;
    private final EvidenceConfig config;
    private final Outbox outbox;
    private final Caller caller;
    private final Clock clock;
    private final Uploads uploads;
    private final Instance<StorageReferences> owners;

    public EvidenceService(EvidenceRepository evidence, ReportRepository reports, EvidenceStorage storage,
            EvidenceConfig config, Outbox outbox, Caller caller, Clock clock, Uploads uploads,
            Instance<StorageReferences> owners) {
        this.evidence = evidence;
        this.reports = reports;
        this.storage = storage;
        this.config = config;
        this.outbox = outbox;
        this.caller = caller;
        this.clock = clock;
        this.uploads = uploads;
        this.owners = owners;
    }

    /** Checks, stores and records one uploaded file; the caller must be the report's submitter or its region's Bawaslu. */
    public Uni<EvidenceView> attach(UUID reportId, List<FileUpload> files) {
        FileUpload upload = uploads.single(files);
        UUID evidenceId = Ids.uuidV7();
        String uploader = caller.name();
        return Panache.withSession(() -> reports.findWithCase(reportId)).chain(found -> {
            requireUploader(found.report(), found.caseFile());
            return uploads.store(evidenceId, upload, stored -> record(evidenceId, found, stored, uploader));
        });
    }

    @WithSession
    public Uni<List<EvidenceView>> list(UUID reportId) {
        return reports.findWithCase(reportId).chain(found -> {
            requireReader(found.caseFile(), reportId);
            return evidence.forReport(reportId).map(items -> items.stream().map(EvidenceView::of).toList());
        });
    }

    /** Re-hashes the stored file and compares it with the hash recorded at upload (no connection held meanwhile). */
    public Uni<EvidenceVerification> verify(UUID reportId, UUID evidenceId) {
        return Panache.withSession(() -> readable(reportId, evidenceId)).chain(item -> blocking(() -> {
            String actual = null;
            try {
                actual = sha256(storage.read(item.storageKey));
            } catch (NoSuchFileException e) {
                LOG.warnf("Evidence %s: stored file is missing", item.id);
            }
            boolean intact = item.sha256.equals(actual);
            if (actual != null && !intact) {
                LOG.warnf("Evidence %s: stored file no longer matches its recorded SHA-256", item.id);
            }
            return new EvidenceVerification(item.id, item.sha256, actual, actual != null, intact, clock.instant());
        }));
    }

    /** The file's bytes, only if they still have the recorded hash: what is served is exactly what was checked. */
    public Uni<EvidenceContent> content(UUID reportId, UUID evidenceId) {
        return Panache.withSession(() -> readable(reportId, evidenceId)).chain(item -> blocking(() -> {
            byte[] bytes;
            try {
                bytes = storage.read(item.storageKey);
            } catch (NoSuchFileException e) {
                bytes = null;
            }
            if (bytes == null || !item.sha256.equals(sha256(bytes))) {
                throw Refusal.conflict("EVIDENCE_TAMPERED", item.id);
            }
            return new EvidenceContent(bytes, item.contentType, item.fileName, item.sha256);
        }));
    }

    /** Deletes stored files that no row references and that are older than the orphan age. */
    public Uni<Integer> sweepOrphans() {
        Instant before = clock.instant().minus(config.orphanAge());
        return blocking(() -> storage.keysWrittenBefore(before))
                .onItem().transformToMulti(keys -> Multi.createFrom().iterable(keys))
                .onItem().transformToUniAndConcatenate(key -> Panache.withSession(() -> referenced(key))
                        .chain(referenced -> referenced ? Uni.createFrom().item(0) : blocking(() -> {
                            storage.delete(key);
                            LOG.infof("Deleted orphan evidence file %s", key);
                            return 1;
                        })))
                .collect().asList()
                .map(deleted -> deleted.stream().mapToInt(Integer::intValue).sum());
    }

    /** Whether any kind of row still references the stored file. */
    private Uni<Boolean> referenced(String key) {
        Uni<Boolean> found = Uni.createFrom().item(false);
        for (StorageReferences owner : owners) {
            found = found.chain(already -> already ? Uni.createFrom().item(true) : owner.references(key));
        }
        return found;
    }

    private Uni<EvidenceView> record(UUID evidenceId, ReportWithCase found, Uploads.Stored stored, String uploader) {
        Instant now = clock.instant();
        Evidence item = new Evidence();
        item.id = evidenceId;
        item.reportId = found.report().id;
        item.caseId = found.caseFile().id;
        item.fileName = stored.fileName();
        item.contentType = stored.type().mediaType();
        item.sizeBytes = stored.file().sizeBytes();
        item.sha256 = stored.file().sha256();
        item.storageKey = stored.file().key();
        item.uploadedBy = uploader;
        item.uploadedAt = now;
        // the sender's file name may name the reporter (a photo of their KTP): the event carries a neutral one
        EvidenceAttached attached = new EvidenceAttached(found.caseFile().id, found.caseFile().caseNumber,
                found.caseFile().regionCode, item.reportId, item.id, item.id + "." + stored.type().extension(),
                item.contentType, item.sizeBytes, item.sha256, now);
        return Panache.withTransaction(() -> evidence.persist(item).chain(() -> outbox.record(attached)))
                .invoke(() -> LOG.infof("Evidence %s (%s, %d bytes, sha256 %s) attached to report %s by %s", item.id,
                        item.contentType, item.sizeBytes, item.sha256, item.reportId, uploader))
                .map(ignored -> EvidenceView.of(item));
    }

    private Uni<Evidence> readable(UUID reportId, UUID evidenceId) {
        return reports.findWithCase(reportId).chain(found -> {
            requireReader(found.caseFile(), reportId);
            return evidence.findInReport(reportId, evidenceId);
        }).map(item -> {
            if (item == null) {
                throw Refusal.notFound("EVIDENCE_NOT_FOUND", evidenceId);
            }
            return item;
        });
    }

    /** Not the submitter and not its region's Bawaslu: answered like a missing report, so nothing is learned. */
    private void requireUploader(Report report, CaseFile caseFile) {
        boolean submitter = report.submittedBy.equals(caller.name());
        boolean regionalBawaslu = caller.hasRole(Roles.BAWASLU) && caller.canSee(caseFile.regionCode);
        if (!submitter && !regionalBawaslu) {
            throw Refusal.notFound("REPORT_NOT_FOUND", report.id);
        }
    }

    private void requireReader(CaseFile caseFile, UUID reportId) {
        caller.visible(caseFile, c -> c.regionCode, "REPORT_NOT_FOUND", reportId);
    }

    private <T> Uni<T> blocking(Uploads.IoSupplier<T> work) {
        return uploads.blocking(work);
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }

    /** A file to send, with what the answer's headers need. */
    public record EvidenceContent(byte[] bytes, String contentType, String fileName, String sha256) {
    }
}
