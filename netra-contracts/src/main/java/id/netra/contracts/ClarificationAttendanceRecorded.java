package id.netra.contracts;

import java.time.Instant;
import java.util.UUID;

/** Whether the accused came to the hearing in force; the officer's note stays in clarification-service. */
public record ClarificationAttendanceRecorded(
        UUID caseId,
        String caseNumber,
        String regionCode,
        UUID clarificationId,
        Instant scheduledAt,
        Attendance attendance,
        Instant recordedAt) implements CaseEvent {
}
