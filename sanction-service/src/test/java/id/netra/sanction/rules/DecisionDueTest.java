package id.netra.sanction.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import id.netra.kit.calendar.Deadline;
import id.netra.kit.calendar.WorkingDays;
import id.netra.kit.region.RegionCatalog;

class DecisionDueTest {

    @Test
    void shouldSkipTheIdulFitriBlockAndWeekendsOf2024() {
        // Fri 5 Apr 2024, 11:00 WITA. 8-12 and 15 Apr are Idul Fitri holidays/collective leave, so day 1 is Tue 16 Apr;
        // 16-19 Apr (4), 22-26 Apr (9), 29-30 Apr (11), 1 May is Labour Day, 2-3 May (13), Mon 6 May is day 14
        Deadline due = count(Instant.parse("2024-04-05T03:00:00Z"), 14, "64.71");

        assertThat(due.dueDate()).isEqualTo(LocalDate.of(2024, 5, 6));
        assertThat(due.dueAt()).isEqualTo(Instant.parse("2024-05-06T16:00:00Z"));
        assertThat(due.provisional()).isFalse();
    }

    @Test
    void shouldCountInTheRegionsZone() {
        // 23:30 WIB on Thu 4 Apr is already Fri 5 Apr in WITA: the same instant starts a day later in Balikpapan
        Instant lateEvening = Instant.parse("2024-04-04T16:30:00Z");

        assertThat(count(lateEvening, 1, "31.71").dueDate())
                .isEqualTo(LocalDate.of(2024, 4, 5));
        assertThat(count(lateEvening, 1, "64.71").dueDate())
                .isEqualTo(LocalDate.of(2024, 4, 16));
    }

    @Test
    void shouldMarkAYearWithoutHolidayDataProvisional() {
        Deadline due = count(Instant.parse("2031-03-03T01:00:00Z"), 14, "64.71");

        assertThat(due.provisional()).isTrue();
        // weekends only: Mon 3 Mar 2031 + 14 working days is Fri 21 Mar
        assertThat(due.dueDate()).isEqualTo(LocalDate.of(2031, 3, 21));
    }

    @Test
    void shouldRefuseAnUnknownRegionRatherThanGuessItsZone() {
        assertThatThrownBy(() -> count(Instant.now(), 14, "99.99"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    /** As the service counts, on the shipped region catalog and holiday calendar. */
    private static Deadline count(Instant start, int days, String regionCode) {
        return DecisionDeadlines.count(start, days, regionCode, RegionCatalog.standard(), WorkingDays.standard());
    }
}
