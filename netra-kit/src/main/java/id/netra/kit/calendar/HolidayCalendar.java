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
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** National holidays and collective leave per year, loaded from data files, and which years they cover. */
public final class HolidayCalendar {

    /** Every resource with this name on the classpath is read, so a service or config jar can add years. */
    public static final String INDEX_RESOURCE = "netra/calendar/index.txt";
    static final String DATA_DIRECTORY = "netra/calendar/";
    static final String CSV_HEADER = "date,kind,name";

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
            return of(byYear);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the holiday calendar", e);
        }
    }

    /** A calendar covering exactly the given years; every holiday must fall in the year it is filed under. */
    public static HolidayCalendar of(Map<Integer, ? extends Collection<Holiday>> holidaysByYear) {
        SortedSet<Integer> years = new TreeSet<>();
        Map<LocalDate, List<Holiday>> byDate = new TreeMap<>();
        holidaysByYear.forEach((year, holidays) -> {
            years.add(year);
            for (Holiday holiday : holidays) {
                if (holiday.date().getYear() != year) {
                    throw new IllegalArgumentException(holiday + " is filed under " + year);
                }
                byDate.computeIfAbsent(holiday.date(), date -> new ArrayList<>()).add(holiday);
            }
        });
        byDate.replaceAll((date, list) -> List.copyOf(list));
        return new HolidayCalendar(Collections.unmodifiableSortedSet(years), Collections.unmodifiableMap(byDate));
    }

    /**
     * Parses one year's file ({@code date,kind,name}). Strict on purpose: an unknown kind or a date of
     * another year is a data error that would silently shift deadlines if skipped.
     */
    public static List<Holiday> parseCsv(int year, Reader reader) throws IOException {
        BufferedReader in = new BufferedReader(reader);
        String header = in.readLine();
        if (header == null || !header.strip().equals(CSV_HEADER)) {
            throw new IOException("holidays " + year + ": expected header '" + CSV_HEADER + "' but got '" + header
                    + "'");
        }
        List<Holiday> holidays = new ArrayList<>();
        String line;
        int lineNumber = 1;
        while ((line = in.readLine()) != null) {
            lineNumber++;
            if (line.isBlank()) {
                continue;
            }
            String[] row = line.split(",", 3);
            String where = "holidays " + year + " line " + lineNumber + ": ";
            if (row.length != 3) {
                throw new IOException(where + "expected date,kind,name: " + line);
            }
            try {
                Holiday holiday = new Holiday(LocalDate.parse(row[0].strip()), HolidayKind.valueOf(row[1].strip()),
                        row[2].strip());
                if (holiday.date().getYear() != year) {
                    throw new IOException(where + holiday.date() + " is not in " + year);
                }
                holidays.add(holiday);
            } catch (DateTimeException | IllegalArgumentException e) {
                throw new IOException(where + e.getMessage(), e);
            }
        }
        return holidays;
    }

    public boolean covers(int year) {
        return years.contains(year);
    }

    public SortedSet<Integer> coveredYears() {
        return years;
    }

    public boolean isHoliday(LocalDate date) {
        return byDate.containsKey(date);
    }

    /** Usually zero or one; two observances can share a day. */
    public List<Holiday> holidaysOn(LocalDate date) {
        return byDate.getOrDefault(date, List.of());
    }

    public List<Holiday> holidays(int year) {
        return byDate.entrySet().stream().filter(entry -> entry.getKey().getYear() == year)
                .flatMap(entry -> entry.getValue().stream()).toList();
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
