package id.netra.sanction.rules;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import id.netra.kit.rules.ViolationCatalog.Sanction;
import id.netra.kit.validation.NipKind;

/** The rules in force, as the API shows them: catalogue, ladder, stage pairs and elections, with their version. */
@Schema(name = "Rules", description = "The violation catalogue and sanction ladder in force, with their version")
public record RulesView(
        @Schema(example = "SKB-2022/1#1a2b3c4d") String version,
        @Schema(description = "the version of the elections and holiday lists in force: 'shipped', or the last change an admin made", example = "20261201T080000Z-1a2b3c") String electionsAndHolidaysVersion,
        List<ViolationRule> violations,
        List<LadderLevel> ladder,
        List<StagePairRule> stagePairs,
        List<ElectionRule> elections,
        @Schema(description = "legal basis of a code without a level (D13), which the task force decides") String taskForceBasis,
        @Schema(description = "the aggravating facts shown to the PPK, and what Netra's optional policy would do with them") AggravationRule aggravation,
        @Schema(description = "the bodies that supervised ASN neutrality, each from its first day") List<SanctionRules.SupervisingBody> supervisingBodies,
        @Schema(description = "what in these rules is not verified against a primary legal text, or is a Netra setting rather than law") List<String> notes) {

    public static RulesView of(SanctionRules rules, String electionsAndHolidaysVersion) {
        List<ViolationRule> violations = rules.catalog().all().stream().map(v -> {
            SanctionLevel level = SanctionLevel.parse(v.sanctionLevel());
            return new ViolationRule(v.code(), Stage.valueOf(v.kind()), v.title(), v.summary(), level,
                    SanctionLevel.parse(v.alternativeLevel()), v.disputed(), level == null ? null : rules.legalBasis(level));
        }).toList();
        List<LadderLevel> ladder = Arrays.stream(SanctionLevel.values())
                .map(level -> new LadderLevel(level, rules.legalBasis(level),
                        rules.sanctions(level).stream().map(SanctionOption::of).toList(),
                        rules.forEmployment(rules.sanctions(level), level, NipKind.PPPK).stream()
                                .map(SanctionOption::of).toList()))
                .toList();
        List<StagePairRule> pairs = rules.catalog().stagePairs().stream()
                .map(pair -> new StagePairRule(pair.earlier(), pair.later(), pair.basis())).toList();
        List<ElectionRule> elections = rules.elections().all().stream()
                .map(e -> new ElectionRule(e.code(), e.kind(), e.votingDate(), e.candidateSettingDate())).toList();
        List<AggravatedLevel> raise = Arrays.stream(SanctionLevel.values())
                .map(level -> new AggravatedLevel(level, rules.aggravated(level), rules
                        .sanctions(rules.aggravated(level), true).stream().map(SanctionOption::of).toList()))
                .toList();
        List<FactRule> facts = Arrays.stream(AggravatingFact.values())
                .map(fact -> new FactRule(fact, rules.factBasis(fact))).toList();
        return new RulesView(rules.version(), electionsAndHolidaysVersion, violations, ladder, pairs, elections,
                rules.legalBasis(null),
                new AggravationRule(facts, new PolicyView(rules.policy().aggravationRaisesLevel(),
                        rules.policy().aggravatedEthicsOpenOnly(), POLICY_NOTE), raise),
                rules.supervisingBodies(), rules.notes());
    }

    /** One row of the catalogue; {@code level} is null where the task force decides (D13). */
    public record ViolationRule(
            @Schema(example = "D7") String code,
            Stage stage,
            String title,
            String summary,
            SanctionLevel level,
            @Schema(description = "the level the other reading of a disputed row gives") SanctionLevel alternativeLevel,
            boolean disputed,
            String legalBasis) {
    }

    /** One level of the sanction ladder with the sanctions the PPK may impose at it. */
    public record LadderLevel(SanctionLevel level, String legalBasis,
            @Schema(description = "for a PNS (and an accused without a NIP)") List<SanctionOption> sanctions,
            @Schema(description = "for a PPPK (NIP appointment code 21): no demotion or dismissal as PNS; a heavy sanction ends the work agreement (from secondary sources, see notes)") List<SanctionOption> pppkSanctions) {
    }

    /** One concrete sanction. */
    public record SanctionOption(@Schema(example = "TURUN_JABATAN_12") String code, String name) {

        public static SanctionOption of(Sanction sanction) {
            return new SanctionOption(sanction.code(), sanction.name());
        }
    }

    /** The same act before the candidate-setting date ({@code earlier}) and on or after it ({@code later}). */
    public record StagePairRule(
            @Schema(example = "KE5") String earlier,
            @Schema(example = "D7") String later,
            @Schema(description = "confirmed, or inferred from the wording") String basis) {
    }

    static final String POLICY_NOTE = "By law the PPK weighs aggravating and mitigating facts to choose the sanction"
            + " within the recommended level. Raising the level, or offering only the open statement, is Netra policy,"
            + " not law, and applies only where switched on.";

    /**
     * The aggravating facts; {@code levels} is what the Netra policy does to each level when
     * {@code policy.aggravationRaisesLevel} is on.
     */
    public record AggravationRule(List<FactRule> facts, PolicyView policy, List<AggravatedLevel> levels) {
    }

    /** Netra's optional policy on aggravating facts, off by default: not law. */
    public record PolicyView(boolean aggravationRaisesLevel, boolean aggravatedEthicsOpenOnly, String note) {
    }

    /** An aggravating fact and its description in the rules data. */
    public record FactRule(AggravatingFact fact, String basis) {
    }

    /** A level, the level an aggravated case gets instead, and the sanctions offered then. */
    public record AggravatedLevel(SanctionLevel level, SanctionLevel aggravatedLevel, List<SanctionOption> sanctions) {
    }

    /** An election and the day its candidates were set. */
    public record ElectionRule(String code, String kind, LocalDate votingDate, LocalDate candidateSettingDate) {
    }
}
