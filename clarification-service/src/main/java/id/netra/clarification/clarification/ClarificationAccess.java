package id.netra.clarification.clarification;

import java.time.Clock;
import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;

import io.smallrye.mutiny.Uni;

import id.netra.kit.security.Caller;

/** Finds a clarification the caller may see (or may change), and tells who is calling. */
@ApplicationScoped
public class ClarificationAccess {

    private final ClarificationRepository repository;
    private final Caller caller;
    private final Clock clock;

    public ClarificationAccess(ClarificationRepository repository, Caller caller, Clock clock) {
        this.repository = repository;
        this.caller = caller;
        this.clock = clock;
    }

    /** Missing and out-of-region look the same: another region must not learn that the case exists. */
    Uni<Clarification> visible(String caseNumber) {
        return repository.findByCaseNumber(caseNumber)
                .map(found -> caller.visibleCase(found, Clarification::regionCode, caseNumber));
    }

    /** As {@link #visible}, with the row locked: concurrent changes of one case run one after the other. */
    Uni<Clarification> visibleForUpdate(String caseNumber) {
        return repository.findByCaseNumberForUpdate(caseNumber)
                .map(found -> caller.visibleCase(found, Clarification::regionCode, caseNumber));
    }

    String callerName() {
        return caller.name();
    }

    Instant now() {
        return clock.instant();
    }

}
