package id.netra.kit.calendar;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/** Deadline arithmetic in working days (Mon-Fri minus LIBUR_NASIONAL and CUTI_BERSAMA days) or calendar days. */
public final class WorkingDays {

    private final HolidayCalendar calendar;

    public WorkingDays(HolidayCalendar calendar) {
        this.calendar = Objects.requireNonNull(calendar, "calendar");
    }

    public static WorkingDays standard() {
        return new WorkingDays(HolidayCalendar.standard());
    }

    public HolidayCalendar calendar() {
        return calendar;
    }

    public boolean isWorkingDay(LocalDate date) {
        DayOfWeek day = date.getDayOfWeek();
        return day != DayOfWeek.SATURDAY && day != DayOfWeek.SUNDAY && !calendar.isHoliday(date);
    }

    /** The {@code n}-th working day after {@code start}; {@code start} itself for n = 0. */
    public LocalDate addWorkingDays(LocalDate start, int n) {
        requireNotNegative(n);
        LocalDate date = start;
        int counted = 0;
        while (counted < n) {
            date = date.plusDays(1);
            if (isWorkingDay(date)) {
                counted++;
            }
        }
        return date;
    }

    public LocalDate addCalendarDays(LocalDate start, int n) {
        requireNotNegative(n);
        return start.plusDays(n);
    }

    /**
     * Working days in ({@code startExclusive}, {@code endInclusive}], the inverse of
     * {@link #addWorkingDays}; negative when {@code endInclusive} is before {@code startExclusive}, which
     * reads as "that many working days overdue".
     */
    public int workingDaysBetween(LocalDate startExclusive, LocalDate endInclusive) {
        if (endInclusive.isBefore(startExclusive)) {
            return -workingDaysBetween(endInclusive, startExclusive);
        }
        int count = 0;
        for (LocalDate date = startExclusive.plusDays(1); !date.isAfter(endInclusive); date = date.plusDays(1)) {
            if (isWorkingDay(date)) {
                count++;
            }
        }
        return count;
    }

    /**
     * The deadline {@code days} units after {@code event} in {@code zone} (the region's, see
     * {@code RegionCatalog.zoneOf}). Day 1 is the first working (or calendar) day after the event's local
     * date, whatever the event's hour; the deadline ends when its due day ends in the zone. A year without
     * holiday data skips weekends only and makes a working-day deadline provisional.
     */
    public Deadline deadline(Instant event, int days, DayUnit unit, ZoneId zone) {
        Objects.requireNonNull(event, "event");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(zone, "zone");
        LocalDate eventDate = LocalDate.ofInstant(event, zone);
        LocalDate dueDate = unit == DayUnit.WORKING_DAYS ? addWorkingDays(eventDate, days)
                : addCalendarDays(eventDate, days);
        Instant dueAt = dueDate.plusDays(1).atStartOfDay(zone).toInstant();
        String reason = unit == DayUnit.WORKING_DAYS ? provisionalReason(eventDate, dueDate) : null;
        return new Deadline(dueAt, dueDate, zone, reason != null, reason);
    }

    // only the days after the event date are looked at, so only their years need holiday data
    private String provisionalReason(LocalDate eventDate, LocalDate dueDate) {
        if (!dueDate.isAfter(eventDate)) {
            return null;
        }
        List<Integer> missing = IntStream.rangeClosed(eventDate.plusDays(1).getYear(), dueDate.getYear())
                .filter(year -> !calendar.covers(year)).boxed().toList();
        if (missing.isEmpty()) {
            return null;
        }
        return "No holiday calendar for " + missing.stream().map(String::valueOf).collect(Collectors.joining(", "))
                + ": only weekends were skipped.";
    }

    private static void requireNotNegative(int n) {
        if (n < 0) {
            throw new IllegalArgumentException("days must not be negative: " + n);
        }
    }
}
