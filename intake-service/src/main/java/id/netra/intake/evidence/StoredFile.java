package id.netra.intake.evidence;

/** A file as the storage holds it: its key, the SHA-256 computed while it was written, and its size. */
public record StoredFile(String key, String sha256, long sizeBytes) {
}
