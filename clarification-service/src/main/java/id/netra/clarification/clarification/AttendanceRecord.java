package id.netra.clarification.clarification;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import id.netra.contracts.Attendance;

/** Whether the accused came to one summons; recorded once per summons. */
@Entity
@Table(name = "clarification_attendance")
public class AttendanceRecord {

    @Id
    private UUID id;

    @Column(name = "clarification_id", nullable = false, updatable = false)
    private UUID clarificationId;

    @Column(name = "schedule_id", nullable = false, updatable = false)
    private UUID scheduleId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private Attendance attendance;

    @Column(updatable = false)
    private String note;

    @Column(name = "recorded_at", nullable = false, updatable = false)
    private Instant recordedAt;

    @Column(name = "recorded_by", nullable = false, updatable = false)
    private String recordedBy;

    protected AttendanceRecord() {
        // for Hibernate
    }

    static AttendanceRecord of(UUID id, UUID clarificationId, UUID scheduleId, Attendance attendance, String note,
            Instant recordedAt, String recordedBy) {
        AttendanceRecord e = new AttendanceRecord();
        e.id = id;
        e.clarificationId = clarificationId;
        e.scheduleId = scheduleId;
        e.attendance = attendance;
        e.note = note;
        e.recordedAt = recordedAt;
        e.recordedBy = recordedBy;
        return e;
    }

    public UUID id() {
        return id;
    }

    public UUID clarificationId() {
        return clarificationId;
    }

    public UUID scheduleId() {
        return scheduleId;
    }

    public Attendance attendance() {
        return attendance;
    }

    public String note() {
        return note;
    }

    public Instant recordedAt() {
        return recordedAt;
    }

    public String recordedBy() {
        return recordedBy;
    }
}
