package id.netra.kit.db;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;

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
 * The ids of the rows due are read first, without locks. Each row is then claimed and acted on in a transaction of
 * its own: it is locked with {@code FOR NO KEY UPDATE SKIP LOCKED} and its condition read again, so a row another
 * replica is working on is left to it (no replica waits for another), and a row it has finished no longer matches.
 * The row's change and its events commit together, and a row that fails is logged and left to the next sweep without
 * holding up the others.
 */
public final class DeadlineSweep {

    private static final Logger LOG = Logger.getLogger(DeadlineSweep.class);

    private DeadlineSweep() {
    }

    /**
     * The rows of an entity (with a UUID {@code id} and the default entity name) that are due under a condition.
     *
     * @param condition HQL over the entity's fields, with named parameters ({@code status = :open and dueAt <= :now})
     * @param order the field the oldest due come first by
     * @param parameters the condition's parameters at an instant
     */
    public record Due<T>(Class<T> entity, String condition, String order, Function<Instant, Parameters> parameters) {

        /** The ids of the rows due at {@code now}, oldest first, at most {@code limit}, read without locks. */
        public Uni<List<UUID>> ids(Instant now, int limit) {
            Parameters parameters = this.parameters.apply(now);
            return Panache.getSession().chain(session -> bind(session.createSelectionQuery("select id from "
                    + entity.getSimpleName() + " where " + condition + " order by " + order, UUID.class), parameters)
                    .setMaxResults(limit).getResultList());
        }

        /** The row, if it is still due at {@code now} and no other transaction holds it; {@code null} otherwise. */
        public Uni<T> claim(UUID id, Instant now) {
            Parameters parameters = this.parameters.apply(now);
            return Panache.getSession().chain(session -> bind(session.createSelectionQuery("from "
                    + entity.getSimpleName() + " where id = :id and (" + condition + ")", entity), parameters)
                    .setParameter("id", id).setLockMode(LockMode.UPGRADE_SKIPLOCKED).getSingleResultOrNull());
        }

        private static <R> Mutiny.SelectionQuery<R> bind(Mutiny.SelectionQuery<R> query, Parameters parameters) {
            parameters.map().forEach(query::setParameter);
            return query;
        }
    }

    /**
     * Acts on each row due, one after the other, each claimed in its own transaction.
     *
     * @param what the rows, for the log ("clarification reminders")
     * @param due which rows
     * @param now the instant they are due at
     * @param batch the most rows of one sweep: the rest wait for the next
     * @param act what to do with a claimed row, in its transaction
     * @return the results of the rows acted on
     */
    public static <T, R> Uni<List<R>> sweep(String what, Due<T> due, Instant now, int batch,
            Function<T, Uni<R>> act) {
        return Panache.withSession(() -> due.ids(now, batch))
                .onItem().transformToMulti(ids -> Multi.createFrom().iterable(ids))
                .onItem().transformToUniAndConcatenate(id -> Panache
                        .withTransaction(() -> due.claim(id, now).onItem().ifNotNull().transformToUni(act::apply))
                        .onFailure().recoverWithItem(failure -> {
                            LOG.errorf(failure, "Sweep of %s: %s failed; the next sweep tries it again", what, id);
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
