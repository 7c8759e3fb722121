package id.netra.sanction.rules;

import java.util.Collection;
import java.util.Comparator;
import java.util.Objects;

/** The sanction levels in rising severity: the moral sanction, the three discipline levels, dismissal (PTDH). */
public enum SanctionLevel {
    MORAL,
    RINGAN,
    SEDANG,
    BERAT,
    PTDH;

    /** The level named in a data file, or null where the data says a human decides. */
    public static SanctionLevel parse(String level) {
        return level == null ? null : valueOf(level);
    }

    public boolean isMoreSevereThan(SanctionLevel other) {
        return other == null || compareTo(other) > 0;
    }

    /** The most severe of the given levels, or null if there is none. */
    public static SanctionLevel mostSevere(Collection<SanctionLevel> levels) {
        return levels.stream().filter(Objects::nonNull).max(Comparator.naturalOrder()).orElse(null);
    }
}
