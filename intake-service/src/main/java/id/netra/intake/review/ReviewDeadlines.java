package id.netra.intake.review;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;

import id.netra.contracts.ReviewOverdue;
import id.netra.intake.cases.CaseRepository;
import id.netra.intake.timeline.TimelineRecorder;
import id.netra.kit.db.DeadlineSweep;
import id.netra.kit.outbox.Outbox;

/**
 * The review deadlines: an initial review past its due time raises {@code case.review_overdue} exactly once (the flag
 * is set in the transaction that records the event), and a completion not made in time closes the case as not
 * registered. Each case is claimed in its own transaction ({@link DeadlineSweep}), so this happens once however many
 * replicas sweep.
 */
@ApplicationScoped
public class ReviewDeadlines {

    public static final String COMPLETION_EXPIRED = "COMPLETION_EXPIRED";
    private static final Logger LOG = Logger.getLogger(ReviewDeadlines.class);
    private static final int BATCH = 200;

    private final TimelineRecorder timeline;
    private final Outbox outbox;
    private final ReviewService reviews;
    private final Clock clock;

    public ReviewDeadlines(TimelineRecorder timeline, Outbox outbox, ReviewService reviews,
            Clock clock) {
        this.timeline = timeline;
        this.outbox = outbox;
        this.reviews = reviews;
        this.clock = clock;
    }

    @Scheduled(identity = "intake-review-deadlines", every = "${netra.intake.deadline-sweep-every:1m}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> sweep() {
        return raiseOverdueReviews().chain(ignored -> expireCompletions())
                .onFailure().invoke(failure -> LOG.warn("Review deadline sweep failed; the next run retries", failure))
                .onFailure().recoverWithNull()
                .replaceWithVoid();
    }

    /** Raises the overdue event of every case whose initial review is late; returns how many were raised now. */
    public Uni<Integer> raiseOverdueReviews() {
        Instant now = clock.instant();
        return DeadlineSweep.sweep("overdue reviews", CaseRepository.OVERDUE_REVIEWS, now, BATCH, caseFile -> {
            caseFile.reviewOverdueRaised = true;
            return timeline.record(caseFile.id, "REVIEW_OVERDUE", now, "intake", null)
                    .chain(() -> outbox.record(new ReviewOverdue(caseFile.id, caseFile.caseNumber,
                            caseFile.regionCode, caseFile.reviewDueAt, now)))
                    .replaceWith(caseFile.id);
        }).map(List::size);
    }

    /** Closes as not registered every case whose reporter did not complete it in time; returns how many. */
    public Uni<Integer> expireCompletions() {
        Instant now = clock.instant();
        return DeadlineSweep.sweep("expired completions", CaseRepository.EXPIRED_COMPLETIONS, now, BATCH,
                caseFile -> reviews.notRegistered(caseFile, COMPLETION_EXPIRED, null, now).replaceWith(caseFile.id))
                .map(List::size);
    }
}
