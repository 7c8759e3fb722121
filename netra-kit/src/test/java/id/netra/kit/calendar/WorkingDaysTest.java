package id.netra.kit.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import id.netra.kit.region.RegionCatalog;

class WorkingDaysTest {

    private static final ZoneId JAKARTA = RegionCatalog.standard().zoneOf("31.71");
    private static final ZoneId BALIKPAPAN = RegionCatalog.standard().zoneOf("64.71");

    private final WorkingDays workingDays = WorkingDays.standard();

    @ParameterizedTest(name = "{0} working: {1}")
    @CsvSource({
            "2024-04-05, true", // Friday before the Idul Fitri block
            "2024-04-06, false", // Saturday
            "2024-04-07, false", // Sunday
            "2024-04-08, false", // cuti bersama
            "2024-04-10, false", // libur nasional
            "2024-04-15, false", // cuti bersama, Monday
            "2024-04-16, true", // first working day after the block
            "2024-02-14, false", // Pemilu voting day
            "2024-11-27, false", // Pilkada voting day
            "2025-01-01, false", // New Year, from the 2025 list
            "2027-01-01, false", // no 2027 list: a fixed-date holiday is still known
            "2027-01-05, true", // no 2027 list: moving holidays are unknown
            "2025-01-04, false", // Saturday, known without data
    })
    void shouldSkipWeekendsAndBothKindsOfDayOff(LocalDate date, boolean working) {
        assertThat(workingDays.isWorkingDay(date)).isEqualTo(working);
    }

    @ParameterizedTest(name = "{0} + {1} working days = {2}")
    @CsvSource({
            "2024-04-04, 1,  2024-04-05",
            "2024-04-04, 2,  2024-04-16",
            "2024-04-05, 1,  2024-04-16",
            "2024-04-05, 2,  2024-04-17",
            "2024-04-03, 7,  2024-04-22",
            "2024-04-10, 1,  2024-04-16",
            "2024-05-03, 1,  2024-05-06",
            "2024-05-04, 1,  2024-05-06",
            "2024-05-03, 5,  2024-05-14",
            "2024-12-23, 3,  2024-12-30",
            "2024-04-05, 0,  2024-04-05",
            "2024-04-19, 14, 2024-05-14",
    })
    void shouldCountWorkingDaysFromTheDayAfterTheStart(LocalDate start, int days, LocalDate expected) {
        assertThat(workingDays.addWorkingDays(start, days)).isEqualTo(expected);
        assertThat(workingDays.workingDaysBetween(start, expected)).isEqualTo(days);
        assertThat(workingDays.workingDaysBetween(expected, start)).isEqualTo(-days);
    }

    @ParameterizedTest(name = "{0} + {1} days = {2}")
    @CsvSource({ "2024-04-05, 2, 2024-04-07", "2024-04-09, 2, 2024-04-11", "2024-12-31, 1, 2025-01-01" })
    void shouldAddCalendarDaysIgnoringHolidays(LocalDate start, int days, LocalDate expected) {
        assertThat(workingDays.addCalendarDays(start, days)).isEqualTo(expected);
    }

    @Test
    void shouldRefuseNegativeDays() {
        LocalDate day = LocalDate.of(2024, 4, 5);

        assertThatThrownBy(() -> workingDays.addWorkingDays(day, -1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> workingDays.addCalendarDays(day, -1)).isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest(name = "{0} + {1} {2} in {3}: due {4}, ends {5}")
    @CsvSource({
            // Idul Fitri 2024: a report on the Friday before the block is due only after it
            "2024-04-05T02:00:00Z, 1,  WORKING_DAYS, Asia/Jakarta,  2024-04-16, 2024-04-16T17:00:00Z",
            "2024-04-05T02:00:00Z, 7,  WORKING_DAYS, Asia/Jakarta,  2024-04-24, 2024-04-24T17:00:00Z",
            // 16:30 UTC is still Thursday 23:30 in Jakarta but already Friday 00:30 in Balikpapan
            "2024-04-04T16:30:00Z, 1,  WORKING_DAYS, Asia/Jakarta,  2024-04-05, 2024-04-05T17:00:00Z",
            "2024-04-04T16:30:00Z, 1,  WORKING_DAYS, Asia/Makassar, 2024-04-16, 2024-04-16T16:00:00Z",
            // 23:30 UTC Thursday is Friday morning in WITA: day 1 is the Monday, not the Friday
            "2024-05-02T23:30:00Z, 1,  WORKING_DAYS, Asia/Makassar, 2024-05-06, 2024-05-06T16:00:00Z",
            "2024-05-02T23:30:00Z, 1,  WORKING_DAYS, UTC,           2024-05-03, 2024-05-04T00:00:00Z",
            // PPK follow-up over the Pilkada voting day
            "2024-11-20T03:00:00Z, 14, WORKING_DAYS, Asia/Makassar, 2024-12-11, 2024-12-11T16:00:00Z",
            // calendar days do not move for holidays or weekends
            "2024-04-05T02:00:00Z, 2,  DAYS,         Asia/Jakarta,  2024-04-07, 2024-04-07T17:00:00Z",
            "2024-04-04T16:30:00Z, 2,  DAYS,         Asia/Makassar, 2024-04-07, 2024-04-07T16:00:00Z",
            "2024-04-04T16:30:00Z, 2,  DAYS,         Asia/Jayapura, 2024-04-07, 2024-04-07T15:00:00Z",
    })
    void shouldComputeExactDeadlinesInTheRegionsZone(Instant event, int days, DayUnit unit, ZoneId zone,
            LocalDate dueDate, Instant dueAt) {
        Deadline deadline = workingDays.deadline(event, days, unit, zone);

        assertThat(deadline).isEqualTo(new Deadline(dueAt, dueDate, zone, false, null));
    }

    @Test
    void shouldUseWitaForAKalimantanTimurCase() {
        Deadline balikpapan = workingDays.deadline(Instant.parse("2024-04-04T16:30:00Z"), 1, DayUnit.WORKING_DAYS,
                BALIKPAPAN);
        Deadline jakarta = workingDays.deadline(Instant.parse("2024-04-04T16:30:00Z"), 1, DayUnit.WORKING_DAYS,
                JAKARTA);

        assertThat(BALIKPAPAN).isEqualTo(RegionCatalog.WITA);
        assertThat(balikpapan.dueDate()).isEqualTo(LocalDate.of(2024, 4, 16));
        assertThat(jakarta.dueDate()).isEqualTo(LocalDate.of(2024, 4, 5));
    }

    @ParameterizedTest(name = "{0} + {1} {2}: due {3}, provisional {4}")
    @CsvSource(nullValues = "NONE", value = {
            "2027-03-01T03:00:00Z, 7,  WORKING_DAYS, 2027-03-10, true,  'No holiday list for 2027: only weekends and fixed-date holidays were skipped.'",
            "2026-12-28T03:00:00Z, 14, WORKING_DAYS, 2027-01-18, true,  'No holiday list for 2027: only weekends and fixed-date holidays were skipped.'",
            "2027-12-30T03:00:00Z, 3,  WORKING_DAYS, 2028-01-04, true,  'No holiday list for 2027, 2028: only weekends and fixed-date holidays were skipped.'",
            "2025-03-03T03:00:00Z, 7,  WORKING_DAYS, 2025-03-12, false, NONE",
            "2024-12-27T03:00:00Z, 2,  WORKING_DAYS, 2024-12-31, false, NONE",
            "2024-12-31T03:00:00Z, 0,  WORKING_DAYS, 2024-12-31, false, NONE",
            "2025-03-03T03:00:00Z, 2,  DAYS,         2025-03-05, false, NONE",
    })
    void shouldMarkAWorkingDayDeadlineProvisionalWhenAYearHasNoHolidayData(Instant event, int days, DayUnit unit,
            LocalDate dueDate, boolean provisional, String reason) {
        Deadline deadline = workingDays.deadline(event, days, unit, JAKARTA);

        assertThat(deadline.dueDate()).isEqualTo(dueDate);
        assertThat(deadline.provisional()).isEqualTo(provisional);
        assertThat(deadline.provisionalReason()).isEqualTo(reason);
    }

    @Test
    void shouldBeOverdueFromTheEndOfTheDueDayOn() {
        Deadline deadline = workingDays.deadline(Instant.parse("2024-04-05T02:00:00Z"), 1, DayUnit.WORKING_DAYS,
                JAKARTA);

        assertThat(deadline.isOverdue(Instant.parse("2024-04-16T16:59:59Z"))).isFalse();
        assertThat(deadline.isOverdue(Instant.parse("2024-04-16T17:00:00Z"))).isTrue();
    }
}
