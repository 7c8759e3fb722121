package id.netra.intake.evidence;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;

/** Evidence of a report, and the storage keys still referenced. */
@ApplicationScoped
public class EvidenceRepository implements PanacheRepositoryBase<Evidence, UUID>, StorageReferences {

    public Uni<List<Evidence>> forReport(UUID reportId) {
        return find("reportId", Sort.by("uploadedAt").and("id"), reportId).list();
    }

    public Uni<Evidence> findInReport(UUID reportId, UUID evidenceId) {
        return find("id = ?1 and reportId = ?2", evidenceId, reportId).firstResult();
    }

    @Override
    public Uni<Boolean> references(String storageKey) {
        return count("storageKey", storageKey).map(count -> count > 0);
    }
}
