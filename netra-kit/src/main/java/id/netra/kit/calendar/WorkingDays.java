package id.netra.kit.calendar;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
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
        return isWorkingDay(date, null);
    }

    /** A working day in {@code region}: national and the region's own days off are skipped (null: national only). */
    public boolean isWorkingDay(LocalDate date, String region) {
        DayOfWeek day = date.getDayOfWeek();
        return day != DayOfWeek.SATURDAY && day != DayOfWeek.SUNDAY && !calendar.isHoliday(date, region);
    }

    /** The {@code n}-th working day after {@code start}; {@code start} itself for n = 0. */
    public LocalDate addWorkingDays(LocalDate start, int n) {
        return addWorkingDays(start, n, null);
    }

    /** The {@code n}-th working day in {@code region} after {@code start}. */
    public LocalDate addWorkingDays(LocalDate start, int n, String region) {
        requireNotNegative(n);
        LocalDate date = start;
        int counted = 0;
        while (counted < n) {
            date = date.plusDays(1);
            if (isWorkingDay(date, region)) {
                counted++;
            }
        }
        return date;
    }

    /** The days in ({@code startExclusive}, {@code endInclusive}] that were not counted, with why. */
    public List<SkippedDay> skipped(LocalDate startExclusive, LocalDate endInclusive, String region) {
        List<SkippedDay> skipped = new ArrayList<>();
        for (LocalDate date = startExclusive.plusDays(1); !date.isAfter(endInclusive); date = date.plusDays(1)) {
            if (!isWorkingDay(date, region)) {
                skipped.add(new SkippedDay(date, calendar.holidaysOn(date, region)));
            }
        }
        return skipped;
    }

    /** A day a working-day count skipped: a weekend day when {@code holidays} is empty. */
    public record SkippedDay(LocalDate date, List<Holiday> holidays) {
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
        return workingDaysBetween(startExclusive, endInclusive, null);
    }

    /** As {@link #workingDaysBetween(LocalDate, LocalDate)}, in {@code region}. */
    public int workingDaysBetween(LocalDate startExclusive, LocalDate endInclusive, String region) {
        if (endInclusive.isBefore(startExclusive)) {
            return -workingDaysBetween(endInclusive, startExclusive, region);
        }
        int count = 0;
        for (LocalDate date = startExclusive.plusDays(1); !date.isAfter(endInclusive); date = date.plusDays(1)) {
            if (isWorkingDay(date, region)) {
                count++;
            }
        }
        return count;
    }

    /**
     * The deadline {@code days} units after {@code event} in {@code zone} (the region's, see
     * {@code RegionCatalog.zoneOf}). Day 1 is the first working (or calendar) day after the event's local
     * date, whatever the event's hour; the deadline ends when its due day ends in the zone. A year without
     * its holiday list skips weekends and the fixed-date holidays only and makes a working-day deadline
     * provisional: the moving holidays of that year are not known yet.
     */
    public Deadline deadline(Instant event, int days, DayUnit unit, ZoneId zone) {
        return deadline(event, days, unit, zone, null);
    }

    /** As {@link #deadline(Instant, int, DayUnit, ZoneId)}, also skipping the days off of {@code region}. */
    public Deadline deadline(Instant event, int days, DayUnit unit, ZoneId zone, String region) {
        Objects.requireNonNull(event, "event");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(zone, "zone");
        LocalDate eventDate = LocalDate.ofInstant(event, zone);
        LocalDate dueDate = unit == DayUnit.WORKING_DAYS ? addWorkingDays(eventDate, days, region)
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
        return "No holiday list for " + missing.stream().map(String::valueOf).collect(Collectors.joining(", "))
                + ": only weekends and fixed-date holidays were skipped.";
    }

    private static void requireNotNegative(int n) {
        if (n < 0) {
            throw new IllegalArgumentException("days must not be negative: " + n);
        }
    }
}
