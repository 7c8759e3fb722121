package id.netra.intake.candidacy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;

/**
 * The daily sweep of the watches: an open obligation raises {@code candidacy.obligation_due} when it falls due (the
 * notice period before its due day, counted on the region's working days) and {@code candidacy.obligation_overdue}
 * once its due day has passed, each once per obligation. Safe with several replicas: a notice is a row inserted with
 * ON CONFLICT DO NOTHING in the transaction that writes its event, so a second sweeper writes neither. Runs just
 * after midnight in the western zone, when the day has begun in every region; a missed run is caught up by the next.
 * A watch found with every obligation met (after a change of the rules, say) is settled, so that it leaves the sweep.
 */
@ApplicationScoped
public class CandidacyDeadlines {

    private static final Logger LOG = Logger.getLogger(CandidacyDeadlines.class);
    private static final int BATCH = 200;

    private final CandidacyRepository candidacies;
    private final CandidacyDocumentRepository documents;
    private final Obligations obligations;
    private final Notices notices;
    private final Clock clock;

    public CandidacyDeadlines(CandidacyRepository candidacies, CandidacyDocumentRepository documents,
            Obligations obligations, Notices notices, Clock clock) {
        this.candidacies = candidacies;
        this.documents = documents;
        this.obligations = obligations;
        this.notices = notices;
        this.clock = clock;
    }

    @Scheduled(identity = "intake-candidacy-deadlines", cron = "${netra.intake.candidacy-sweep-cron:0 5 0 * * ?}", timeZone = "Asia/Jakarta", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> sweep() {
        return raise()
                .onFailure().invoke(failure -> LOG.warn("Candidacy deadline sweep failed; the next run retries", failure))
                .onFailure().recoverWithNull()
                .replaceWithVoid();
    }

    /** Raises every due and overdue notice not raised yet; returns how many were raised now. */
    public Uni<Integer> raise() {
        Instant now = clock.instant();
        return raiseAfter(null, now, 0).invoke(raised -> {
            if (raised > 0) {
                LOG.infof("%d candidacy notices raised", raised);
            }
        });
    }

    private record Batch(UUID last, int raised) {
    }

    /** One batch per transaction, so a long sweep holds no transaction open for long. */
    private Uni<Integer> raiseAfter(UUID after, Instant now, int raisedSoFar) {
        return Panache.withTransaction(() -> candidacies.watching(after, BATCH)
                .chain(batch -> documents.forCandidacies(batch.stream().map(c -> c.id).toList())
                        .chain(filed -> raise(batch, filed, now))))
                .chain(batch -> batch.last() == null ? Uni.createFrom().item(raisedSoFar + batch.raised())
                        : raiseAfter(batch.last(), now, raisedSoFar + batch.raised()));
    }

    private Uni<Batch> raise(List<Candidacy> batch, Map<UUID, List<CandidacyDocument>> filed, Instant now) {
        int[] raised = { 0 };
        Uni<Void> chain = Uni.createFrom().voidItem();
        for (Candidacy candidacy : batch) {
            LocalDate today = obligations.today(candidacy);
            List<Obligation> standing = obligations.of(candidacy, filed.getOrDefault(candidacy.id, List.of()), today);
            // none at all is an election the catalog lost, not a watch done with: it stays until the election is back
            if (!standing.isEmpty() && standing.stream().allMatch(Obligation::met)) {
                chain = chain.chain(() -> candidacies.settle(candidacy.id, now).replaceWithVoid());
                continue;
            }
            for (Obligation obligation : standing) {
                NoticeKind kind = obligation.status() == ObligationStatus.OVERDUE ? NoticeKind.OVERDUE
                        : obligations.falling(candidacy, obligation, today) ? NoticeKind.DUE : null;
                if (kind != null) {
                    chain = chain.chain(() -> notices.raise(candidacy, obligation, kind, now)
                            .invoke(newly -> raised[0] += newly ? 1 : 0).replaceWithVoid());
                }
            }
        }
        UUID last = batch.size() < BATCH ? null : batch.get(batch.size() - 1).id;
        return chain.map(ignored -> new Batch(last, raised[0]));
    }
}
