package id.netra.kit.rules;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.Optional;

import io.smallrye.mutiny.Uni;

import id.netra.contracts.RulesChanged;
import id.netra.kit.region.RegionCatalog;

/**
 * A service's reaction to a rules change, run in the transaction that records the change: for instance recounting
 * the deadlines that a newly loaded holiday list moves or makes final.
 */
public interface RulesListener {

    /** {@code rules} are the rules with {@code change} applied, not yet in force. */
    Uni<Void> rulesChanged(RulesChanged change, LiveRules.Snapshot rules);

    /**
     * From when a change of holidays may move deadlines: the start of a loaded year, or of the first regional day off,
     * in the easternmost zone (where a day begins first); empty for a change without holidays.
     */
    static Optional<Instant> daysOffChangedFrom(RulesChanged change) {
        if (change.holidays() == null) {
            return Optional.empty();
        }
        Optional<LocalDate> first = change.holidays().year() != null
                ? Optional.of(LocalDate.of(change.holidays().year(), 1, 1))
                : change.holidays().days().stream().map(RulesChanged.Day::date).min(Comparator.naturalOrder());
        return first.map(day -> day.atStartOfDay(RegionCatalog.WIT).toInstant());
    }
}
