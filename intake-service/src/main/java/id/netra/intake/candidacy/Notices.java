package id.netra.intake.candidacy;

import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;

import io.smallrye.mutiny.Uni;

import id.netra.contracts.CandidacyObligationDue;
import id.netra.contracts.CandidacyObligationMet;
import id.netra.contracts.CandidacyObligationOverdue;
import id.netra.contracts.NetraEvent;
import id.netra.intake.timeline.TimelineRecorder;
import id.netra.kit.outbox.Outbox;

/**
 * Raises a notice about an obligation once: the notice row, its event and, when the watch has a D3 case, the step on
 * that case's timeline, all in the caller's transaction. The timeline detail is the obligation's code and due day,
 * nothing about the person.
 */
@ApplicationScoped
public class Notices {

    private final CandidacyNoticeRepository notices;
    private final TimelineRecorder timeline;
    private final Outbox outbox;

    public Notices(CandidacyNoticeRepository notices, TimelineRecorder timeline, Outbox outbox) {
        this.notices = notices;
        this.timeline = timeline;
        this.outbox = outbox;
    }

    /** True if this call raised it; false if it had been raised before. */
    public Uni<Boolean> raise(Candidacy candidacy, Obligation obligation, NoticeKind kind, Instant now) {
        return notices.raiseOnce(candidacy.id, obligation.code(), kind, obligation.dueOn(), now).call(raised -> {
            if (!raised) {
                return Uni.createFrom().voidItem();
            }
            Uni<Void> step = candidacy.caseId == null ? Uni.createFrom().voidItem()
                    : timeline.record(candidacy.caseId, "CANDIDACY_OBLIGATION_" + kind.name(), now, "intake",
                            obligation.code() + " " + obligation.dueOn());
            return step.chain(() -> outbox.record(event(candidacy, obligation, kind, now)));
        });
    }

    private static NetraEvent event(Candidacy c, Obligation obligation, NoticeKind kind, Instant now) {
        return switch (kind) {
            case DUE -> new CandidacyObligationDue(c.id, c.regionCode, c.electionCode, c.contestCode,
                    obligation.code(), obligation.dueOn(), now);
            case OVERDUE -> new CandidacyObligationOverdue(c.id, c.regionCode, c.electionCode, c.contestCode,
                    obligation.code(), obligation.dueOn(), c.caseId, now);
            case MET -> new CandidacyObligationMet(c.id, c.regionCode, c.electionCode, c.contestCode,
                    obligation.code(), obligation.dueOn(), obligation.metOn(), obligation.late(), obligation.metBy(),
                    now);
        };
    }
}
