package id.netra.intake.evidence;

import io.smallrye.mutiny.Uni;

/**
 * Rows that keep files in the evidence storage (a report's evidence, a candidacy watch's documents): the orphan sweep
 * deletes only a file that none of them references. Called inside a session.
 */
public interface StorageReferences {

    Uni<Boolean> references(String storageKey);
}
