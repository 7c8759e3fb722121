package id.netra.kit.rules;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import id.netra.contracts.RulesChanged;
import id.netra.kit.calendar.DayUnit;
import id.netra.kit.region.RegionCatalog;

/**
 * The elections the system knows: those shipped in {@code netra/rules/elections.yaml} and those an admin added since
 * (see {@link LiveRules}). Each has contests with their candidate-setting dates, the period an act can belong to it
 * and, for a re-run, its regions.
 */
public final class ElectionCatalog {

    private static final String RESOURCE = "/netra/rules/elections.yaml";
    private static volatile ElectionCatalog standard;

    private final Map<String, Election> elections;
    private final Map<String, Map<String, DeadlineRule>> deadlineRules;

    private ElectionCatalog(Map<String, Election> elections, Map<String, Map<String, DeadlineRule>> deadlineRules) {
        this.elections = elections;
        this.deadlineRules = deadlineRules == null ? Map.of() : Map.copyOf(deadlineRules);
    }

    /** The catalogue shipped with the service, read once. */
    public static ElectionCatalog standard() {
        if (standard == null) {
            standard = load(RESOURCE);
        }
        return standard;
    }

    static ElectionCatalog load(String resource) {
        ObjectMapper yaml = new ObjectMapper(new YAMLFactory()).registerModule(new JavaTimeModule())
                .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        try (InputStream in = ElectionCatalog.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing data file " + resource);
            }
            File file = yaml.readValue(in, File.class);
            Map<String, Election> byCode = new LinkedHashMap<>();
            file.elections().forEach(election -> byCode.put(election.code(), election));
            return new ElectionCatalog(byCode, file.deadlineRules());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + resource, e);
        }
    }

    /** This catalogue with {@code election} added, or replacing the election of its code. */
    public ElectionCatalog with(Election election) {
        Map<String, Election> byCode = new LinkedHashMap<>(elections);
        byCode.put(election.code(), election);
        return new ElectionCatalog(byCode, deadlineRules);
    }

    public Optional<Election> find(String code) {
        return Optional.ofNullable(code).map(elections::get);
    }

    public boolean isKnown(String code) {
        return code != null && elections.containsKey(code);
    }

    public List<Election> all() {
        return List.copyOf(elections.values());
    }

    /**
     * The deadline rule of a step (e.g. {@code report_after_known}, {@code initial_review}) for an election: the
     * rule of its kind (a re-run counts as PILKADA), else the rule for ANY election; empty for an unknown election or
     * step.
     */
    public Optional<DeadlineRule> deadlineRule(String electionCode, String step) {
        return find(electionCode).flatMap(election -> Optional
                .ofNullable(deadlineRules.getOrDefault(election.ruleKind(), Map.of()).get(step))
                .or(() -> Optional.ofNullable(deadlineRules.getOrDefault("ANY", Map.of()).get(step))))
                .filter(rule -> rule.days() != null && rule.unit() != null);
    }

    /**
     * How long a step may take: {@code days} counted in {@code unit}; {@code nature} says whether it is law, an internal
     * target or a Netra setting, {@code basis} where it comes from, {@code disputed} why it is configurable.
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record DeadlineRule(Integer days, DayUnit unit, String disputed, String nature, String basis) {

        public DeadlineRule(Integer days, DayUnit unit, String disputed) {
            this(days, unit, disputed, null, null);
        }
    }

    /** The kinds of election; a PSU (pemungutan suara ulang) or a pilkada ulang follows the rules of a PILKADA. */
    public static final List<String> KINDS = List.of("PEMILU", "PILKADA", "PILKADA_PSU", "PILKADA_ULANG");

    /**
     * One election or re-run. Its candidate-setting date is the day candidates were set (ethics rows before it,
     * discipline rows from it); an election with several contests may have one per contest (Pemilu 2024: DPR/DPD/DPRD
     * on 3 Nov 2023, the presidential pairs on 13 Nov 2023). {@code regions} empty: the whole country. {@code demo}
     * marks an election made up for trying the suite. {@code confidence} and {@code sources} say how sure its dates are.
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Election(
            String code,
            String kind,
            String name,
            boolean demo,
            LocalDate votingDate,
            LocalDate candidateSettingDate,
            Range campaign,
            Range period,
            List<String> regions,
            List<Contest> contests,
            String confidence,
            List<String> sources,
            String note) {

        public Election {
            regions = regions == null ? List.of() : List.copyOf(regions);
            contests = contests == null ? List.of() : List.copyOf(contests);
            sources = sources == null ? List.of() : List.copyOf(sources);
        }

        /** The kind whose deadline rules apply: a re-run's is PILKADA. */
        public String ruleKind() {
            return kind != null && kind.startsWith("PILKADA") ? "PILKADA" : kind;
        }

        public Optional<Contest> contest(String contestCode) {
            return contests.stream().filter(contest -> contest.code().equals(contestCode)).findFirst();
        }

        /** Whether the contests set their candidates on different days, so an act must name its contest. */
        public boolean contestMatters() {
            return contests.stream().map(this::settingDateOf).filter(Objects::nonNull).distinct().count() > 1;
        }

        /** The candidate-setting date of a contest (the election's own when the contest gives none or is null). */
        public LocalDate candidateSettingDate(String contestCode) {
            return contest(contestCode).map(this::settingDateOf).orElse(candidateSettingDate);
        }

        private LocalDate settingDateOf(Contest contest) {
            return contest.candidateSettingDate() != null ? contest.candidateSettingDate() : candidateSettingDate;
        }

        /** Whether the election has its dates: an announced election without them (Pemilu 2029) takes no act yet. */
        public boolean isScheduled() {
            return votingDate != null && candidateSettingDate != null;
        }

        /**
         * The days an act can belong to it: its {@code period} as given, else from a year before the first
         * candidate-setting date to 90 days after the voting day (Netra's setting, wide on purpose: an act is refused
         * only when it clearly concerns no stage of the election).
         */
        public Range actPeriod() {
            if (!isScheduled()) {
                // no candidate-setting date: no act could be judged, whatever period was given
                return null;
            }
            if (period != null && period.from() != null && period.to() != null) {
                return period;
            }
            LocalDate first = Stream.concat(Stream.of(candidateSettingDate),
                    contests.stream().map(Contest::candidateSettingDate).filter(Objects::nonNull))
                    .min(LocalDate::compareTo).orElseThrow();
            LocalDate lastVote = Stream.concat(Stream.of(votingDate),
                    contests.stream().map(Contest::votingDate).filter(Objects::nonNull))
                    .max(LocalDate::compareTo).orElseThrow();
            return new Range(first.minusYears(1), lastVote.plusDays(90));
        }

        /** Whether an act on this day can belong to the election. */
        public boolean covers(LocalDate actDate) {
            Range range = actPeriod();
            return range != null && !actDate.isBefore(range.from()) && !actDate.isAfter(range.to());
        }

        /**
         * Whether a case of this region can belong to the election: everywhere, or where a region of the re-run lies
         * (a kabupaten/kota of it, or the province around it, whose civil servants may act there too).
         */
        public boolean coversRegion(String regionCode, RegionCatalog regions) {
            return this.regions.isEmpty() || regionCode != null && this.regions.stream()
                    .anyMatch(region -> regions.covers(region, regionCode) || regions.covers(regionCode, region));
        }

        public static Election of(RulesChanged.Election e) {
            return new Election(e.code(), e.kind(), e.name(), e.demo(), e.votingDate(), e.candidateSettingDate(),
                    Range.of(e.campaign()), Range.of(e.period()), e.regions(),
                    e.contests() == null ? List.of()
                            : e.contests().stream().map(c -> new Contest(c.code(), c.candidateSettingDate(),
                                    c.votingDate(), Range.of(c.campaign()))).toList(),
                    e.confidence(), e.sources(), e.note());
        }

        public RulesChanged.Election toContract() {
            return new RulesChanged.Election(code, kind, name, demo, votingDate, candidateSettingDate,
                    Range.toContract(campaign), Range.toContract(period), regions,
                    contests.stream().map(c -> new RulesChanged.Contest(c.code(), c.candidateSettingDate(),
                            c.votingDate(), Range.toContract(c.campaign()))).toList(),
                    confidence, sources, note);
        }
    }

    /** One race of an election: PRESIDEN, DPR, DPD, DPRD, GUBERNUR, BUPATI, WALIKOTA. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Contest(String code, LocalDate candidateSettingDate, LocalDate votingDate, Range campaign) {
    }

    /** Days from {@code from} to {@code to}, both included. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Range(LocalDate from, LocalDate to) {

        static Range of(RulesChanged.DateRange range) {
            return range == null ? null : new Range(range.from(), range.to());
        }

        static RulesChanged.DateRange toContract(Range range) {
            return range == null ? null : new RulesChanged.DateRange(range.from(), range.to());
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record File(List<Election> elections, Map<String, Map<String, DeadlineRule>> deadlineRules) {
    }
}
