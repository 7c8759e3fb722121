package id.netra.sanction.rules;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import id.netra.kit.calendar.DayUnit;
import id.netra.kit.calendar.Holiday;
import id.netra.kit.calendar.HolidayKind;

/** The working-day calendar and the deadlines computed on it, as users may check them. */
public final class CalendarView {

    private CalendarView() {
    }

    /** One day off with the act that set it. */
    public record DayOff(LocalDate date, HolidayKind kind, String name,
            @Schema(description = "the act that set the day: the year's SKB, a Keppres, a regional decision, or the fixed-date rule") String source,
            @Schema(nullable = true, description = "the province or kabupaten/kota a regional day off holds in; null for a national one", example = "19.71") String regionCode) {

        static DayOff of(Holiday holiday) {
            return new DayOff(holiday.date(), holiday.kind(), holiday.name(), holiday.source(), holiday.regionCode());
        }
    }

    /** A year of the calendar. */
    @Schema(name = "HolidayYear")
    public record Year(
            int year,
            @Schema(description = "true when the year's SKB list is loaded; false means only the fixed-date holidays are known and deadlines into the year are provisional") boolean complete,
            List<DayOff> holidays,
            @Schema(description = "regional days off of the year (voting days of re-runs)") List<DayOff> regionalHolidays,
            @Schema(description = "from 1 October: a warning when next year's list is still missing") String warning) {
    }

    /** A deadline as the suite computes it. */
    @Schema(name = "DeadlineCalculation")
    public record Calculation(
            @Schema(example = "PPK_DECISION") String rule,
            LocalDate from,
            @Schema(example = "64.71") String region,
            @Schema(example = "Asia/Makassar") String zone,
            @Schema(description = "the days counted from `from` to the due day, in `unit` (for BLOCK the PPK's and the grace's together)") int days,
            DayUnit unit,
            LocalDate dueDate,
            @Schema(description = "the instant the due day ends in the region's zone") Instant dueAt,
            @Schema(description = "true when a year the count crosses has no holiday list: a guess, on which no event is raised") boolean provisional,
            String provisionalReason,
            @Schema(description = "LAW, INTERNAL_TARGET or NETRA_SETTING") String nature,
            @Schema(description = "where the number of days comes from") String basis,
            @Schema(description = "the days not counted (weekends and days off) for a working-day rule") List<Skipped> skipped) {
    }

    /** A day a working-day count skipped: a weekend day when {@code holidays} is empty. */
    public record Skipped(LocalDate date, List<DayOff> holidays) {
    }
}
