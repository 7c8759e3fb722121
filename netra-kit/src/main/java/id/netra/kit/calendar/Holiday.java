package id.netra.kit.calendar;

import java.time.LocalDate;
import java.util.Objects;

/** One day off from a holiday data file. */
public record Holiday(LocalDate date, HolidayKind kind, String name) {

    public Holiday {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(name, "name");
    }
}
