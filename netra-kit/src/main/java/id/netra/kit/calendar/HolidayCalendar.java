package id.netra.kit.calendar;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import id.netra.kit.region.RegionCodes;

/**
 * National holidays and collective leave per year from the joint ministerial decree (SKB), the fixed-date holidays
 * of every year, and regional days off (a re-run's voting day). A year is "covered" when its SKB list is loaded; a
 * year without it still knows the fixed-date holidays, but not the moving ones.
 */
public final class HolidayCalendar {

    /** Every resource with this name on the classpath is read, so a service or config jar can add years. */
    public static final String INDEX_RESOURCE = "netra/calendar/index.txt";
    static final String DATA_DIRECTORY = "netra/calendar/";
    static final String CSV_HEADER = "date,kind,name,source";
    /** Files written before sources were kept; their rows have no source. */
    static final String LEGACY_CSV_HEADER = "date,kind,name";

    /**
     * Set by law for every year (UU/Keppres on national days), so known before the year's SKB is published; in date
     * order.
     */
    private static final SortedMap<MonthDay, String> FIXED = new TreeMap<>(Map.of(
            MonthDay.of(1, 1), "Tahun Baru Masehi",
            MonthDay.of(5, 1), "Hari Buruh Internasional",
            MonthDay.of(6, 1), "Hari Lahir Pancasila",
            MonthDay.of(8, 17), "Hari Kemerdekaan Republik Indonesia",
            MonthDay.of(12, 25), "Kelahiran Yesus Kristus"));
    static final String FIXED_SOURCE = "Hari libur bertanggal tetap (berlaku setiap tahun; daftar SKB tahun ini belum dimuat)";

    static final String REGIONAL_FILE = "regional-holidays.csv";
    static final String REGIONAL_CSV_HEADER = "date,region,name,source";

    private static final Pattern FILE_NAME = Pattern.compile("holidays-([0-9]{4})\\.csv");

    private final SortedSet<Integer> years;
    private final Map<LocalDate, List<Holiday>> byDate;

    private HolidayCalendar(SortedSet<Integer> years, Map<LocalDate, List<Holiday>> byDate) {
        this.years = years;
        this.byDate = byDate;
    }

    /** The calendar from this jar's data plus any other {@value #INDEX_RESOURCE} on the classpath, loaded once. */
    public static HolidayCalendar standard() {
        return Standard.INSTANCE;
    }

    /**
     * Reads every {@value #INDEX_RESOURCE} visible to {@code loader}; each non-blank, non-# line names a
     * {@code holidays-YYYY.csv} in the same directory. A year whose file is listed is covered, even if it
     * has no rows, which is why an empty year must still be listed rather than left out.
     */
    public static HolidayCalendar fromClasspath(ClassLoader loader) {
        Set<String> fileNames = new LinkedHashSet<>();
        try {
            Enumeration<URL> indexes = loader.getResources(INDEX_RESOURCE);
            while (indexes.hasMoreElements()) {
                URL index = indexes.nextElement();
                try (BufferedReader in = reader(index.openStream())) {
                    in.lines().map(String::strip).filter(line -> !line.isEmpty() && !line.startsWith("#"))
                            .forEach(fileNames::add);
                }
            }
            Map<Integer, List<Holiday>> byYear = new TreeMap<>();
            for (String fileName : fileNames) {
                int year = yearOf(fileName);
                InputStream data = loader.getResourceAsStream(DATA_DIRECTORY + fileName);
                if (data == null) {
                    throw new IllegalStateException(INDEX_RESOURCE + " lists " + fileName + " but there is no "
                            + DATA_DIRECTORY + fileName);
                }
                try (Reader in = reader(data)) {
                    byYear.put(year, parseCsv(year, in));
                }
            }
            List<Holiday> regional = new ArrayList<>();
            Enumeration<URL> regionalFiles = loader.getResources(DATA_DIRECTORY + REGIONAL_FILE);
            while (regionalFiles.hasMoreElements()) {
                try (Reader in = reader(regionalFiles.nextElement().openStream())) {
                    regional.addAll(parseRegionalCsv(in));
                }
            }
            return of(byYear, regional);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the holiday calendar", e);
        }
    }

    /** A calendar covering exactly the given years; every holiday must fall in the year it is filed under. */
    public static HolidayCalendar of(Map<Integer, ? extends Collection<Holiday>> holidaysByYear) {
        return of(holidaysByYear, List.of());
    }

    /**
     * A calendar covering exactly the years of {@code nationalByYear}, plus regional days off in any year (a
     * regional day off does not make its year covered: the national list is still missing).
     */
    public static HolidayCalendar of(Map<Integer, ? extends Collection<Holiday>> nationalByYear,
            Collection<Holiday> regional) {
        SortedSet<Integer> years = new TreeSet<>();
        Map<LocalDate, List<Holiday>> byDate = new TreeMap<>();
        nationalByYear.forEach((year, holidays) -> {
            years.add(year);
            for (Holiday holiday : holidays) {
                if (holiday.date().getYear() != year) {
                    throw new IllegalArgumentException(holiday + " is filed under " + year);
                }
                if (holiday.isRegional()) {
                    throw new IllegalArgumentException(holiday + " is regional, not part of a national list");
                }
                byDate.computeIfAbsent(holiday.date(), date -> new ArrayList<>()).add(holiday);
            }
        });
        for (Holiday holiday : regional) {
            if (!holiday.isRegional()) {
                throw new IllegalArgumentException(holiday + " names no region");
            }
            byDate.computeIfAbsent(holiday.date(), date -> new ArrayList<>()).add(holiday);
        }
        byDate.replaceAll((date, list) -> List.copyOf(list));
        return new HolidayCalendar(Collections.unmodifiableSortedSet(years), Collections.unmodifiableMap(byDate));
    }

    /** This calendar with {@code year}'s national list replaced by {@code holidays} (the year becomes covered). */
    public HolidayCalendar withYear(int year, Collection<Holiday> holidays) {
        Map<Integer, List<Holiday>> national = nationalByYear();
        national.put(year, List.copyOf(holidays));
        return of(national, regionalHolidays());
    }

    /** This calendar with one more regional day off; the same day off given again changes nothing. */
    public HolidayCalendar withRegional(Holiday holiday) {
        List<Holiday> regional = new ArrayList<>(regionalHolidays());
        if (regional.contains(holiday)) {
            return this;
        }
        regional.add(holiday);
        return of(nationalByYear(), regional);
    }

    private Map<Integer, List<Holiday>> nationalByYear() {
        Map<Integer, List<Holiday>> national = new TreeMap<>();
        years.forEach(year -> national.put(year, new ArrayList<>()));
        byDate.values().stream().flatMap(List::stream).filter(holiday -> !holiday.isRegional())
                .forEach(holiday -> national.get(holiday.date().getYear()).add(holiday));
        return national;
    }

    /** Every regional day off, in date order. */
    public List<Holiday> regionalHolidays() {
        return byDate.values().stream().flatMap(List::stream).filter(Holiday::isRegional).toList();
    }

    /**
     * Parses one year's file ({@code date,kind,name,source}; the source may contain commas, the name may not). Strict
     * on purpose: an unknown kind or a date of another year is a data error that would silently shift deadlines if
     * skipped.
     */
    public static List<Holiday> parseCsv(int year, Reader reader) throws IOException {
        return read(reader, "holidays " + year, List.of(CSV_HEADER, LEGACY_CSV_HEADER), (cells, where) -> {
            HolidayKind kind = HolidayKind.valueOf(cells[1]);
            if (kind == HolidayKind.LIBUR_DAERAH) {
                throw new IOException(where + "a year's national list holds no regional day off");
            }
            Holiday holiday = new Holiday(LocalDate.parse(cells[0]), kind, cells[2],
                    cells.length == 4 ? cells[3] : null, null);
            if (holiday.date().getYear() != year) {
                throw new IOException(where + holiday.date() + " is not in " + year);
            }
            return holiday;
        });
    }

    /**
     * Parses a file of regional days off ({@code date,region,name,source}): voting days of a re-run that the region
     * declared a holiday. The region is a province or kabupaten/kota code.
     */
    public static List<Holiday> parseRegionalCsv(Reader reader) throws IOException {
        return read(reader, REGIONAL_FILE, List.of(REGIONAL_CSV_HEADER), (cells, where) -> {
            if (!RegionCodes.isWellFormed(cells[1])) {
                throw new IOException(where + "not a region code: " + cells[1]);
            }
            return new Holiday(LocalDate.parse(cells[0]), HolidayKind.LIBUR_DAERAH, cells[2], cells[3], cells[1]);
        });
    }

    /** Makes a day off of one row's cells; {@code where} starts a message about the row. */
    @FunctionalInterface
    private interface RowReader {
        Holiday read(String[] cells, String where) throws IOException;
    }

    /**
     * Reads a CSV file whose header is one of {@code headers}: as many cells a row as the header names, the last one
     * taking any commas and never blank. A row that does not read is an error naming its line.
     */
    private static List<Holiday> read(Reader reader, String what, List<String> headers, RowReader rows)
            throws IOException {
        BufferedReader in = new BufferedReader(reader);
        String header = in.readLine();
        String columns = header == null ? null : header.strip();
        if (!headers.contains(columns)) {
            throw new IOException(what + ": expected header '" + headers.get(0) + "' but got '" + header + "'");
        }
        int width = columns.split(",").length;
        List<Holiday> holidays = new ArrayList<>();
        String line;
        int lineNumber = 1;
        while ((line = in.readLine()) != null) {
            lineNumber++;
            if (line.isBlank()) {
                continue;
            }
            String where = what + " line " + lineNumber + ": ";
            String[] cells = line.split(",", width);
            if (cells.length != width || cells[width - 1].isBlank()) {
                throw new IOException(where + "expected " + columns + ": " + line);
            }
            for (int i = 0; i < width; i++) {
                cells[i] = cells[i].strip();
            }
            try {
                holidays.add(rows.read(cells, where));
            } catch (DateTimeException | IllegalArgumentException e) {
                throw new IOException(where + e.getMessage(), e);
            }
        }
        return holidays;
    }

    /** Whether the year's SKB list is loaded, so every national day off of that year is known. */
    public boolean covers(int year) {
        return years.contains(year);
    }

    public SortedSet<Integer> coveredYears() {
        return years;
    }

    /** A national day off: from the year's list, or for a year without one, a fixed-date holiday. */
    public boolean isHoliday(LocalDate date) {
        return isHoliday(date, null);
    }

    /** A day off in {@code region}: national, or regional in the region or its province. */
    public boolean isHoliday(LocalDate date, String region) {
        // asked for every day a deadline counts over, so it looks without building the list holidaysOn returns
        if (!covers(date.getYear()) && FIXED.containsKey(MonthDay.from(date))) {
            return true;
        }
        for (Holiday holiday : byDate.getOrDefault(date, List.of())) {
            if (holiday.holdsIn(region)) {
                return true;
            }
        }
        return false;
    }

    /** The national days off on a date; usually zero or one, two observances can share a day. */
    public List<Holiday> holidaysOn(LocalDate date) {
        return holidaysOn(date, null);
    }

    /** The days off on a date that hold in {@code region} (national ones only for a null region). */
    public List<Holiday> holidaysOn(LocalDate date, String region) {
        List<Holiday> listed = byDate.getOrDefault(date, List.of());
        List<Holiday> result = new ArrayList<>(listed.size() + 1);
        if (!covers(date.getYear())) {
            fixed(date).ifPresent(result::add);
        }
        for (Holiday holiday : listed) {
            if (holiday.holdsIn(region)) {
                result.add(holiday);
            }
        }
        return result;
    }

    /** The national days off of a year: its list, or only the fixed-date holidays while the list is missing. */
    public List<Holiday> holidays(int year) {
        if (!covers(year)) {
            return FIXED.keySet().stream().map(day -> fixed(day.atYear(year)).orElseThrow()).toList();
        }
        return byDate.entrySet().stream().filter(entry -> entry.getKey().getYear() == year)
                .flatMap(entry -> entry.getValue().stream()).filter(holiday -> !holiday.isRegional()).toList();
    }

    /** The regional days off of a year. */
    public List<Holiday> regionalHolidays(int year) {
        return regionalHolidays().stream().filter(holiday -> holiday.date().getYear() == year).toList();
    }

    private static Optional<Holiday> fixed(LocalDate date) {
        MonthDay day = MonthDay.from(date);
        return Optional.ofNullable(FIXED.get(day))
                .map(name -> new Holiday(date, HolidayKind.LIBUR_NASIONAL, name, FIXED_SOURCE, null));
    }

    private static int yearOf(String fileName) {
        Matcher matcher = FILE_NAME.matcher(fileName);
        if (!matcher.matches()) {
            throw new IllegalStateException(INDEX_RESOURCE + " lists '" + fileName + "', expected holidays-YYYY.csv");
        }
        return Integer.parseInt(matcher.group(1));
    }

    private static BufferedReader reader(InputStream in) {
        return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    }

    private static final class Standard {
        static final HolidayCalendar INSTANCE = fromClasspath(HolidayCalendar.class.getClassLoader());
    }
}
