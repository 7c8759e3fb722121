package id.netra.intake.evidence;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Predicate;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.resteasy.reactive.multipart.FileUpload;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.core.Vertx;

import id.netra.kit.problem.FieldError;
import id.netra.kit.problem.Refusal;

/**
 * One uploaded file, taken the same way by every endpoint that stores files: exactly one file part, within the size
 * limit, not empty, of a type its own content shows. The file is written (and hashed) before the transaction that
 * records it, and deleted again if that transaction fails, so there is never a row without its file; a crash between
 * the two leaves a file without a row, which the orphan sweep removes ({@link EvidenceService#sweepOrphans()}).
 */
@ApplicationScoped
public class Uploads {

    static final String FILE_PART = "file";
    private static final int MAX_FILE_NAME = 200;

    private final EvidenceStorage storage;
    private final EvidenceConfig config;
    private final Vertx vertx;

    public Uploads(EvidenceStorage storage, EvidenceConfig config, Vertx vertx) {
        this.storage = storage;
        this.config = config;
        this.vertx = vertx;
    }

    /** What was stored: the type read from the content, the file with its hash, and the sender's cleaned name. */
    public record Stored(EvidenceType type, StoredFile file, String fileName) {
    }

    /** The form's one file; 400 without one, with several or empty, 413 over the limit. Checks before any lookup. */
    public FileUpload single(List<FileUpload> uploads) {
        List<FileUpload> all = uploads == null ? List.of() : uploads;
        if (all.stream().noneMatch(part -> FILE_PART.equals(part.name()))) {
            throw Refusal.invalid(List.of(FieldError.of("file", "FILE_REQUIRED")));
        }
        if (all.size() > 1) {
            throw Refusal.invalid(
                    List.of(FieldError.of("file", "ONE_FILE_PER_REQUEST")));
        }
        FileUpload upload = all.get(0);
        if (upload.size() > config.maxSize().asLongValue()) {
            throw Refusal.tooLarge("EVIDENCE_TOO_LARGE", config.maxSize().asLongValue() / (1024 * 1024));
        }
        if (upload.size() == 0) {
            throw Refusal.invalid(List.of(FieldError.of("file", "FILE_EMPTY")));
        }
        return upload;
    }

    /**
     * Reads the type from the content (415 if it is not accepted) and stores the file off the event loop, then runs
     * {@code record} with it; if that fails the file is deleted again.
     */
    public <T> Uni<T> store(UUID id, FileUpload upload, Function<Stored, Uni<T>> record) {
        return store(id, upload, record, recorded -> true);
    }

    /**
     * As {@link #store(UUID, FileUpload, Function)}; the file is also deleted when what {@code record} answers does
     * not keep it (a retry answered with the copy filed before).
     */
    public <T> Uni<T> store(UUID id, FileUpload upload, Function<Stored, Uni<T>> record, Predicate<T> keepsFile) {
        return blocking(() -> detectAndStore(id, upload))
                .chain(stored -> record.apply(stored)
                        // the row was not committed: its file must not stay behind
                        .onFailure().call(() -> delete(stored))
                        // best effort: a file no row names is removed by the orphan sweep all the same
                        .call(recorded -> keepsFile.test(recorded) ? Uni.createFrom().voidItem()
                                : delete(stored).onFailure().recoverWithNull()));
    }

    private Uni<Void> delete(Stored stored) {
        return blocking(() -> {
            storage.delete(stored.file().key());
            return null;
        });
    }

    private Stored detectAndStore(UUID id, FileUpload upload) throws IOException {
        EvidenceType type = ContentSniffer.detect(upload.uploadedFile())
                .orElseThrow(() -> Refusal.unsupportedType("EVIDENCE_TYPE_UNSUPPORTED"));
        try (InputStream content = Files.newInputStream(upload.uploadedFile())) {
            return new Stored(type, storage.store(id, content), fileName(upload.fileName()));
        }
    }

    /** Runs blocking file work on a worker thread. */
    <T> Uni<T> blocking(IoSupplier<T> work) {
        return vertx.executeBlocking(Uni.createFrom().item(() -> {
            try {
                return work.get();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }));
    }

    /** The sender's name without folders, control or direction-changing characters; never used as a path. */
    static String fileName(String declared) {
        String name = declared == null ? "" : declared;
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        name = name.replaceAll("[\\p{Cc}\\p{Cf}]", "").strip();
        if (name.codePointCount(0, name.length()) > MAX_FILE_NAME) {
            name = name.substring(0, name.offsetByCodePoints(0, MAX_FILE_NAME));
        }
        return name.isEmpty() || name.equals(".") || name.equals("..") ? "evidence" : name;
    }

    @FunctionalInterface
    interface IoSupplier<T> {
        T get() throws IOException;
    }
}
