package id.netra.intake.timeline;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;

/** A case's steps in order. */
@ApplicationScoped
public class TimelineRepository implements PanacheRepositoryBase<TimelineEntry, UUID> {

    public Uni<List<TimelineEntry>> forCase(UUID caseId) {
        return find("caseId", Sort.by("occurredAt").and("id"), caseId).list();
    }
}
