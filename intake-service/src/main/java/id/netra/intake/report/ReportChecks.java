package id.netra.intake.report;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.Validator;

import id.netra.kit.calendar.DayUnit;
import id.netra.kit.calendar.Deadline;
import id.netra.kit.calendar.WorkingDays;
import id.netra.kit.problem.FieldError;
import id.netra.kit.problem.FieldErrors;
import id.netra.kit.region.RegionCatalog;
import id.netra.kit.rules.ElectionCatalog;
import id.netra.kit.rules.LiveRules;
import id.netra.kit.rules.ViolationCatalog;
import id.netra.kit.validation.NikValidator;
import id.netra.kit.validation.ParsedNik;

/**
 * Every check of a report, answered at once: the field constraints and the facts no single field shows (catalogue
 * codes, dates against today in the region's zone, the NIK against the birth date and gender, the NIP a channel
 * needs). Also counts the filing deadline from the day the act became known.
 */
@ApplicationScoped
public class ReportChecks {

    /** A violation the reporter cannot name from the catalogue; then its description is required. */
    public static final String UNKNOWN_VIOLATION = "UNKNOWN";
    static final String FILING_RULE = "report_after_known";
    /** The election rule that gives the initial review (kajian awal) its time. */
    public static final String INITIAL_REVIEW_RULE = "initial_review";
    private static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);

    private final Validator validator;
    private final Clock clock;
    private final LiveRules rules;
    private final RegionCatalog regions;
    private final ViolationCatalog violations;

    public ReportChecks(Validator validator, Clock clock, LiveRules rules, RegionCatalog regions, ViolationCatalog violations) {
        this.violations = violations;
        this.regions = regions;
        this.validator = validator;
        this.clock = clock;
        this.rules = rules;
    }

    /** Throws one 400 problem with an entry per wrong field, or returns if the report may be stored. */
    public void requireValid(ReportRequest request, Channel channel, List<Channel> allowed) {
        List<FieldError> errors = FieldErrors.ofBody(validator, request);
        if (channel != null && !allowed.contains(channel)) {
            errors.add(FieldError.of("channel", "CHANNEL_NOT_ALLOWED", channel.name()));
        }
        ElectionCatalog.Election election = request.electionCode() == null ? null
                : rules.elections().find(request.electionCode()).orElse(null);
        if (request.electionCode() != null && election == null) {
            errors.add(FieldError.of("electionCode", "ELECTION_UNKNOWN"));
        }
        if (election != null) {
            checkElection(election, request, errors);
        }
        if (request.accused() != null && request.accused().nip() == null && channel != Channel.PUBLIC) {
            errors.add(FieldError.of("accused.nip", "NIP_REQUIRED"));
        }
        if (request.incident() != null) {
            checkIncident(request, errors);
        }
        if (request.reporter() != null) {
            checkReporter(request.reporter(), errors);
        }
        FieldErrors.requireNone(errors);
    }

    /**
     * The act must lie in the election's period and the accused's region among a re-run's regions; an election
     * without dates yet takes no report (its stage rule could not be applied).
     */
    private void checkElection(ElectionCatalog.Election election, ReportRequest request, List<FieldError> errors) {
        LocalDate act = request.incident() == null ? null : request.incident().occurredOn();
        ElectionCatalog.Range period = election.actPeriod();
        if (period == null) {
            errors.add(FieldError.of("electionCode", "ELECTION_NOT_SCHEDULED", election.code()));
        } else if (act != null && !election.covers(act)) {
            errors.add(FieldError.of("incident.occurredOn", "ACT_OUTSIDE_ELECTION", election.code(), period.from(),
                    period.to()));
        }
        String region = request.accused() == null ? null : request.accused().regionCode();
        if (region != null && regions.isKnown(region)
                && !election.coversRegion(region, regions)) {
            errors.add(FieldError.of("accused.regionCode", "REGION_OUTSIDE_ELECTION", election.code(),
                    String.join(", ", election.regions())));
        }
    }

    private void checkIncident(ReportRequest request, List<FieldError> errors) {
        ReportRequest.Incident incident = request.incident();
        String code = incident.violationCode();
        if (code != null && !UNKNOWN_VIOLATION.equals(code) && !violations.isKnown(code)) {
            errors.add(FieldError.of("incident.violationCode", "VIOLATION_UNKNOWN"));
        }
        if (UNKNOWN_VIOLATION.equals(code)
                && (incident.violationDescription() == null || incident.violationDescription().isBlank())) {
            errors.add(FieldError.of("incident.violationDescription", "VIOLATION_DESCRIPTION_REQUIRED"));
        }
        LocalDate today = today(request);
        notFutureNorAncient("incident.occurredOn", incident.occurredOn(), today, errors);
        notFutureNorAncient("incident.knownOn", incident.knownOn(), today, errors);
        if (incident.occurredOn() != null && incident.knownOn() != null
                && incident.knownOn().isBefore(incident.occurredOn())) {
            errors.add(FieldError.of("incident.knownOn", "KNOWN_BEFORE_OCCURRED"));
        }
    }

    private void checkReporter(ReportRequest.Reporter reporter, List<FieldError> errors) {
        LocalDate today = LocalDate.ofInstant(clock.instant(), RegionCatalog.WIT);
        notFutureNorAncient("reporter.dateOfBirth", reporter.dateOfBirth(), today, errors);
        // the NIK encodes the birth date (DDMMYY) and the gender (day + 40 for women): they must tell the same story
        new NikValidator(regions, clock).check(reporter.nik() == null ? "" : reporter.nik()).parsed()
                .ifPresent(nik -> {
                    if (reporter.dateOfBirth() != null && !sameBirthDay(nik, reporter.dateOfBirth())) {
                        errors.add(FieldError.of("reporter.dateOfBirth", "NIK_BIRTH_DATE_MISMATCH"));
                    }
                    if (reporter.gender() != null && nik.gender() != null
                            && !nik.gender().name().equals(reporter.gender())) {
                        errors.add(FieldError.of("reporter.gender", "NIK_GENDER_MISMATCH"));
                    }
                });
    }

    private static boolean sameBirthDay(ParsedNik nik, LocalDate dateOfBirth) {
        LocalDate encoded = nik.birthDate();
        return encoded == null || encoded.getDayOfMonth() == dateOfBirth.getDayOfMonth()
                && encoded.getMonth() == dateOfBirth.getMonth() && encoded.getYear() % 100 == dateOfBirth.getYear() % 100;
    }

    private static void notFutureNorAncient(String field, LocalDate date, LocalDate today, List<FieldError> errors) {
        if (date == null) {
            return;
        }
        if (date.isAfter(today)) {
            errors.add(FieldError.of(field, "DATE_IN_FUTURE", today));
        } else if (date.isBefore(EARLIEST)) {
            errors.add(FieldError.of(field, "DATE_TOO_EARLY"));
        }
    }

    /** Today in the case region's zone; the easternmost zone while the region is unknown, so no date is refused early. */
    private LocalDate today(ReportRequest request) {
        ZoneId zone = request.accused() == null ? RegionCatalog.WIT : zoneOrEast(request.accused().regionCode());
        return LocalDate.ofInstant(clock.instant(), zone);
    }

    private ZoneId zoneOrEast(String regionCode) {
        return regions.isKnown(regionCode) ? regions.zoneOf(regionCode)
                : RegionCatalog.WIT;
    }

    /**
     * The last moment to file, counted from the day the act became known by the election's rule (working or calendar
     * days, holidays as data) in the region's zone. Null when the election has no such rule.
     */
    public Deadline filingDeadline(ReportRequest request) {
        ZoneId zone = regions.zoneOf(request.accused().regionCode());
        WorkingDays workingDays = rules.workingDays();
        return rules.elections().deadlineRule(request.electionCode(), FILING_RULE)
                .map(rule -> workingDays.deadline(request.incident().knownOn().atStartOfDay(zone).toInstant(),
                        rule.days(), rule.unit(), zone, request.accused().regionCode()))
                .orElse(null);
    }

    /** When a step of an election's rules falls due, counted from now in the region's zone. */
    public Instant due(String electionCode, String step, String regionCode, int fallbackDays) {
        ZoneId zone = regions.zoneOf(regionCode);
        WorkingDays workingDays = rules.workingDays();
        return rules.elections().deadlineRule(electionCode, step)
                .map(rule -> workingDays.deadline(clock.instant(), rule.days(), rule.unit(), zone, regionCode))
                .orElseGet(() -> workingDays.deadline(clock.instant(), fallbackDays, DayUnit.DAYS, zone))
                .dueAt();
    }
}
