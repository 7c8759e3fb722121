package id.netra.intake.evidence;

import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Where evidence files live. Implementations compute the SHA-256 while they write, so the hash describes exactly the
 * bytes stored; the local folder is the default, object storage can be added behind the same methods. All methods
 * block: call them off the event loop.
 */
public interface EvidenceStorage {

    /** Stores the content under a key derived from its hash and the evidence id (two uploads never share a file). */
    StoredFile store(UUID evidenceId, InputStream content) throws IOException;

    /** The stored bytes; {@link java.nio.file.NoSuchFileException} if the file is gone. */
    byte[] read(String key) throws IOException;

    /** Removes the file if it exists. */
    void delete(String key) throws IOException;

    /** Keys of the files last written before {@code before}, for the orphan sweep. */
    List<String> keysWrittenBefore(Instant before) throws IOException;
}
