package id.netra.clarification.clarification;

import java.time.Instant;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.smallrye.mutiny.Uni;

import id.netra.kit.rules.DeadlineRecount;
import id.netra.kit.rules.LiveRules;

/** The open clarifications' deadlines, counted again from their opening when holidays are loaded. */
@ApplicationScoped
public class ClarificationDeadlineRecount extends DeadlineRecount<Clarification> {

    private final ClarificationRepository repository;
    private final ClarificationService clarifications;

    public ClarificationDeadlineRecount(ClarificationRepository repository, ClarificationService clarifications) {
        this.repository = repository;
        this.clarifications = clarifications;
    }

    @Override
    protected Uni<List<Clarification>> recountable(Instant from) {
        return repository.recountable(from);
    }

    @Override
    protected boolean recount(Clarification clarification, LiveRules.Snapshot rules) {
        return clarification.recount(clarifications.deadline(clarification.electionCode(),
                clarification.regionCode(), clarification.openedAt(), rules));
    }

    @Override
    protected Uni<Void> flush() {
        return repository.flush();
    }
}
