package id.netra.kit.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import id.netra.kit.region.RegionCatalog;
import id.netra.kit.rules.HolidayListCheck;

/**
 * The working-day calendar of 2025 and 2026 against the joint ministerial decrees, and the deadlines the suite counts
 * across their long holidays and the year end.
 */
class Calendar2025And2026Test {

    private static final ZoneId WITA = RegionCatalog.WITA;
    private final HolidayCalendar calendar = HolidayCalendar.standard();
    private final WorkingDays workingDays = new WorkingDays(calendar);

    // every row of the two decrees' lists written out, so a day changed, dropped or mistyped in a data file fails here
    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({
            "2025-01-01, LIBUR_NASIONAL",
            "2025-01-27, LIBUR_NASIONAL",
            "2025-01-28, CUTI_BERSAMA",
            "2025-01-29, LIBUR_NASIONAL",
            "2025-03-28, CUTI_BERSAMA",
            "2025-03-29, LIBUR_NASIONAL",
            "2025-03-31, LIBUR_NASIONAL",
            "2025-04-01, LIBUR_NASIONAL",
            "2025-04-02, CUTI_BERSAMA",
            "2025-04-03, CUTI_BERSAMA",
            "2025-04-04, CUTI_BERSAMA",
            "2025-04-07, CUTI_BERSAMA",
            "2025-04-18, LIBUR_NASIONAL",
            "2025-04-20, LIBUR_NASIONAL",
            "2025-05-01, LIBUR_NASIONAL",
            "2025-05-12, LIBUR_NASIONAL",
            "2025-05-13, CUTI_BERSAMA",
            "2025-05-29, LIBUR_NASIONAL",
            "2025-05-30, CUTI_BERSAMA",
            "2025-06-01, LIBUR_NASIONAL",
            "2025-06-06, LIBUR_NASIONAL",
            "2025-06-09, CUTI_BERSAMA",
            "2025-06-27, LIBUR_NASIONAL",
            "2025-08-17, LIBUR_NASIONAL",
            "2025-08-18, CUTI_BERSAMA",
            "2025-09-05, LIBUR_NASIONAL",
            "2025-12-25, LIBUR_NASIONAL",
            "2025-12-26, CUTI_BERSAMA",
            "2026-01-01, LIBUR_NASIONAL",
            "2026-01-16, LIBUR_NASIONAL",
            "2026-02-16, CUTI_BERSAMA",
            "2026-02-17, LIBUR_NASIONAL",
            "2026-03-18, CUTI_BERSAMA",
            "2026-03-19, LIBUR_NASIONAL",
            "2026-03-20, CUTI_BERSAMA",
            "2026-03-21, LIBUR_NASIONAL",
            "2026-03-22, LIBUR_NASIONAL",
            "2026-03-23, CUTI_BERSAMA",
            "2026-03-24, CUTI_BERSAMA",
            "2026-04-03, LIBUR_NASIONAL",
            "2026-04-05, LIBUR_NASIONAL",
            "2026-05-01, LIBUR_NASIONAL",
            "2026-05-14, LIBUR_NASIONAL",
            "2026-05-15, CUTI_BERSAMA",
            "2026-05-27, LIBUR_NASIONAL",
            "2026-05-28, CUTI_BERSAMA",
            "2026-05-31, LIBUR_NASIONAL",
            "2026-06-01, LIBUR_NASIONAL",
            "2026-06-16, LIBUR_NASIONAL",
            "2026-08-17, LIBUR_NASIONAL",
            "2026-08-25, LIBUR_NASIONAL",
            "2026-12-24, CUTI_BERSAMA",
            "2026-12-25, LIBUR_NASIONAL",
    })
    void shouldKnowEveryDayOffOf2025And2026(LocalDate date, HolidayKind kind) {
        assertThat(calendar.holidaysOn(date)).extracting(Holiday::kind).contains(kind);
        assertThat(calendar.holidaysOn(date)).allSatisfy(holiday -> assertThat(holiday.source()).contains("SKB"));
        assertThat(workingDays.isWorkingDay(date)).isFalse();
    }

    @Test
    void shouldListEachYearWhole() {
        assertThat(calendar.holidays(2025)).hasSize(28);
        assertThat(calendar.holidays(2026)).hasSize(25);
        assertThat(calendar.holidays(2025)).allSatisfy(holiday -> assertThat(holiday.source()).isNotBlank());
        assertThat(calendar.holidays(2026)).allSatisfy(holiday -> assertThat(holiday.source()).isNotBlank());
    }

    @ParameterizedTest(name = "{0}: {1} + {2} working days = {3}")
    @CsvSource({
            // a PPK's 14 days from a recommendation of Thu 27 Mar 2025 run past Nyepi and Lebaran: 28 Apr, not 16 Apr
            "PPK_DECISION across Lebaran 2025,    2025-03-27, 14, 2025-04-28",
            "BLOCK grace after it,                2025-04-28, 5,  2025-05-06",
            "CLARIFICATION PEMILU before Lebaran, 2025-03-26, 7,  2025-04-15",
            "CLARIFICATION PILKADA over Nyepi,    2026-03-16, 5,  2026-03-30",
            "CLARIFICATION PEMILU over Lebaran,   2026-03-13, 7,  2026-03-31",
            "PPK_DECISION over Lebaran 2026,      2026-03-10, 14, 2026-04-07",
            "CLARIFICATION PILKADA at Christmas,  2025-12-22, 5,  2025-12-31",
    })
    void shouldCountDeadlinesAcrossTheLongHolidays(String rule, LocalDate from, int days, LocalDate due) {
        Deadline deadline = workingDays.deadline(from.atTime(10, 0).atZone(WITA).toInstant(), days,
                DayUnit.WORKING_DAYS, WITA);

        assertThat(deadline.dueDate()).as(rule).isEqualTo(due);
        assertThat(deadline.provisional()).as(rule).isFalse();
    }

    @Test
    void shouldMarkADeadlineIntoAYearWithoutItsListProvisionalUntilTheListArrives() {
        Instant opened = Instant.parse("2026-12-21T02:00:00Z");

        Deadline guessed = workingDays.deadline(opened, 7, DayUnit.WORKING_DAYS, WITA);
        assertThat(guessed.dueDate()).isEqualTo(LocalDate.of(2027, 1, 4)); // 24, 25 Dec and 1 Jan skipped
        assertThat(guessed.provisional()).isTrue();
        assertThat(guessed.provisionalReason()).contains("2027");

        // an illustrative 2027 list with collective leave on 4 Jan: loading it moves the day and ends the guess
        WorkingDays with2027 = new WorkingDays(calendar.withYear(2027, List.of(
                new Holiday(LocalDate.of(2027, 1, 1), HolidayKind.LIBUR_NASIONAL, "Tahun Baru", "test list", null),
                new Holiday(LocalDate.of(2027, 1, 4), HolidayKind.CUTI_BERSAMA, "Contoh", "test list", null))));
        Deadline known = with2027.deadline(opened, 7, DayUnit.WORKING_DAYS, WITA);
        assertThat(known.dueDate()).isEqualTo(LocalDate.of(2027, 1, 5));
        assertThat(known.provisional()).isFalse();
    }

    @Test
    void shouldSkipARegionalVotingDayOnlyInItsRegion() {
        Instant before = Instant.parse("2025-08-25T02:00:00Z");
        ZoneId wib = ZoneId.of("Asia/Jakarta");

        assertThat(workingDays.deadline(before, 5, DayUnit.WORKING_DAYS, wib, "19.71").dueDate())
                .isEqualTo(LocalDate.of(2025, 9, 2));
        assertThat(workingDays.deadline(before, 5, DayUnit.WORKING_DAYS, wib, "19.01").dueDate())
                .isEqualTo(LocalDate.of(2025, 9, 1));
        assertThat(workingDays.deadline(before, 5, DayUnit.WORKING_DAYS, wib).dueDate())
                .isEqualTo(LocalDate.of(2025, 9, 1));
        assertThat(calendar.isHoliday(LocalDate.of(2025, 8, 27), "19.71")).isTrue();
        assertThat(calendar.isHoliday(LocalDate.of(2025, 8, 27))).isFalse();
    }

    @Test
    void shouldLetAProvinceDayOffHoldInItsKabupatenKota() {
        HolidayCalendar withProvince = calendar.withRegional(new Holiday(LocalDate.of(2026, 12, 9),
                HolidayKind.LIBUR_DAERAH, "Contoh", "test", "64"));

        assertThat(withProvince.isHoliday(LocalDate.of(2026, 12, 9), "64.71")).isTrue();
        assertThat(withProvince.isHoliday(LocalDate.of(2026, 12, 9), "64")).isTrue();
        assertThat(withProvince.isHoliday(LocalDate.of(2026, 12, 9), "65.01")).isFalse();
        assertThat(withProvince.isHoliday(LocalDate.of(2026, 12, 9), "6")).isFalse();
    }

    @Test
    void shouldKnowTheFixedDateHolidaysOfAnyYear() {
        assertThat(calendar.holidays(2031)).extracting(Holiday::date).containsExactly(LocalDate.of(2031, 1, 1),
                LocalDate.of(2031, 5, 1), LocalDate.of(2031, 6, 1), LocalDate.of(2031, 8, 17),
                LocalDate.of(2031, 12, 25));
        assertThat(calendar.covers(2031)).isFalse();
    }

    @Test
    void shouldWarnFromTheFirstOfOctoberWhenNextYearsListIsMissing() {
        assertThat(HolidayListCheck.warning(calendar, LocalDate.of(2026, 9, 30))).isNull();
        assertThat(HolidayListCheck.warning(calendar, LocalDate.of(2026, 10, 1))).contains("2027");
        assertThat(HolidayListCheck.warning(calendar, LocalDate.of(2026, 12, 1))).contains("2027");
        // 2026's list is loaded, so late 2025 had nothing to warn about
        assertThat(HolidayListCheck.warning(calendar, LocalDate.of(2025, 11, 1))).isNull();
    }
}
