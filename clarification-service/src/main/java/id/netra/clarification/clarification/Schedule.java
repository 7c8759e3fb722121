package id.netra.clarification.clarification;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One summons to a clarification hearing; never changed, a new one replaces it. */
@Entity
@Table(name = "clarification_schedule")
public class Schedule {

    @Id
    private UUID id;

    @Column(name = "clarification_id", nullable = false, updatable = false)
    private UUID clarificationId;

    @Column(name = "scheduled_at", nullable = false, updatable = false)
    private Instant scheduledAt;

    @Column(nullable = false, updatable = false)
    private String place;

    @Column(name = "letter_number", nullable = false, updatable = false)
    private String letterNumber;

    @Column(updatable = false)
    private String reason;

    @Column(name = "recorded_at", nullable = false, updatable = false)
    private Instant recordedAt;

    @Column(name = "recorded_by", nullable = false, updatable = false)
    private String recordedBy;

    protected Schedule() {
        // for Hibernate
    }

    static Schedule of(UUID id, UUID clarificationId, Instant scheduledAt, String place, String letterNumber,
            String reason, String recordedBy, Instant recordedAt) {
        Schedule schedule = new Schedule();
        schedule.id = id;
        schedule.clarificationId = clarificationId;
        schedule.scheduledAt = scheduledAt;
        schedule.place = place;
        schedule.letterNumber = letterNumber;
        schedule.reason = reason;
        schedule.recordedBy = recordedBy;
        schedule.recordedAt = recordedAt;
        return schedule;
    }

    public UUID id() {
        return id;
    }

    public UUID clarificationId() {
        return clarificationId;
    }

    public Instant scheduledAt() {
        return scheduledAt;
    }

    public String place() {
        return place;
    }

    public String letterNumber() {
        return letterNumber;
    }

    public String reason() {
        return reason;
    }

    public Instant recordedAt() {
        return recordedAt;
    }

    public String recordedBy() {
        return recordedBy;
    }
}
