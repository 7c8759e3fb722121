package id.netra.intake.candidacy;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import id.netra.intake.config.IntakeConfig;
import id.netra.kit.calendar.DayUnit;
import id.netra.kit.calendar.Deadline;
import id.netra.kit.calendar.WorkingDays;
import id.netra.kit.problem.Messages;
import id.netra.kit.validation.NipKind;

/**
 * What the law asks of an ASN who registers as a candidate, read from {@code netra/rules/candidacy.yaml} (or the file
 * {@code netra.intake.candidacy-rules-file} names): several of these rules are only partly confirmed or unverified,
 * so they are data with their confidence, not code. Computes a watch's obligations from them and the contest's dates.
 * A file that does not hold together stops the service at start, rather than computing wrong due days.
 */
@ApplicationScoped
public class CandidacyRules {

    static final String RESOURCE = "/netra/rules/candidacy.yaml";
    private static final Set<String> CONFIDENCE = Set.of("C", "P", "U");
    private static final List<String> KINDS = List.of("PEMILU", "PILKADA");

    private final Data data;

    @Inject
    public CandidacyRules(IntakeConfig config) {
        this(config.candidacyRulesFile().map(CandidacyRules::readFile).orElseGet(() -> readResource(RESOURCE)));
    }

    CandidacyRules(Data data) {
        this.data = check(data);
    }

    /** The day an obligation counts from. */
    public enum Anchor {
        /** The day the ASN registered with the election body. */
        REGISTRATION,
        /** The contest's candidate-setting date: the DCT for Pemilu, the day the pair is set for a pilkada. */
        CANDIDATE_SETTING
    }

    /** The facts of a watch that its obligations depend on. {@code ruleKind} is PEMILU or PILKADA. */
    public record Subject(String ruleKind, String contestCode, NipKind asnKind, LocalDate registeredOn,
            LocalDate candidateSettingDate, String regionCode, ZoneId zone) {
    }

    /** None for an election the catalog no longer holds: such a watch has no obligations, and its reads still work. */
    private Kind kind(String ruleKind) {
        return ruleKind == null ? null : data.kinds().get(ruleKind);
    }

    /** The contests accepted for an election of this kind that lists none of its own. */
    public List<String> contests(String ruleKind) {
        Kind kind = kind(ruleKind);
        return kind == null ? List.of() : kind.contests();
    }

    /** The obligations of a watch on {@code today} (the region's calendar day), in the order of the rules data. */
    public List<Obligation> obligations(Subject subject, List<CandidacyDocument> documents, LocalDate today,
            WorkingDays workingDays) {
        List<Obligation> obligations = new ArrayList<>();
        Kind kind = kind(subject.ruleKind());
        if (kind == null) {
            return obligations;
        }
        for (Rule rule : kind.obligations()) {
            if (rule.appliesTo(subject)) {
                obligations.add(obligation(rule, subject, documents, today, workingDays));
            }
        }
        return obligations;
    }

    private Obligation obligation(Rule rule, Subject subject, List<CandidacyDocument> documents,
            LocalDate today, WorkingDays workingDays) {
        LocalDate anchor = rule.anchor() == Anchor.REGISTRATION ? subject.registeredOn()
                : subject.candidateSettingDate();
        LocalDate dueOn = null;
        boolean provisional = false;
        if (anchor != null) {
            Due due = rule.due();
            if (due.endOfMonth()) {
                dueOn = anchor.with(TemporalAdjusters.lastDayOfMonth());
            } else if (due.unit() == DayUnit.WORKING_DAYS) {
                Deadline deadline = workingDays.deadline(anchor.atStartOfDay(subject.zone()).toInstant(), due.days(),
                        DayUnit.WORKING_DAYS, subject.zone(), subject.regionCode());
                dueOn = deadline.dueDate();
                provisional = deadline.provisional();
            } else {
                dueOn = anchor.plusDays(due.days());
            }
        }
        Optional<CandidacyDocument> first = documents.stream().filter(d -> rule.metBy().contains(d.type))
                .min(Comparator.comparing((CandidacyDocument d) -> d.documentDate).thenComparing(d -> d.uploadedAt));
        ObligationStatus status;
        if (first.isPresent()) {
            status = ObligationStatus.MET;
        } else if (dueOn != null && !provisional && today.isAfter(dueOn)) {
            // a provisional due day is a guess: it never makes an obligation overdue by itself
            status = ObligationStatus.OVERDUE;
        } else {
            status = ObligationStatus.OPEN;
        }
        return new Obligation(rule.code(), title(rule).orElseThrow(), status, rule.anchor(), dueOn, provisional,
                first.map(d -> d.id).orElse(null), first.map(d -> d.documentDate).orElse(null), rule.basis(),
                rule.confidence());
    }

    /**
     * Whether the notice that an open obligation falls due is to be raised on {@code today}: from the notice period
     * before its due day (counted on the region's working days when the setting says so) to the due day itself.
     */
    public boolean falling(Obligation obligation, LocalDate today, String regionCode, WorkingDays workingDays) {
        if (obligation.status() != ObligationStatus.OPEN || obligation.dueOn() == null
                || today.isAfter(obligation.dueOn())) {
            return false;
        }
        Period before = data.noticeBefore();
        long left = before.unit() == DayUnit.WORKING_DAYS
                ? workingDays.workingDaysBetween(today, obligation.dueOn(), regionCode)
                : ChronoUnit.DAYS.between(today, obligation.dueOn());
        return left <= before.days();
    }

    /** The rule that holds an exit request while a case about the same NIP is open. */
    public Hold exitRequestHold() {
        return data.exitRequestHold();
    }

    /** The basis of a flag such as D5; empty if the data names none. */
    public Optional<Flag> flag(String code) {
        return Optional.ofNullable(data.flags().get(code));
    }

    /** The kind whose rules apply to an election kind: a PSU or a pilkada ulang follows PILKADA. */
    public static String ruleKind(String electionKind) {
        return electionKind != null && electionKind.startsWith("PILKADA") ? "PILKADA" : electionKind;
    }

    /**
     * The rule's title in both languages: the file's own, so that a replacement file can add a rule without a new
     * build, or else the messages' {@code obligation.<code>}.
     */
    private static Optional<Title> title(Rule rule) {
        Title own = rule.title();
        if (own != null && own.id() != null && !own.id().isBlank() && own.en() != null && !own.en().isBlank()) {
            return Optional.of(own);
        }
        String key = "obligation." + rule.code();
        return Messages.inBoth(key)
                ? Optional.of(new Title(Messages.text(Messages.INDONESIAN, key), Messages.text(Locale.ENGLISH, key)))
                : Optional.empty();
    }

    private static Data check(Data data) {
        List<String> problems = new ArrayList<>();
        if (data.noticeBefore() == null || data.noticeBefore().days() == null || data.noticeBefore().days() < 0
                || data.noticeBefore().unit() == null) {
            problems.add("notice_before needs days (0 or more) and a unit");
        }
        for (String kind : KINDS) {
            if (!data.kinds().containsKey(kind)) {
                problems.add("no rules for " + kind);
            }
        }
        data.kinds().forEach((name, kind) -> kind.obligations().forEach(rule -> {
            String where = name + "." + rule.code();
            if (rule.code() == null || !rule.code().matches("[A-Z0-9_]+")) {
                problems.add(where + ": code must be upper-case letters, digits and _");
            }
            if (rule.anchor() == null) {
                problems.add(where + ": anchor missing");
            }
            Due due = rule.due();
            if (due == null || !due.endOfMonth() && (due.days() == null || due.unit() == null)) {
                problems.add(where + ": due needs end_of_month or days with a unit");
            } else if (!due.endOfMonth() && due.unit() == DayUnit.WORKING_DAYS && due.days() < 0) {
                problems.add(where + ": working days count forward only");
            }
            if (rule.metBy().isEmpty()) {
                problems.add(where + ": met_by names no document type");
            }
            if (!CONFIDENCE.contains(rule.confidence())) {
                problems.add(where + ": confidence must be C, P or U");
            }
            if (rule.basis() == null || rule.basis().isBlank()) {
                problems.add(where + ": basis missing");
            }
            if (title(rule).isEmpty()) {
                problems.add(where + ": no title: give title {id, en}, or the messages a text obligation."
                        + rule.code() + " in both languages");
            }
        }));
        Hold hold = data.exitRequestHold();
        if (hold == null || !CONFIDENCE.contains(hold.confidence()) || hold.forwardedDays() == null
                || hold.forwardedDays() < 0) {
            problems.add("exit_request_hold needs enabled, forwarded_days (0 or more), basis and a confidence C, P "
                    + "or U");
        }
        if (!problems.isEmpty()) {
            throw new IllegalStateException("Candidacy rules do not hold together: " + String.join("; ", problems));
        }
        return data;
    }

    static Data readResource(String resource) {
        try (InputStream in = CandidacyRules.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing data file " + resource);
            }
            return yaml().readValue(in, Data.class);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + resource, e);
        }
    }

    private static Data readFile(String file) {
        try (InputStream in = Files.newInputStream(Path.of(file))) {
            return yaml().readValue(in, Data.class);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read candidacy rules " + file, e);
        }
    }

    private static ObjectMapper yaml() {
        // unknown fields (notes, sources) are documentation for people; a misspelt one shows in check()'s problems
        return new ObjectMapper(new YAMLFactory()).registerModule(new JavaTimeModule())
                .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Data(Period noticeBefore, Map<String, Kind> kinds, Hold exitRequestHold, Map<String, Flag> flags) {

        Data {
            kinds = kinds == null ? Map.of() : Map.copyOf(kinds);
            flags = flags == null ? Map.of() : Map.copyOf(flags);
        }
    }

    /** A length of time in days or working days; {@code nature} says whether it is law or a Netra setting. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record Period(Integer days, DayUnit unit, String nature) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Kind(List<String> contests, List<Rule> obligations) {

        Kind {
            contests = contests == null ? List.of() : List.copyOf(contests);
            obligations = obligations == null ? List.of() : List.copyOf(obligations);
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Rule(String code, Title title, List<String> contests, Anchor anchor, Due due, List<DocumentType> metBy,
            List<NipKind> asnKinds, String basis, String confidence) {

        Rule {
            contests = contests == null ? List.of() : List.copyOf(contests);
            metBy = metBy == null ? List.of() : List.copyOf(metBy);
            asnKinds = asnKinds == null ? List.of() : List.copyOf(asnKinds);
        }

        boolean appliesTo(Subject subject) {
            return (contests.isEmpty() || contests.contains(subject.contestCode()))
                    && (asnKinds.isEmpty() || asnKinds.contains(subject.asnKind()));
        }
    }

    /** What an obligation is called, in Indonesian and in English. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Title(String id, String en) {

        public String text(Locale locale) {
            return "en".equals(locale.getLanguage()) ? en : id;
        }
    }

    /** {@code days} in {@code unit} after the anchor, or the last day of the anchor's month. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record Due(Integer days, DayUnit unit, boolean endOfMonth) {
    }

    /**
     * Whether an exit request is held while a case about the same NIP is open, for how many days after forwarding a
     * forwarded case holds it, and on what basis.
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Hold(boolean enabled, Integer forwardedDays, String basis, String confidence) {
    }

    /** The basis of a flag, such as D5 for party membership. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Flag(String basis, String confidence) {
    }
}
