package id.netra.clarification.clarification;

import java.time.Clock;
import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;

import io.smallrye.mutiny.Uni;

import id.netra.kit.region.RegionCatalog;
import id.netra.kit.security.Caller;

/** Finds a clarification the caller may see, and shows it with everything recorded in it. */
@ApplicationScoped
public class ClarificationAccess {

    private final ClarificationRepository repository;
    private final HearingRepository hearing;
    private final Caller caller;
    private final Clock clock;
    private final RegionCatalog regions;

    public ClarificationAccess(ClarificationRepository repository, HearingRepository hearing, Caller caller,
            Clock clock, RegionCatalog regions) {
        this.regions = regions;
        this.repository = repository;
        this.hearing = hearing;
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

    Uni<ClarificationView> view(Clarification clarification) {
        return hearing.schedules(clarification.id())
                .chain(schedules -> hearing.attendance(clarification.id())
                        .chain(attendance -> hearing.statements(clarification.id())
                                .chain(statements -> hearing.evidence(clarification.caseId())
                                        .chain(evidence -> hearing.reviews(clarification.id())
                                                .chain(reviews -> hearing.notes(clarification.id())
                                                        .chain(notes -> hearing.corrections(clarification.id())
                                                                .map(corrections -> new Hearing(schedules, attendance,
                                                                        statements, evidence, reviews, notes,
                                                                        corrections))))))))
                .map(all -> ClarificationView.of(clarification, all, regions.zoneOf(clarification.regionCode()), now()));
    }

    String callerName() {
        return caller.name();
    }

    Instant now() {
        return clock.instant();
    }

}
