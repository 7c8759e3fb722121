package id.netra.sanction.rules;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import id.netra.kit.rules.ElectionCatalog;
import id.netra.kit.rules.ElectionCatalog.Election;
import id.netra.kit.rules.ViolationCatalog;
import id.netra.kit.rules.ViolationCatalog.Sanction;
import id.netra.kit.rules.ViolationCatalog.StagePair;
import id.netra.kit.rules.ViolationCatalog.Violation;
import id.netra.kit.validation.NipKind;

/** The sanction rules of the 2022 joint decree, all from data files: stage rule, level, legal basis, sanctions. */
public final class SanctionRules {

    static final String RESOURCE = "/netra/rules/sanction-rules.yaml";
    /** Every file the rules are made of: a change to any of them changes the version a recommendation records. */
    private static final List<String> DATA_FILES = List.of("/netra/rules/violation-catalogue.yaml",
            "/netra/rules/elections.yaml", RESOURCE);

    private final ViolationCatalog catalog;
    private final Supplier<ElectionCatalog> elections;
    private final String version;
    private final Map<SanctionLevel, String> legalBasis;
    private final String taskForceBasis;
    private final Map<SanctionLevel, List<Sanction>> ladder = new EnumMap<>(SanctionLevel.class);
    private final Map<String, StagePair> pairByEarlier = new HashMap<>();
    private final Map<String, StagePair> pairByLater = new HashMap<>();
    private final Map<SanctionLevel, SanctionLevel> raise = new EnumMap<>(SanctionLevel.class);
    private final Map<SanctionLevel, List<String>> aggravatedSanctions = new EnumMap<>(SanctionLevel.class);
    private final Map<AggravatingFact, String> factBasis = new EnumMap<>(AggravatingFact.class);
    private final Policy policy;
    private final List<String> notes;
    private final List<SupervisingBody> supervisingBodies;
    private final Set<String> criminalCodes;
    private final Map<String, String> criminalArticles;
    private final Set<String> notForPppk;
    private final Map<SanctionLevel, List<Sanction>> pppkOnly = new EnumMap<>(SanctionLevel.class);
    private final String pppkBasis;

    SanctionRules(ViolationCatalog catalog, Supplier<ElectionCatalog> elections, Data data, String dataHash,
            Policy policy) {
        this.catalog = catalog;
        this.elections = elections;
        this.policy = policy;
        if (data.version() == null || data.taskForceBasis() == null) {
            throw new IllegalStateException(RESOURCE + " needs a version and a task_force_basis");
        }
        String dataVersion = dataHash == null ? data.version() : data.version() + "#" + dataHash;
        // a recommendation made under a Netra policy must say so in the version it records
        this.version = policy.any() ? dataVersion + "+" + policy.label() : dataVersion;
        this.legalBasis = new EnumMap<>(SanctionLevel.class);
        if (data.legalBasis() != null) {
            legalBasis.putAll(data.legalBasis());
        }
        this.taskForceBasis = data.taskForceBasis();
        this.notes = data.notes() == null ? List.of() : List.copyOf(data.notes());
        this.supervisingBodies = data.supervisingBodies() == null ? List.of()
                : data.supervisingBodies().stream().sorted(Comparator.comparing(SupervisingBody::from))
                        .toList();
        this.criminalCodes = data.criminalSide() == null || data.criminalSide().codes() == null ? Set.of()
                : Set.copyOf(data.criminalSide().codes());
        this.criminalArticles = data.criminalSide() == null || data.criminalSide().articles() == null ? Map.of()
                : Map.copyOf(data.criminalSide().articles());
        if (data.aggravation() != null) {
            raise.putAll(Map.copyOf(data.aggravation().raise() == null ? Map.of() : data.aggravation().raise()));
            if (data.aggravation().sanctions() != null) {
                aggravatedSanctions.putAll(data.aggravation().sanctions());
            }
            if (data.aggravation().facts() != null) {
                factBasis.putAll(data.aggravation().facts());
            }
        }
        catalog.ladder().forEach((level, sanctions) -> ladder.put(SanctionLevel.valueOf(level), sanctions));
        this.notForPppk = data.pppk() == null || data.pppk().notFitting() == null ? Set.of()
                : Set.copyOf(data.pppk().notFitting());
        if (data.pppk() != null && data.pppk().sanctions() != null) {
            pppkOnly.putAll(data.pppk().sanctions());
        }
        this.pppkBasis = data.pppk() == null ? null : data.pppk().basis();
        for (StagePair pair : catalog.stagePairs()) {
            pairByEarlier.putIfAbsent(pair.earlier(), pair);
            // KE3 and KE6 both pair with D4: a D4 act before the date reads as the first listed (KE3). Both are moral
            // rows with the same basis, so the level does not depend on the choice; the item is marked inferred.
            pairByLater.putIfAbsent(pair.later(), pair);
        }
        check();
    }

    /** The rules shipped with the service, as the law has them; fails at start if a data file is incomplete. */
    public static SanctionRules standard() {
        return standard(Policy.LAW);
    }

    /** The rules shipped with the service, with Netra's own policy settings on top of the law. */
    public static SanctionRules standard(Policy policy) {
        return standard(policy, ElectionCatalog::standard);
    }

    /** The shipped rules judging by the elections {@code elections} gives at each call (those in force). */
    public static SanctionRules standard(Policy policy, Supplier<ElectionCatalog> elections) {
        return standard(policy, elections, ViolationCatalog.standard());
    }

    /** The shipped rules over the violations of {@code catalog}. */
    public static SanctionRules standard(Policy policy, Supplier<ElectionCatalog> elections, ViolationCatalog catalog) {
        return new SanctionRules(catalog, elections, readData(), hashOf(DATA_FILES), policy);
    }

    public Policy policy() {
        return policy;
    }

    /**
     * Netra's own rules beyond the law, each off by default. No source raises the level for aggravating facts (the PPK
     * weighs them within the level) or limits an aggravated ethics case to the open statement; an operator may still
     * switch either on, and every recommendation made so records it in its rule version.
     */
    public record Policy(boolean aggravationRaisesLevel, boolean aggravatedEthicsOpenOnly) {

        public static final Policy LAW = new Policy(false, false);

        boolean any() {
            return aggravationRaisesLevel || aggravatedEthicsOpenOnly;
        }

        /** How the version marks the policy, e.g. {@code netra-policy:raise,open-only}. */
        public String label() {
            List<String> parts = new ArrayList<>();
            if (aggravationRaisesLevel) {
                parts.add("raise");
            }
            if (aggravatedEthicsOpenOnly) {
                parts.add("open-only");
            }
            return "netra-policy:" + String.join(",", parts);
        }
    }

    /** The version every recommendation records, e.g. {@code SKB-2022/1#1a2b3c4d}. */
    public String version() {
        return version;
    }

    public ViolationCatalog catalog() {
        return catalog;
    }

    /** The elections in force now: the shipped ones and those an admin added. */
    public ElectionCatalog elections() {
        return elections.get();
    }

    /** The legal basis of a level; for no level (D13) the basis that sends the case to the task force. */
    public String legalBasis(SanctionLevel level) {
        return level == null ? taskForceBasis : legalBasis.get(level);
    }

    /** The concrete sanctions of a level, lightest first; none for no level. */
    public List<Sanction> sanctions(SanctionLevel level) {
        return level == null ? List.of() : ladder.getOrDefault(level, List.of());
    }

    /**
     * The options a PPPK or a PNS is given from {@code options} (a level's, or an aggravated case's narrower choice):
     * for a PPPK without the sanctions that presuppose a PNS career and with the PPPK's own; for a PNS or an accused
     * without a NIP, as they are.
     */
    public List<Sanction> forEmployment(List<Sanction> options, SanctionLevel level, NipKind employment) {
        if (employment != NipKind.PPPK || level == null) {
            return options;
        }
        List<Sanction> fitting = new ArrayList<>(options.stream().filter(s -> !notForPppk.contains(s.code())).toList());
        fitting.addAll(pppkOnly.getOrDefault(level, List.of()));
        return List.copyOf(fitting);
    }

    /** Whether a sanction exists only for a PPPK (ending the work agreement), so never for a PNS. */
    public boolean onlyForPppk(String sanctionCode) {
        return pppkOnly.values().stream().flatMap(List::stream).anyMatch(s -> s.code().equals(sanctionCode));
    }

    /** Whether a sanction presupposes a PNS career, so never for a PPPK. */
    public boolean notForPppk(String sanctionCode) {
        return notForPppk.contains(sanctionCode);
    }

    /** Every sanction of a level, the PPK may choose for some accused: the ladder's and the PPPK's own. */
    public List<Sanction> allSanctions(SanctionLevel level) {
        List<Sanction> all = new ArrayList<>(sanctions(level));
        all.addAll(pppkOnly.getOrDefault(level, List.of()));
        return List.copyOf(all);
    }

    /** Where the PPPK options come from (marked unverified in the data). */
    public String pppkBasis() {
        return pppkBasis;
    }

    /** The level an aggravated case gets instead of {@code level} (the data's {@code aggravation.raise}). */
    public SanctionLevel aggravated(SanctionLevel level) {
        return level == null ? null : raise.get(level);
    }

    /** What the data says an aggravating fact is and where it comes from. */
    public String factBasis(AggravatingFact fact) {
        return factBasis.get(fact);
    }

    /**
     * The sanctions the PPK may choose from at a level: all of the level's, or for an aggravated case the subset the
     * data names (e.g. only the open statement at MORAL).
     */
    public List<Sanction> sanctions(SanctionLevel level, boolean aggravated) {
        List<Sanction> all = sanctions(level);
        List<String> only = aggravated ? aggravatedSanctions.get(level) : null;
        return only == null ? all : all.stream().filter(s -> only.contains(s.code())).toList();
    }

    /** Judges the proven codes of one case without aggravating facts. */
    public Assessment assess(String electionCode, LocalDate actDate, Collection<String> violationCodes) {
        return assess(electionCode, actDate, violationCodes, Set.of());
    }

    /**
     * Judges the proven codes of one case. Each code is first moved to the row of the act's stage: before the
     * election's candidate-setting date the earlier row of its stage pair, on or after it the later row.
     *
     * @throws RuleInputException for an unknown election or code, a missing act date or no code at all
     */
    public Assessment assess(String electionCode, LocalDate actDate, Collection<String> violationCodes,
            Set<AggravatingFact> facts) {
        return assess(electionCode, null, actDate, violationCodes, facts);
    }

    /**
     * The same for an act that concerned one contest of the election: its candidate-setting date decides the stage
     * (Pemilu 2024: the presidential pairs were set ten days after the DPR's candidates).
     *
     * @throws RuleInputException also for an election without dates, or a contest the election does not have
     */
    public Assessment assess(String electionCode, String contestCode, LocalDate actDate,
            Collection<String> violationCodes, Set<AggravatingFact> facts) {
        Election election = elections().find(electionCode)
                .orElseThrow(() -> new RuleInputException("unknown election '" + electionCode + "'"));
        if (contestCode != null && election.contest(contestCode).isEmpty()) {
            throw new RuleInputException("election " + electionCode + " has no contest '" + contestCode + "'");
        }
        LocalDate candidatesSetOn = election.candidateSettingDate(contestCode);
        if (candidatesSetOn == null) {
            throw new RuleInputException("election " + electionCode + " has no candidate-setting date yet");
        }
        if (actDate == null) {
            throw new RuleInputException("a proven violation needs the date of the act");
        }
        if (violationCodes == null || violationCodes.isEmpty()) {
            throw new RuleInputException("a proven violation needs at least one violation code");
        }
        List<String> unknown = violationCodes.stream().filter(code -> !catalog.isKnown(code)).toList();
        if (!unknown.isEmpty()) {
            throw new RuleInputException("unknown violation codes " + unknown);
        }
        boolean candidatesSet = !actDate.isBefore(candidatesSetOn);
        List<Assessment.Item> items = new ArrayList<>();
        for (String code : new LinkedHashSet<>(violationCodes)) {
            items.add(item(code, candidatesSet));
        }
        boolean awaitingTaskForce = items.stream().anyMatch(item -> item.level() == null);
        boolean aggravated = facts != null && !facts.isEmpty();
        // the most severe level over the codes that have one; with a D13 code it is only the floor the task force's
        // level cannot go below, as the task force may decide a heavier level
        SanctionLevel baseLevel = SanctionLevel.mostSevere(items.stream().map(Assessment.Item::level).toList());
        SanctionLevel baseAlternative = SanctionLevel.mostSevere(items.stream()
                .map(item -> item.alternativeLevel() != null ? item.alternativeLevel() : item.level()).toList());
        // by law the facts are shown to the PPK, who weighs them within the level; only a Netra policy raises it
        boolean raised = aggravated && policy.aggravationRaisesLevel();
        SanctionLevel level = raised ? aggravated(baseLevel) : baseLevel;
        SanctionLevel alternative = raised ? aggravated(baseAlternative) : baseAlternative;
        List<Assessment.Fact> weighed = facts == null ? List.of()
                : facts.stream().sorted().map(fact -> new Assessment.Fact(fact, factBasis(fact))).toList();
        if (awaitingTaskForce) {
            return new Assessment(version, null, null, level, true, baseLevel, items, weighed, List.of());
        }
        return new Assessment(version, level, alternative != null && alternative.isMoreSevereThan(level) ? alternative
                : null, null, false, baseLevel, items, weighed,
                sanctions(level, aggravated && policy.aggravatedEthicsOpenOnly()));
    }

    private Assessment.Item item(String requestedCode, boolean candidatesSet) {
        StagePair pair = candidatesSet ? pairByEarlier.get(requestedCode) : pairByLater.get(requestedCode);
        String applied = pair == null ? requestedCode : candidatesSet ? pair.later() : pair.earlier();
        Violation violation = catalog.find(applied).orElseThrow();
        SanctionLevel level = SanctionLevel.parse(violation.sanctionLevel());
        return new Assessment.Item(requestedCode, applied, Stage.valueOf(violation.kind()), level, legalBasis(level),
                violation.disputed(), SanctionLevel.parse(violation.alternativeLevel()),
                pair == null ? null : pair.basis());
    }

    /** Every level, row and pair the data mentions must be usable, so a broken file stops the start, not a case. */
    private void check() {
        for (SanctionLevel level : SanctionLevel.values()) {
            if (legalBasis.get(level) == null || legalBasis.get(level).isBlank()) {
                throw new IllegalStateException(RESOURCE + " has no legal basis for " + level);
            }
            if (sanctions(level).isEmpty()) {
                throw new IllegalStateException("the sanction ladder has no sanction for " + level);
            }
            SanctionLevel raised = raise.get(level);
            if (raised == null || level.isMoreSevereThan(raised)) {
                throw new IllegalStateException(RESOURCE + " must raise " + level + " to itself or a higher level");
            }
            if (sanctions(level, true).isEmpty()) {
                throw new IllegalStateException(RESOURCE + " leaves an aggravated " + level + " case no sanction");
            }
        }
        for (AggravatingFact fact : AggravatingFact.values()) {
            if (factBasis.get(fact) == null || factBasis.get(fact).isBlank()) {
                throw new IllegalStateException(RESOURCE + " does not describe the aggravating fact " + fact);
            }
        }
        for (Violation violation : catalog.all()) {
            Stage.valueOf(violation.kind());
            SanctionLevel.parse(violation.sanctionLevel());
            SanctionLevel.parse(violation.alternativeLevel());
        }
        for (StagePair pair : catalog.stagePairs()) {
            if (!catalog.isKnown(pair.earlier()) || !catalog.isKnown(pair.later())) {
                throw new IllegalStateException("stage pair " + pair + " names an unknown code");
            }
        }
    }

    private static Data readData() {
        ObjectMapper yaml = new ObjectMapper(new YAMLFactory()).registerModule(new JavaTimeModule())
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        try (InputStream in = SanctionRules.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("Missing data file " + RESOURCE);
            }
            return yaml.readValue(in, Data.class);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + RESOURCE, e);
        }
    }

    /** The first 8 hex digits of the SHA-256 over the data files. */
    static String hashOf(List<String> resources) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (String resource : resources) {
                try (InputStream in = SanctionRules.class.getResourceAsStream(resource)) {
                    if (in == null) {
                        throw new IllegalStateException("Missing data file " + resource);
                    }
                    digest.update(in.readAllBytes());
                }
            }
            return HexFormat.of().formatHex(digest.digest()).substring(0, 8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the rule data", e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    /** The content of {@code sanction-rules.yaml}. */
    /**
     * The options for a PPPK (the NIP's appointment code 21): the ladder without the sanctions that presuppose a PNS
     * career ({@code not_fitting}), with those that end or suspend a work agreement instead ({@code sanctions}).
     */
    record Pppk(String basis, @JsonProperty("not_fitting") List<String> notFitting,
            Map<SanctionLevel, List<Sanction>> sanctions) {
    }

    record Data(
            String version,
            @JsonProperty("legal_basis") Map<SanctionLevel, String> legalBasis,
            @JsonProperty("task_force_basis") String taskForceBasis,
            Aggravation aggravation,
            List<String> notes,
            @JsonProperty("supervising_bodies") List<SupervisingBody> supervisingBodies,
            @JsonProperty("criminal_side") CriminalSide criminalSide,
            Pppk pppk) {
    }

    /** The body supervising ASN neutrality from {@code from} on, and the act that made it so. */
    public record SupervisingBody(String body, LocalDate from, String basis) {
    }

    /** Catalogue rows that are also offences, and the articles per election kind. */
    record CriminalSide(List<String> codes, Map<String, String> articles) {
    }

    /** What is not verified against a primary text, said wherever the rules are shown. */
    public List<String> notes() {
        return notes;
    }

    /** The body that supervised ASN neutrality on {@code day}, or null before the first one known. */
    public SupervisingBody supervisingBody(LocalDate day) {
        SupervisingBody found = null;
        for (SupervisingBody body : supervisingBodies) {
            if (!body.from().isAfter(day)) {
                found = body;
            }
        }
        return found;
    }

    public List<SupervisingBody> supervisingBodies() {
        return supervisingBodies;
    }

    /**
     * The notice for Gakkumdu when an applied code also has a criminal side: the articles for the election's kind
     * (PEMILU or PILKADA, a re-run counted as PILKADA); null when no applied code has one.
     */
    public String criminalNotice(String electionCode, Collection<String> appliedCodes) {
        if (appliedCodes.stream().noneMatch(criminalCodes::contains)) {
            return null;
        }
        // assess has refused an unknown election before; a re-run (PILKADA_PSU, PILKADA_ULANG) falls under UU 10/2016
        String kind = elections().find(electionCode).orElseThrow().ruleKind();
        return criminalArticles.get(kind);
    }

    /** How aggravating facts change a level: {@code raise} maps each level, {@code sanctions} narrows the options. */
    record Aggravation(
            Map<SanctionLevel, SanctionLevel> raise,
            Map<SanctionLevel, List<String>> sanctions,
            Map<AggravatingFact, String> facts) {
    }
}
