package id.netra.intake.candidacy;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import id.netra.kit.region.RegionCatalog;
import id.netra.kit.rules.ElectionCatalog;
import id.netra.kit.rules.LiveRules;

/**
 * A watch's obligations with the rules in force: the candidacy rules, the election's dates as they stand now (an
 * admin's correction of a candidate-setting date moves the due days) and the region's working-day calendar.
 */
@ApplicationScoped
public class Obligations {

    private final CandidacyRules rules;
    private final LiveRules live;
    private final Clock clock;
    private final RegionCatalog regions;

    public Obligations(CandidacyRules rules, LiveRules live, Clock clock, RegionCatalog regions) {
        this.regions = regions;
        this.rules = rules;
        this.live = live;
        this.clock = clock;
    }

    /** Today in the watch's region: due days are days of the region's calendar. */
    public LocalDate today(Candidacy candidacy) {
        return LocalDate.ofInstant(clock.instant(), zone(candidacy));
    }

    public List<Obligation> of(Candidacy candidacy, List<CandidacyDocument> documents, LocalDate today) {
        return rules.obligations(subject(candidacy), documents, today, live.workingDays());
    }

    /** Whether the notice that this open obligation falls due is to be raised today. */
    public boolean falling(Candidacy candidacy, Obligation obligation, LocalDate today) {
        return rules.falling(obligation, today, candidacy.regionCode, live.workingDays());
    }

    CandidacyRules.Subject subject(Candidacy candidacy) {
        ElectionCatalog.Election election = live.elections().find(candidacy.electionCode).orElse(null);
        return new CandidacyRules.Subject(election == null ? null : CandidacyRules.ruleKind(election.kind()),
                candidacy.contestCode, candidacy.asnKind, candidacy.registeredOn,
                election == null ? null : election.candidateSettingDate(candidacy.contestCode), candidacy.regionCode,
                zone(candidacy));
    }

    private ZoneId zone(Candidacy candidacy) {
        return regions.zoneOf(candidacy.regionCode);
    }
}
