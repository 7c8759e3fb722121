package id.netra.kit.calendar;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Objects;

/** A due day in the region's zone, the instant it ends, and whether missing holiday data made it provisional. */
public record Deadline(Instant dueAt, LocalDate dueDate, ZoneId zone, boolean provisional, String provisionalReason) {

    // provisionalReason names the years without holiday data; null exactly when not provisional
    public Deadline {
        Objects.requireNonNull(dueAt, "dueAt");
        Objects.requireNonNull(dueDate, "dueDate");
        Objects.requireNonNull(zone, "zone");
        if (provisional != (provisionalReason != null)) {
            throw new IllegalArgumentException("a provisional deadline needs a reason, and only it");
        }
    }

    /** Overdue from the first instant after the due day, i.e. at {@link #dueAt()} itself. */
    public boolean isOverdue(Instant now) {
        return !now.isBefore(dueAt);
    }
}
