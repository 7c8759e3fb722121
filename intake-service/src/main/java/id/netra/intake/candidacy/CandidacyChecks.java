package id.netra.intake.candidacy;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.Validator;

import id.netra.kit.problem.FieldError;
import id.netra.kit.problem.FieldErrors;
import id.netra.kit.region.RegionCatalog;
import id.netra.kit.rules.ElectionCatalog;
import id.netra.kit.rules.LiveRules;
import id.netra.kit.validation.NipKind;
import id.netra.kit.validation.NipValidator;

/**
 * Every check of a filing, answered at once like a report's: the field constraints, then what no single field shows
 * (the election and its contest, the registration day against today in the region's zone and the election's period,
 * party or independent). Nothing is stored when one fails.
 */
@ApplicationScoped
public class CandidacyChecks {

    private static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);

    private final Validator validator;
    private final Clock clock;
    private final LiveRules rules;
    private final CandidacyRules candidacyRules;
    private final RegionCatalog regions;

    public CandidacyChecks(Validator validator, Clock clock, LiveRules rules, CandidacyRules candidacyRules,
            RegionCatalog regions) {
        this.regions = regions;
        this.validator = validator;
        this.clock = clock;
        this.rules = rules;
        this.candidacyRules = candidacyRules;
    }

    /** What the checks found out, for the filing to use. */
    public record Checked(ElectionCatalog.Election election, NipKind asnKind) {
    }

    /** Throws one 400 problem with an entry per wrong field, or returns what a valid filing needs. */
    public Checked requireValid(CandidacyRequest request) {
        List<FieldError> errors = FieldErrors.ofBody(validator, request);
        boolean independent = Boolean.TRUE.equals(request.independent());
        if (independent && request.party() != null) {
            errors.add(FieldError.of("party", "PARTY_WITH_INDEPENDENT"));
        } else if (!independent && (request.party() == null || request.party().isBlank())) {
            errors.add(FieldError.of("party", "PARTY_REQUIRED"));
        }
        String region = request.asn() == null ? null : request.asn().regionCode();
        ElectionCatalog.Election election = request.electionCode() == null ? null
                : rules.elections().find(request.electionCode()).orElse(null);
        if (request.electionCode() != null && election == null) {
            errors.add(FieldError.of("electionCode", "ELECTION_UNKNOWN"));
        }
        if (election != null) {
            checkElection(election, request, region, errors);
        }
        checkRegistrationDay(request.registeredOn(), region, errors);
        FieldErrors.requireNone(errors);
        NipKind kind = NipValidator.check(request.asn().nip()).parsed().map(nip -> nip.kind()).orElseThrow();
        return new Checked(election, kind);
    }

    /**
     * The contest must be one of the election's (or, for an election that lists none, one of its kind's); the
     * registration must lie in the election's period and the region in a re-run's regions; an election without dates
     * has no candidate-setting date to count from.
     */
    private void checkElection(ElectionCatalog.Election election, CandidacyRequest request, String region,
            List<FieldError> errors) {
        ElectionCatalog.Range period = election.actPeriod();
        if (period == null) {
            errors.add(FieldError.of("electionCode", "ELECTION_NOT_SCHEDULED", election.code()));
        } else if (request.registeredOn() != null && !election.covers(request.registeredOn())) {
            errors.add(FieldError.of("registeredOn", "REGISTRATION_OUTSIDE_ELECTION", election.code(), period.from(),
                    period.to()));
        }
        List<String> contests = election.contests().isEmpty()
                ? candidacyRules.contests(CandidacyRules.ruleKind(election.kind()))
                : election.contests().stream().map(ElectionCatalog.Contest::code).toList();
        if (request.contestCode() != null && !contests.contains(request.contestCode())) {
            errors.add(FieldError.of("contestCode", "CONTEST_UNKNOWN", election.code(), String.join(", ", contests)));
        }
        if (region != null && regions.isKnown(region)
                && !election.coversRegion(region, regions)) {
            errors.add(FieldError.of("asn.regionCode", "REGION_OUTSIDE_ELECTION", election.code(),
                    String.join(", ", election.regions())));
        }
    }

    /** Not after today in the region's zone (the easternmost while the region is unknown), not before 1900. */
    private void checkRegistrationDay(LocalDate registeredOn, String region, List<FieldError> errors) {
        if (registeredOn == null) {
            return;
        }
        LocalDate today = LocalDate.ofInstant(clock.instant(),
                region != null && regions.isKnown(region) ? regions.zoneOf(region) : RegionCatalog.WIT);
        if (registeredOn.isAfter(today)) {
            errors.add(FieldError.of("registeredOn", "DATE_IN_FUTURE", today));
        } else if (registeredOn.isBefore(EARLIEST)) {
            errors.add(FieldError.of("registeredOn", "DATE_TOO_EARLY"));
        }
    }
}
