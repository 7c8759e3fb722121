package id.netra.kit.rules;

import java.time.Instant;
import java.util.List;

import org.jboss.logging.Logger;

import io.smallrye.mutiny.Uni;

import id.netra.contracts.RulesChanged;

/**
 * Counts a service's open deadlines again when holidays are loaded: a provisional one becomes final (and may then
 * raise its events), and a day off added inside a running deadline moves it. An event already raised stays. A
 * service says which of its rows a change may move, and how one row is counted.
 */
public abstract class DeadlineRecount<T> implements RulesListener {

    private static final Logger LOG = Logger.getLogger(DeadlineRecount.class);

    /** Open rows whose deadline is provisional or runs on or after {@code from}, locked for the transaction. */
    protected abstract Uni<List<T>> recountable(Instant from);

    /** Counts one row's deadlines with {@code rules}; whether anything changed. */
    protected abstract boolean recount(T row, LiveRules.Snapshot rules);

    /** Writes the changed rows in the caller's transaction. */
    protected abstract Uni<Void> flush();

    @Override
    public Uni<Void> rulesChanged(RulesChanged change, LiveRules.Snapshot rules) {
        Instant from = RulesListener.daysOffChangedFrom(change).orElse(null);
        if (from == null) {
            return Uni.createFrom().voidItem();
        }
        return recountable(from).chain(found -> {
            long changed = found.stream().filter(row -> recount(row, rules)).count();
            LOG.infof("Rules %s: %d of %d open deadlines of %s counted again", change.version(), changed,
                    found.size(), getClass().getSimpleName());
            return flush();
        });
    }
}
