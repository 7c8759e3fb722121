package id.netra.sanction.rules;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;

import id.netra.contracts.RulesChanged;
import id.netra.kit.calendar.HolidayKind;
import id.netra.kit.id.Ids;
import id.netra.kit.outbox.Outbox;
import id.netra.kit.problem.FieldError;
import id.netra.kit.problem.FieldErrors;
import id.netra.kit.problem.Refusal;
import id.netra.kit.region.RegionCatalog;
import id.netra.kit.rules.ElectionCatalog;
import id.netra.kit.rules.LiveRules;

/**
 * Changes of the rules by an admin: an election, or holidays. Each is checked whole, then recorded with its author
 * (the audit trail), published to the other services and put in force, all or nothing.
 */
@ApplicationScoped
public class RulesAdmin {

    private static final Logger LOG = Logger.getLogger(RulesAdmin.class);
    private static final Pattern ELECTION_CODE = Pattern.compile("[A-Z][A-Z0-9_]{2,39}");
    private static final Pattern CONTEST_CODE = Pattern.compile("[A-Z][A-Z0-9_]{1,39}");
    private static final Set<String> CONFIDENCE = Set.of("high", "medium", "low");
    // bounds well above any real election or SKB list, so that one change stays a small event
    static final int MAX_REGIONS = 100;
    static final int MAX_CONTESTS = 20;
    static final int MAX_SOURCES = 20;
    static final int MAX_DAYS = 400;
    private static final DateTimeFormatter VERSION_TIME = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
            .withZone(ZoneOffset.UTC);

    private final LiveRules live;
    private final Outbox outbox;
    private final Clock clock;
    private final RegionCatalog regions;

    public RulesAdmin(LiveRules live, Outbox outbox, Clock clock, RegionCatalog regions) {
        this.regions = regions;
        this.live = live;
        this.outbox = outbox;
        this.clock = clock;
    }

    /** What a change made: the version, and whether an election of the same code was replaced. */
    public record Made(RulesChanged change, String changedBy, boolean replaced) {
    }

    public Uni<Made> election(ElectionRequest request, String admin) {
        requireValid(request);
        RulesChanged change = new RulesChanged(nextVersion(), clock.instant(), toContract(request), null);
        boolean replaced = live.elections().isKnown(request.code());
        return commit(change, admin).map(done -> new Made(change, admin, replaced))
                .invoke(() -> LOG.infof("Rules %s: election %s %s by %s", change.version(), request.code(),
                        replaced ? "replaced" : "added", admin));
    }

    public Uni<Made> holidays(HolidaysRequest request, String admin) {
        requireValid(request);
        List<RulesChanged.Day> days = request.days().stream()
                .sorted(Comparator.comparing(HolidaysRequest.Day::date))
                .map(day -> new RulesChanged.Day(day.date(), day.kind(), day.name().strip(), day.source().strip(),
                        day.regionCode()))
                .toList();
        RulesChanged change = new RulesChanged(nextVersion(), clock.instant(), null,
                new RulesChanged.Holidays(request.year(), days));
        return commit(change, admin).map(done -> new Made(change, admin, false))
                .invoke(() -> LOG.infof("Rules %s: %d days off%s loaded by %s", change.version(), days.size(),
                        request.year() == null ? "" : " (the list of " + request.year() + ")", admin));
    }

    private Uni<Void> commit(RulesChanged change, String admin) {
        // committed and published: a failed reload leaves this replica on the old rules until its next refresh,
        // which is no reason to tell the admin the change failed
        return Panache.withTransaction(() -> live.record(change, admin).chain(() -> outbox.record(change)))
                .call(() -> live.reload().onFailure().invoke(failure -> LOG.errorf(failure,
                        "Rules %s recorded, but not yet in force on this replica", change.version()))
                        .onFailure().recoverWithNull())
                .replaceWithVoid();
    }

    /** Sortable by time, unique across replicas. */
    private String nextVersion() {
        Instant now = clock.instant();
        return VERSION_TIME.format(now) + "-" + Ids.uuidV7().toString().substring(24, 30);
    }

    static RulesChanged.Election toContract(ElectionRequest request) {
        return new RulesChanged.Election(request.code(), request.kind(), blankToNull(request.name()),
                Boolean.TRUE.equals(request.demo()), request.votingDate(), request.candidateSettingDate(),
                range(request.campaign()), range(request.period()),
                request.regions() == null ? List.of() : List.copyOf(request.regions()),
                request.contests() == null ? List.of()
                        : request.contests().stream().map(c -> new RulesChanged.Contest(c.code(),
                                c.candidateSettingDate(), c.votingDate(), range(c.campaign()))).toList(),
                request.confidence(), request.sources() == null ? List.of() : List.copyOf(request.sources()),
                blankToNull(request.note()));
    }

    private static RulesChanged.DateRange range(ElectionRequest.Range range) {
        return range == null ? null : new RulesChanged.DateRange(range.from(), range.to());
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    void requireValid(ElectionRequest request) {
        FieldErrors.requireBody(request);
        List<FieldError> errors = new ArrayList<>();
        if (request.code() == null || !ELECTION_CODE.matcher(request.code()).matches()) {
            errors.add(FieldError.of("code", "INVALID_ELECTION_CODE"));
        }
        if (request.kind() == null || !ElectionCatalog.KINDS.contains(request.kind())) {
            errors.add(FieldError.of("kind", "INVALID_VALUE", String.join(", ", ElectionCatalog.KINDS)));
        }
        LocalDate voting = request.votingDate();
        LocalDate setting = request.candidateSettingDate();
        if (voting != null && setting == null) {
            errors.add(FieldError.of("candidateSettingDate", "REQUIRED"));
        }
        if (voting == null && setting != null) {
            errors.add(FieldError.of("votingDate", "REQUIRED"));
        }
        if (voting != null && setting != null && setting.isAfter(voting)) {
            errors.add(FieldError.of("candidateSettingDate", "CANDIDATES_SET_AFTER_VOTING"));
        }
        checkRange("campaign", request.campaign(), errors);
        checkRange("period", request.period(), errors);
        if (request.period() != null && (voting == null || setting == null)) {
            // an election without its dates judges no act, so a period would only let reports in that fail later
            errors.add(FieldError.of("period", "PERIOD_NEEDS_DATES"));
        }
        tooMany("regions", request.regions(), MAX_REGIONS, errors);
        tooMany("contests", request.contests(), MAX_CONTESTS, errors);
        tooMany("sources", request.sources(), MAX_SOURCES, errors);
        if (request.period() != null && voting != null && request.period().from() != null
                && request.period().to() != null
                && (voting.isBefore(request.period().from()) || voting.isAfter(request.period().to()))) {
            errors.add(FieldError.of("period", "PERIOD_WITHOUT_VOTING_DAY"));
        }
        List<String> codes = request.regions() == null ? List.of() : request.regions();
        for (int i = 0; i < codes.size(); i++) {
            if (!regions.isKnown(codes.get(i))) {
                errors.add(FieldError.of("regions[" + i + "]", "INVALID_REGION", codes.get(i)));
            }
        }
        List<ElectionRequest.Contest> contests = request.contests() == null ? List.of() : request.contests();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < contests.size(); i++) {
            ElectionRequest.Contest contest = contests.get(i);
            String field = "contests[" + i + "]";
            if (contest == null || contest.code() == null || !CONTEST_CODE.matcher(contest.code()).matches()) {
                errors.add(FieldError.of(field + ".code", "INVALID_CONTEST_CODE"));
                continue;
            }
            if (!seen.add(contest.code())) {
                errors.add(FieldError.of(field + ".code", "DUPLICATE_CONTEST", contest.code()));
            }
            LocalDate contestVoting = contest.votingDate() != null ? contest.votingDate() : voting;
            if (contest.candidateSettingDate() != null && contestVoting != null
                    && contest.candidateSettingDate().isAfter(contestVoting)) {
                errors.add(FieldError.of(field + ".candidateSettingDate", "CANDIDATES_SET_AFTER_VOTING"));
            }
            checkRange(field + ".campaign", contest.campaign(), errors);
        }
        if (request.confidence() != null && !CONFIDENCE.contains(request.confidence())) {
            errors.add(FieldError.of("confidence", "INVALID_VALUE", "high, medium, low"));
        }
        boolean sourced = request.sources() != null
                && request.sources().stream().anyMatch(source -> source != null && !source.isBlank());
        if (!sourced && !Boolean.TRUE.equals(request.demo())) {
            errors.add(FieldError.of("sources", "SOURCE_REQUIRED"));
        }
        tooLong("name", request.name(), 200, errors);
        tooLong("note", request.note(), 2000, errors);
        if (request.sources() != null) {
            for (int i = 0; i < request.sources().size(); i++) {
                String source = request.sources().get(i);
                if (source == null || source.isBlank()) {
                    errors.add(FieldError.of("sources[" + i + "]", "REQUIRED"));
                }
                tooLong("sources[" + i + "]", source, 500, errors);
            }
        }
        if (!errors.isEmpty()) {
            throw Refusal.invalid(errors);
        }
    }

    void requireValid(HolidaysRequest request) {
        FieldErrors.requireBody(request);
        List<FieldError> errors = new ArrayList<>();
        Integer year = request.year();
        if (year != null && (year < 2000 || year > 2100)) {
            errors.add(FieldError.of("year", "INVALID_YEAR"));
        }
        if (request.days() == null || request.days().isEmpty()) {
            errors.add(FieldError.of("days", "REQUIRED"));
        }
        tooMany("days", request.days(), MAX_DAYS, errors);
        List<HolidaysRequest.Day> days = request.days() == null ? List.of() : request.days();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < days.size(); i++) {
            HolidaysRequest.Day day = days.get(i);
            String field = "days[" + i + "]";
            if (day == null) {
                errors.add(FieldError.of(field, "REQUIRED"));
                continue;
            }
            HolidayKind kind = kindOf(day.kind());
            if (day.date() == null) {
                errors.add(FieldError.of(field + ".date", "REQUIRED"));
            } else if (year != null && day.date().getYear() != year && kind != HolidayKind.LIBUR_DAERAH) {
                errors.add(FieldError.of(field + ".date", "DATE_OUTSIDE_YEAR", year));
            }
            if (kind == null) {
                errors.add(FieldError.of(field + ".kind", "INVALID_VALUE", "LIBUR_NASIONAL, CUTI_BERSAMA, LIBUR_DAERAH"));
            } else if (kind == HolidayKind.LIBUR_DAERAH) {
                if (year != null) {
                    // a year's list replaces the year's national days: regional ones loaded with it would leave a
                    // list of none, and every deadline of the year would be counted without its holidays
                    errors.add(FieldError.of(field + ".kind", "REGIONAL_DAY_NOT_IN_YEAR_LIST"));
                }
                if (day.regionCode() == null) {
                    errors.add(FieldError.of(field + ".regionCode", "REQUIRED"));
                } else if (!regions.isKnown(day.regionCode())) {
                    errors.add(FieldError.of(field + ".regionCode", "INVALID_REGION", day.regionCode()));
                }
            } else {
                if (day.regionCode() != null) {
                    errors.add(FieldError.of(field + ".regionCode", "REGION_ONLY_FOR_REGIONAL_DAY"));
                }
                if (year == null) {
                    errors.add(FieldError.of(field + ".kind", "NATIONAL_DAY_NEEDS_YEAR"));
                }
            }
            if (day.name() == null || day.name().isBlank()) {
                errors.add(FieldError.of(field + ".name", "REQUIRED"));
            }
            if (day.source() == null || day.source().isBlank()) {
                errors.add(FieldError.of(field + ".source", "SOURCE_REQUIRED"));
            }
            tooLong(field + ".name", day.name(), 200, errors);
            tooLong(field + ".source", day.source(), 500, errors);
            if (day.date() != null && kind != null && !seen.add(day.date() + "/" + kind + "/" + day.regionCode())) {
                errors.add(FieldError.of(field + ".date", "DUPLICATE_DAY", day.date()));
            }
        }
        if (!errors.isEmpty()) {
            throw Refusal.invalid(errors);
        }
    }

    private static HolidayKind kindOf(String kind) {
        try {
            return kind == null ? null : HolidayKind.valueOf(kind);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static void checkRange(String field, ElectionRequest.Range range, List<FieldError> errors) {
        if (range == null) {
            return;
        }
        if (range.from() == null || range.to() == null) {
            errors.add(FieldError.of(field, "RANGE_INCOMPLETE"));
        } else if (range.to().isBefore(range.from())) {
            errors.add(FieldError.of(field, "RANGE_REVERSED"));
        }
    }

    private static void tooMany(String field, List<?> list, int max, List<FieldError> errors) {
        if (list != null && list.size() > max) {
            errors.add(FieldError.of(field, "TOO_MANY", max));
        }
    }

    private static void tooLong(String field, String text, int max, List<FieldError> errors) {
        if (text != null && text.length() > max) {
            errors.add(FieldError.of(field, "TOO_LONG", max));
        }
    }
}
