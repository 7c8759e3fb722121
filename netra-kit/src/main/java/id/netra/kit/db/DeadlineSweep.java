package id.netra.kit.db;

import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Supplier;

import org.hibernate.LockMode;
import org.hibernate.reactive.mutiny.Mutiny;
import org.jboss.logging.Logger;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.panache.common.Parameters;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;

/**
 * How every service works through the rows whose deadline has passed (an overdue review, a clarification's reminder,
 * a PPK's overdue decision), once however many replicas sweep at the same moment.
 * <p>
 * The keys of the rows due are read first, without locks. Each row is then claimed and acted on in a transaction of
 * its own: {@link #claim} locks it with {@code FOR UPDATE SKIP LOCKED} and reads the deadline's condition again, so a
 * row another replica is working on is left to it (no replica waits for another), and a row it has finished no longer
 * matches. The row's change and its events commit together, and a row that fails is logged and left to the next
 * sweep without holding up the others.
 */
public final class DeadlineSweep {

    private static final Logger LOG = Logger.getLogger(DeadlineSweep.class);

    private DeadlineSweep() {
    }

    /**
     * The keys a query selects ({@code select id from Clarification where ... order by dueAt}), at most
     * {@code limit}, read without locks.
     */
    public static <K> Uni<List<K>> due(Class<K> key, String query, Parameters parameters, int limit) {
        return Panache.getSession().chain(session -> {
            Mutiny.SelectionQuery<K> select = session.createSelectionQuery(query, key);
            parameters.map().forEach(select::setParameter);
            return select.setMaxResults(limit).getResultList();
        });
    }

    /**
     * The one row a query selects ({@code from Clarification where id = :id and ...}), locked for this transaction
     * with SKIP LOCKED: {@code null} when another transaction holds it, as when it no longer matches.
     */
    public static <T> Uni<T> claim(Class<T> entity, String query, Parameters parameters) {
        return Panache.getSession().chain(session -> {
            Mutiny.SelectionQuery<T> select = session.createSelectionQuery(query, entity);
            parameters.map().forEach(select::setParameter);
            return select.setLockMode(LockMode.UPGRADE_SKIPLOCKED).getSingleResultOrNull();
        });
    }

    /**
     * Reads the due keys in a session, then runs {@code claimAndAct} for each, one after the other, each in its own
     * transaction.
     *
     * @param what the rows, for the log ("clarification reminders")
     * @param due the keys of the rows due now, at most a batch: the rest wait for the next sweep
     * @param claimAndAct claims the row ({@link #claim}, or a conditional update) and acts; its result, or
     *        {@code null} when the row was not claimed
     * @return the results of the rows acted on
     */
    public static <K, R> Uni<List<R>> sweep(String what, Supplier<Uni<List<K>>> due,
            Function<K, Uni<R>> claimAndAct) {
        return Panache.withSession(due)
                .onItem().transformToMulti(keys -> Multi.createFrom().iterable(keys))
                .onItem().transformToUniAndConcatenate(key -> Panache.withTransaction(() -> claimAndAct.apply(key))
                        .onFailure().recoverWithItem(failure -> {
                            LOG.errorf(failure, "Sweep of %s: %s failed; the next sweep tries it again", what, key);
                            return null;
                        }))
                .filter(Objects::nonNull)
                .collect().asList()
                .invoke(done -> {
                    if (!done.isEmpty()) {
                        LOG.infof("Sweep of %s: %d done", what, done.size());
                    }
                });
    }
}
