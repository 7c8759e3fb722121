package id.netra.intake.candidacy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.UUID;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.multipart.FileUpload;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;

import id.netra.intake.cases.CaseFile;
import id.netra.intake.evidence.Uploads;
import id.netra.intake.timeline.TimelineRecorder;
import id.netra.kit.id.Ids;
import id.netra.kit.problem.FieldError;
import id.netra.kit.problem.FieldErrors;
import id.netra.kit.problem.QueryParameters;
import id.netra.kit.problem.Refusal;
import id.netra.kit.security.Caller;

/**
 * The documents of a watch, stored like evidence (type read from the content, SHA-256 computed while storing). A
 * document meets the obligations it can meet, raising each one's {@code candidacy.obligation_met} once; party
 * membership flags the watch for D5; an exit request is shown held while a case about the NIP is open, and is noted
 * on those cases' timelines, which it never closes.
 */
@ApplicationScoped
public class CandidacyDocuments {

    private static final Logger LOG = Logger.getLogger(CandidacyDocuments.class);
    private static final Pattern DOCUMENT_NUMBER = Pattern.compile("[^\\p{Cc}]{1,100}");
    private static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);

    private final CandidacyRepository candidacies;
    private final CandidacyDocumentRepository documents;
    private final Obligations obligations;
    private final Notices notices;
    private final Holds holds;
    private final Uploads uploads;
    private final TimelineRecorder timeline;
    private final Caller caller;
    private final Clock clock;

    public CandidacyDocuments(CandidacyRepository candidacies, CandidacyDocumentRepository documents,
            Obligations obligations, Notices notices, Holds holds, Uploads uploads, TimelineRecorder timeline,
            Caller caller, Clock clock) {
        this.candidacies = candidacies;
        this.documents = documents;
        this.obligations = obligations;
        this.notices = notices;
        this.holds = holds;
        this.uploads = uploads;
        this.timeline = timeline;
        this.caller = caller;
        this.clock = clock;
    }

    /** What the form says about the file. */
    public record Form(String type, String documentDate, String documentNumber, String exitKind) {
    }

    private record Described(DocumentType type, LocalDate date, String number, ExitKind exitKind) {
    }

    /** A document as filed; {@code repeated} when the same file of the same type had been filed before. */
    public record Filed(DocumentView document, boolean repeated) {
    }

    /**
     * Checks the form and the file, then stores and records the document; 404 for a watch the caller cannot see. The
     * same file (by SHA-256) of the same type filed again is a retry: the document filed first is answered and nothing
     * is stored or raised; with another date, number or exit kind it is a conflict.
     */
    public Uni<Filed> attach(UUID candidacyId, Form form, List<FileUpload> files, Locale locale) {
        Described described = describe(form);
        FileUpload upload = uploads.single(files);
        UUID documentId = Ids.uuidV7();
        String uploader = caller.name();
        return Panache.withSession(() -> candidacies.findById(candidacyId)).chain(found -> {
            caller.visible(found, c -> c.regionCode, "CANDIDACY_NOT_FOUND", candidacyId);
            LocalDate today = obligations.today(found);
            if (described.date().isAfter(today)) {
                throw Refusal.invalid(List.of(FieldError.of("documentDate", "DATE_IN_FUTURE", today)));
            }
            return uploads.store(documentId, upload,
                    stored -> record(candidacyId, documentId, described, stored, uploader, locale),
                    filed -> !filed.repeated());
        });
    }

    private Described describe(Form form) {
        QueryParameters fields = new QueryParameters();
        DocumentType type = fields.enumValue("type", form.type(), DocumentType.class);
        if (form.type() == null) {
            fields.reject("type", "DOCUMENT_TYPE_REQUIRED");
        }
        LocalDate date = fields.date("documentDate", form.documentDate());
        if (form.documentDate() == null) {
            fields.reject("documentDate", "DOCUMENT_DATE_REQUIRED");
        } else if (date != null && date.isBefore(EARLIEST)) {
            fields.reject("documentDate", "DATE_TOO_EARLY");
        }
        String number = fields.matching("documentNumber", form.documentNumber(), DOCUMENT_NUMBER,
                "DOCUMENT_NUMBER_FORMAT");
        ExitKind exitKind = fields.enumValue("exitKind", form.exitKind(), ExitKind.class);
        if (type == DocumentType.EXIT_REQUEST && form.exitKind() == null) {
            fields.reject("exitKind", "EXIT_KIND_REQUIRED");
        } else if (type != null && type != DocumentType.EXIT_REQUEST && form.exitKind() != null) {
            fields.reject("exitKind", "EXIT_KIND_NOT_ALLOWED");
        }
        FieldErrors.requireNone(fields.errors());
        return new Described(type, date, number, exitKind);
    }

    private Uni<Filed> record(UUID candidacyId, UUID documentId, Described described, Uploads.Stored stored,
            String uploader, Locale locale) {
        Instant now = clock.instant();
        CandidacyDocument document = new CandidacyDocument();
        document.id = documentId;
        document.candidacyId = candidacyId;
        document.type = described.type();
        document.exitKind = described.exitKind();
        document.documentDate = described.date();
        document.documentNumber = described.number();
        document.fileName = stored.fileName();
        document.contentType = stored.type().mediaType();
        document.sizeBytes = stored.file().sizeBytes();
        document.sha256 = stored.file().sha256();
        document.storageKey = stored.file().key();
        document.uploadedBy = uploader;
        document.uploadedAt = now;
        // the watch's row is locked: two documents filed together each see the other, so the one that meets the
        // last obligation settles the watch, and a retry sent alongside its original finds it
        return Panache.withTransaction(() -> candidacies.findById(candidacyId, LockModeType.PESSIMISTIC_WRITE)
                .chain(candidacy -> documents.forCandidacy(candidacyId).chain(before -> {
                    CandidacyDocument earlier = before.stream()
                            .filter(d -> d.type == document.type && d.sha256.equals(document.sha256)).findFirst()
                            .orElse(null);
                    if (earlier != null) {
                        return repeated(candidacy, earlier, described, locale);
                    }
                    List<CandidacyDocument> filed = new ArrayList<>(before);
                    filed.add(document);
                    return documents.persist(document)
                            .chain(() -> consequences(candidacy, document, filed, now))
                            .chain(() -> holds.holding(candidacy))
                            .call(holding -> heldOn(holding, document, now))
                            .map(holding -> new Filed(DocumentView.of(document, holds.hold(document, holding, locale)),
                                    false))
                            .invoke(() -> LOG.infof(
                                    "Document %s (%s, %d bytes, sha256 %s) filed on candidacy %s by %s", document.id,
                                    document.type, document.sizeBytes, document.sha256, candidacyId, uploader));
                })));
    }

    /** The same file of the same type again: the first filing's answer if the form says the same, else 409. */
    private Uni<Filed> repeated(Candidacy candidacy, CandidacyDocument earlier, Described described, Locale locale) {
        if (!earlier.documentDate.equals(described.date())
                || !Objects.equals(earlier.documentNumber, described.number())
                || earlier.exitKind != described.exitKind()) {
            throw Refusal.conflict("DOCUMENT_ALREADY_FILED", earlier.id);
        }
        return holds.holding(candidacy)
                .map(holding -> new Filed(DocumentView.of(earlier, holds.hold(earlier, holding, locale)), true));
    }

    /** What the document changes on the watch: obligations met (each raised once), the D5 flag, its settling. */
    private Uni<Void> consequences(Candidacy candidacy, CandidacyDocument document, List<CandidacyDocument> filed,
            Instant now) {
        List<Obligation> standing = obligations.of(candidacy, filed, obligations.today(candidacy));
        Uni<Void> chain = candidacy.caseId == null ? Uni.createFrom().voidItem()
                : timeline.record(candidacy.caseId, "CANDIDACY_DOCUMENT_FILED", now, "intake", document.type.name());
        for (Obligation obligation : standing) {
            if (obligation.met()) {
                chain = chain.chain(() -> notices.raise(candidacy, obligation, NoticeKind.MET, now).replaceWithVoid());
            }
        }
        if (document.type == DocumentType.PARTY_MEMBERSHIP && candidacy.flagD5(document.id.toString(), now)
                && candidacy.caseId != null) {
            chain = chain.chain(() -> timeline.record(candidacy.caseId, "CANDIDACY_D5_FLAGGED", now, "intake", null));
        }
        candidacy.settle(standing.stream().allMatch(Obligation::met), now);
        return chain;
    }

    /** Each case holding it notes that an exit request now waits for it. */
    private Uni<Void> heldOn(List<CaseFile> holding, CandidacyDocument document, Instant now) {
        if (document.type != DocumentType.EXIT_REQUEST) {
            return Uni.createFrom().voidItem();
        }
        Uni<Void> chain = Uni.createFrom().voidItem();
        for (CaseFile caseFile : holding) {
            chain = chain.chain(() -> timeline.record(caseFile.id, "EXIT_REQUEST_HELD", now, "intake",
                    document.exitKind.name()));
        }
        return chain;
    }

}
