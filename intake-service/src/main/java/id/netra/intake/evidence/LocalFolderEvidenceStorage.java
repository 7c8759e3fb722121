package id.netra.intake.evidence;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * Evidence in a local folder: {@code <folder>/<sha[0..2]>/<sha256>-<evidenceId>}. A file is first written under
 * {@code incoming/} while it is hashed, then moved into place in one step, so a half-written file never has a key.
 */
@ApplicationScoped
public class LocalFolderEvidenceStorage implements EvidenceStorage {

    private static final String INCOMING = "incoming";

    private final Path root;

    public LocalFolderEvidenceStorage(EvidenceConfig config) {
        this.root = Path.of(config.folder()).toAbsolutePath().normalize();
        try {
            Files.createDirectories(root.resolve(INCOMING));
        } catch (IOException e) {
            throw new UncheckedIOException("Evidence folder " + root + " cannot be created", e);
        }
    }

    @Override
    public StoredFile store(UUID evidenceId, InputStream content) throws IOException {
        Path incoming = root.resolve(INCOMING).resolve(evidenceId + ".part");
        try {
            MessageDigest sha256 = sha256();
            long size;
            try (OutputStream out = new DigestOutputStream(Files.newOutputStream(incoming), sha256)) {
                size = content.transferTo(out);
            }
            String hash = HexFormat.of().formatHex(sha256.digest());
            String key = hash.substring(0, 2) + "/" + hash + "-" + evidenceId;
            Path target = resolve(key);
            Files.createDirectories(target.getParent());
            Files.move(incoming, target, StandardCopyOption.ATOMIC_MOVE);
            return new StoredFile(key, hash, size);
        } finally {
            Files.deleteIfExists(incoming);
        }
    }

    @Override
    public byte[] read(String key) throws IOException {
        return Files.readAllBytes(resolve(key));
    }

    @Override
    public void delete(String key) throws IOException {
        Files.deleteIfExists(resolve(key));
    }

    @Override
    public List<String> keysWrittenBefore(Instant before) throws IOException {
        List<String> keys = new ArrayList<>();
        Path incoming = root.resolve(INCOMING);
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) {
                return dir.equals(incoming) ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                if (attributes.isRegularFile() && attributes.lastModifiedTime().toInstant().isBefore(before)) {
                    keys.add(root.relativize(file).toString().replace('\\', '/'));
                }
                return FileVisitResult.CONTINUE;
            }
        });
        return keys;
    }

    /** Keys come from the database, yet a key that leaves the folder is refused all the same. */
    private Path resolve(String key) {
        Path path = root.resolve(key).normalize();
        if (!path.startsWith(root) || path.equals(root)) {
            throw new IllegalArgumentException("Evidence key outside the evidence folder");
        }
        return path;
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }
}
