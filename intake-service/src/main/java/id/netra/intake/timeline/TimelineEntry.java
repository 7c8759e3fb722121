package id.netra.intake.timeline;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One step of a case, from intake itself or from another service's event. */
@Entity
@Table(name = "timeline_entry")
public class TimelineEntry {

    @Id
    public UUID id;
    @Column(name = "case_id")
    public UUID caseId;
    /** What happened, e.g. REPORT_RECEIVED, CLARIFICATION_CONCLUDED; texts are looked up by this key. */
    public String kind;
    @Column(name = "occurred_at")
    public Instant occurredAt;
    /** The service that did it. */
    public String source;
    @Column(name = "event_id")
    public String eventId;
    /** A short non-personal fact for the step, e.g. the outcome or the sanction level. */
    public String detail;
}
