package id.netra.intake.candidacy;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;

import id.netra.intake.evidence.StorageReferences;

/** A watch's documents, those of a batch of watches, and the storage keys they keep. */
@ApplicationScoped
public class CandidacyDocumentRepository implements PanacheRepositoryBase<CandidacyDocument, UUID>, StorageReferences {

    public Uni<List<CandidacyDocument>> forCandidacy(UUID candidacyId) {
        return find("candidacyId", Sort.by("uploadedAt").and("id"), candidacyId).list();
    }

    /** The documents of several watches at once, by watch. */
    public Uni<Map<UUID, List<CandidacyDocument>>> forCandidacies(Collection<UUID> candidacyIds) {
        if (candidacyIds.isEmpty()) {
            return Uni.createFrom().item(Map.of());
        }
        return find("candidacyId in ?1", Sort.by("uploadedAt").and("id"), candidacyIds).list()
                .map(documents -> documents.stream().collect(Collectors.groupingBy(d -> d.candidacyId)));
    }

    @Override
    public Uni<Boolean> references(String storageKey) {
        return count("storageKey", storageKey).map(count -> count > 0);
    }
}
