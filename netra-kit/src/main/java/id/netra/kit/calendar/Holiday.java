package id.netra.kit.calendar;

import java.time.LocalDate;
import java.util.Objects;

import id.netra.kit.region.RegionCatalog;

/**
 * One day off: national unless {@code regionCode} names the province or kabupaten/kota it holds in (a re-run's
 * voting day). {@code source} is the act that set it, shown to users so a deadline can be checked against the law.
 */
public record Holiday(LocalDate date, HolidayKind kind, String name, String source, String regionCode) {

    public Holiday {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(name, "name");
    }

    /** A national day off whose source is not recorded (older data files). */
    public Holiday(LocalDate date, HolidayKind kind, String name) {
        this(date, kind, name, null, null);
    }

    public boolean isRegional() {
        return regionCode != null;
    }

    /**
     * Whether this day off holds in {@code region}: a national one everywhere, a regional one where its region covers
     * {@code region} by the same rule as a caller's scope (a province covers its kabupaten/kota).
     */
    public boolean holdsIn(String region) {
        return regionCode == null || RegionCatalog.standard().covers(regionCode, region);
    }
}
