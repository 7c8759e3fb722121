package id.netra.kit.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HolidayCalendarTest {

    private final HolidayCalendar calendar = HolidayCalendar.standard();

    @Test
    void shouldLoadTheYearsListedInTheShippedIndex() {
        assertThat(calendar.coveredYears()).containsExactly(2024, 2025, 2026);
        assertThat(calendar.holidays(2024)).hasSize(29);
        assertThat(calendar.holidays(2025)).hasSize(28);
        assertThat(calendar.holidays(2026)).hasSize(25);
        assertThat(calendar.covers(2027)).isFalse();
    }

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource({
            "2024-02-14, LIBUR_NASIONAL, Hari pemungutan suara Pemilu 2024",
            "2024-04-08, CUTI_BERSAMA,   Idul Fitri 1445 H",
            "2024-04-10, LIBUR_NASIONAL, Idul Fitri 1445 H",
            "2024-11-27, LIBUR_NASIONAL, Hari pemungutan suara Pilkada serentak 2024",
            "2024-12-26, CUTI_BERSAMA,   Hari Raya Natal",
    })
    void shouldKnowEachDayOffWithItsKind(LocalDate date, HolidayKind kind, String name) {
        assertThat(calendar.isHoliday(date)).isTrue();
        assertThat(calendar.holidaysOn(date)).extracting(Holiday::date, Holiday::kind, Holiday::name)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(date, kind, name));
    }

    @Test
    void shouldAddAYearListedByAnotherIndexOnTheClasspath(@TempDir Path dir) throws IOException {
        Path data = Files.createDirectories(dir.resolve("netra/calendar"));
        Files.writeString(data.resolve("index.txt"), "# added by an administrator\n\nholidays-2030.csv\n");
        Files.writeString(data.resolve("holidays-2030.csv"),
                "date,kind,name\n2030-01-01,LIBUR_NASIONAL,Tahun Baru Masehi\n");

        HolidayCalendar extended;
        try (URLClassLoader loader = new URLClassLoader(new URL[] { dir.toUri().toURL() },
                getClass().getClassLoader())) {
            extended = HolidayCalendar.fromClasspath(loader);
        }

        assertThat(extended.coveredYears()).containsExactly(2024, 2025, 2026, 2030);
        assertThat(extended.isHoliday(LocalDate.of(2030, 1, 1))).isTrue();
        assertThat(extended.isHoliday(LocalDate.of(2024, 4, 10))).isTrue();
    }

    @Test
    void shouldRefuseAnIndexEntryWhoseFileIsMissing(@TempDir Path dir) throws IOException {
        Path data = Files.createDirectories(dir.resolve("netra/calendar"));
        Files.writeString(data.resolve("index.txt"), "holidays-2026.csv\n");

        try (URLClassLoader loader = new URLClassLoader(new URL[] { dir.toUri().toURL() }, null)) {
            assertThatThrownBy(() -> HolidayCalendar.fromClasspath(loader)).hasMessageContaining("holidays-2026.csv");
        }
    }

    @Test
    void shouldCoverAYearThatIsListedEvenWithoutAnyDayOff() {
        HolidayCalendar empty = HolidayCalendar.of(Map.of(2030, List.of()));

        assertThat(empty.covers(2030)).isTrue();
        assertThat(empty.holidays(2030)).isEmpty();
    }

    @ParameterizedTest(name = "{2}")
    @CsvSource(delimiter = '|', value = {
            "date;kind;name\\n                                  | header         | shouldRejectAFileWithTheWrongHeader",
            "date,kind,name\\n2024-13-01,LIBUR_NASIONAL,X\\n       | line 2         | shouldRejectAnInvalidDate",
            "date,kind,name\\n2024-01-01,LIBUR,X\\n                | line 2         | shouldRejectAnUnknownKind",
            "date,kind,name\\n2025-01-01,LIBUR_NASIONAL,X\\n       | not in 2024    | shouldRejectADayOfAnotherYear",
            "date,kind,name\\n2024-01-01,LIBUR_NASIONAL\\n         | line 2         | shouldRejectARowWithoutAName",
    })
    void shouldRejectBrokenHolidayDataInsteadOfShiftingDeadlines(String csv, String expectedMessage, String scenario) {
        String content = csv.replace("\\n", "\n");

        assertThatThrownBy(() -> HolidayCalendar.parseCsv(2024, new StringReader(content)))
                .isInstanceOf(IOException.class).hasMessageContaining(expectedMessage);
    }
}
