package id.netra.intake.timeline;

import java.time.Instant;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.smallrye.mutiny.Uni;

import id.netra.kit.id.Ids;

/** Adds steps to a case's timeline, inside the caller's transaction. */
@ApplicationScoped
public class TimelineRecorder {

    private final TimelineRepository repository;

    public TimelineRecorder(TimelineRepository repository) {
        this.repository = repository;
    }

    public Uni<Void> record(UUID caseId, String kind, Instant at, String source, String detail) {
        return record(caseId, kind, at, source, detail, null);
    }

    public Uni<Void> record(UUID caseId, String kind, Instant at, String source, String detail, String eventId) {
        TimelineEntry entry = new TimelineEntry();
        entry.id = Ids.uuidV7();
        entry.caseId = caseId;
        entry.kind = kind;
        entry.occurredAt = at;
        entry.source = source;
        entry.detail = detail;
        entry.eventId = eventId;
        return repository.persist(entry).replaceWithVoid();
    }
}
