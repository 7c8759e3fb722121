package id.netra.clarification.clarification;

import java.time.Clock;

import jakarta.enterprise.context.ApplicationScoped;

import io.smallrye.mutiny.Uni;

import id.netra.kit.region.RegionCatalog;

/** Shows a clarification with everything recorded in it, hearing times on the clock of the case's region. */
@ApplicationScoped
public class ClarificationViews {

    private final HearingRepository hearing;
    private final RegionCatalog regions;
    private final Clock clock;

    public ClarificationViews(HearingRepository hearing, RegionCatalog regions, Clock clock) {
        this.hearing = hearing;
        this.regions = regions;
        this.clock = clock;
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
                .map(all -> ClarificationView.of(clarification, all, regions.zoneOf(clarification.regionCode()),
                        clock.instant()));
    }
}
