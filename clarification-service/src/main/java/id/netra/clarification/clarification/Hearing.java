package id.netra.clarification.clarification;

import java.util.List;

/** What a clarification's single view shows besides its own row. */
record Hearing(List<Schedule> schedules, List<AttendanceRecord> attendance, List<Statement> statements,
        List<EvidenceItem> evidence, List<EvidenceReview> reviews, List<InternalNote> notes,
        List<Correction> corrections) {
}
