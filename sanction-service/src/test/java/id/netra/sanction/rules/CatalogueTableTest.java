package id.netra.sanction.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

import id.netra.kit.rules.ElectionCatalog.Election;
import id.netra.kit.rules.ViolationCatalog.Sanction;
import id.netra.kit.rules.ViolationCatalog.Violation;

/**
 * Every row of the catalogue, before and on the candidate-setting date of every election, with the exact level and
 * legal basis; then the aggravating facts, the disputed row, several codes and D13.
 */
class CatalogueTableTest {

    private static final SanctionRules RULES = SanctionRules.standard();
    /** The rules with Netra's optional aggravation policy switched on: not law, so never the default. */
    private static final SanctionRules POLICY = SanctionRules.standard(new SanctionRules.Policy(true, true));
    private static final String MORAL = "PP 42/2004 Pasal 15 (sanksi moral); UU 20/2023 Pasal 9 ayat (2) dan Pasal 24 ayat (1) huruf d; SKB Netralitas ASN 2022";
    private static final String RINGAN = "PP 94/2021 Pasal 8 ayat (2); UU 20/2023 Pasal 9 ayat (2) dan Pasal 24 ayat (1) huruf d; SKB Netralitas ASN 2022";
    private static final String SEDANG = "PP 94/2021 Pasal 8 ayat (3) jo. Pasal 13; UU 20/2023 Pasal 9 ayat (2) dan Pasal 24 ayat (1) huruf d; SKB Netralitas ASN 2022";
    private static final String BERAT = "PP 94/2021 Pasal 8 ayat (4) jo. Pasal 14; UU 20/2023 Pasal 9 ayat (2) dan Pasal 24 ayat (1) huruf d; SKB Netralitas ASN 2022";
    private static final String UU_ASN = "UU 20/2023 Pasal 52 (anggota dan/atau pengurus partai politik); SKB Netralitas ASN 2022";
    private static final String TASK_FORCE = "SKB Netralitas ASN 2022 (di luar matriks; tingkat sanksi diputuskan Satgas Netralitas)";

    /** The candidate-setting dates, written out so that a changed data file shows here. */
    private static final Map<String, LocalDate> CANDIDATES_SET = new LinkedHashMap<>();

    static {
        CANDIDATES_SET.put("PEMILU_2019", LocalDate.of(2018, 9, 20));
        CANDIDATES_SET.put("PILKADA_2020", LocalDate.of(2020, 9, 23));
        CANDIDATES_SET.put("PEMILU_2024", LocalDate.of(2023, 11, 3));
        CANDIDATES_SET.put("PILKADA_2024", LocalDate.of(2024, 9, 22));
        // a re-run whose pairs were set again, without the disqualified pair
        CANDIDATES_SET.put("PSU_2025_PARIGI_MOUTONG", LocalDate.of(2025, 3, 23));
        CANDIDATES_SET.put("PILKADA_ULANG_2025_BANGKA", LocalDate.of(2025, 7, 22));
    }

    /** code | before the date: row applied, level | from the date: row applied, level ("-": the task force decides). */
    private static final String TABLE = """
            KE1 | KE1 MORAL  | D1  BERAT
            KE2 | KE2 MORAL  | D2  BERAT
            KE3 | KE3 MORAL  | D4  BERAT
            KE4 | KE4 MORAL  | D6  BERAT
            KE5 | KE5 MORAL  | D7  BERAT
            KE6 | KE6 MORAL  | D4  BERAT
            KE7 | KE7 MORAL  | KE7 MORAL
            D1  | KE1 MORAL  | D1  BERAT
            D2  | KE2 MORAL  | D2  BERAT
            D3  | D3  SEDANG | D3  SEDANG
            D4  | KE3 MORAL  | D4  BERAT
            D5  | D5  PTDH   | D5  PTDH
            D6  | KE4 MORAL  | D6  BERAT
            D7  | KE5 MORAL  | D7  BERAT
            D8  | D8  BERAT  | D8  BERAT
            D9  | D9  SEDANG | D10 BERAT
            D10 | D9  SEDANG | D10 BERAT
            D11 | D11 BERAT  | D11 BERAT
            D12 | D12 BERAT  | D12 BERAT
            D13 | D13 -      | D13 -
            """;

    static Stream<Arguments> everyRowInBothStagesOfEveryElection() {
        List<Arguments> cases = new ArrayList<>();
        for (String line : TABLE.strip().split("\n")) {
            String[] parts = line.split("\\|");
            String code = parts[0].strip();
            String[] before = parts[1].strip().split("\\s+");
            String[] after = parts[2].strip().split("\\s+");
            CANDIDATES_SET.forEach((election, date) -> {
                cases.add(Arguments.of(election, code, date.minusDays(1), before[0], level(before[1])));
                cases.add(Arguments.of(election, code, date, after[0], level(after[1])));
            });
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0}: {1} on {2} -> {3} {4}")
    @MethodSource("everyRowInBothStagesOfEveryElection")
    void shouldApplyTheStageRowWithItsExactLevelAndLegalBasis(String election, String code, LocalDate actDate,
            String applied, SanctionLevel level) {
        Assessment assessment = RULES.assess(election, actDate, List.of(code));

        Assessment.Item item = assessment.items().get(0);
        assertThat(item.violationCode()).isEqualTo(applied);
        assertThat(item.stage()).isEqualTo(applied.startsWith("KE") ? Stage.ETHICS : Stage.DISCIPLINE);
        assertThat(item.level()).isEqualTo(level);
        assertThat(item.legalBasis()).isEqualTo(basis(level));
        assertThat(assessment.awaitingTaskForce()).isEqualTo(level == null);
        assertThat(assessment.level()).isEqualTo(level);
        assertThat(assessment.ruleVersion()).isEqualTo(RULES.version());
        assertThat(assessment.facts()).isEmpty();
        assertThat(assessment.sanctions()).isEqualTo(RULES.sanctions(level));
        // only D3 is disputed, and it says both readings
        assertThat(item.disputed()).isEqualTo("D3".equals(applied));
        assertThat(item.alternativeLevel()).isEqualTo("D3".equals(applied) ? SanctionLevel.BERAT : null);
    }

    @Test
    void shouldCoverEveryRowOfTheCatalogueAndEveryElection() {
        Set<String> tableCodes = Arrays.stream(TABLE.strip().split("\n")).map(line -> line.split("\\|")[0].strip())
                .collect(Collectors.toSet());

        assertThat(tableCodes).isEqualTo(RULES.catalog().all().stream().map(Violation::code)
                .collect(Collectors.toSet()));
        assertThat(RULES.elections().all()).extracting(Election::code).containsAll(CANDIDATES_SET.keySet());
        CANDIDATES_SET.forEach((code, date) -> assertThat(RULES.elections().find(code).orElseThrow()
                .candidateSettingDate()).isEqualTo(date));
        // every election with a voting day has the date that decides the stage; one without (Pemilu 2029) has neither
        assertThat(RULES.elections().all()).allSatisfy(election -> assertThat(election.candidateSettingDate() == null)
                .isEqualTo(election.votingDate() == null));
        assertThat(everyRowInBothStagesOfEveryElection()).hasSize(20 * CANDIDATES_SET.size() * 2);
    }

    @ParameterizedTest(name = "{0} on {1} with {2} -> {4} (was {3})")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            # codes  | act date   | facts                           | base   | level  | sanctions
            D3       | 2024-10-01 | REPEAT_OFFENDER                 | SEDANG | BERAT  | TURUN_JABATAN_12 PEMBEBASAN_JABATAN_12 PDH_TAPS
            D3       | 2024-10-01 | SENIOR_OFFICIAL                 | SEDANG | BERAT  | TURUN_JABATAN_12 PEMBEBASAN_JABATAN_12 PDH_TAPS
            D9       | 2024-09-01 | SENIOR_OFFICIAL                 | SEDANG | BERAT  | TURUN_JABATAN_12 PEMBEBASAN_JABATAN_12 PDH_TAPS
            KE1 D9   | 2024-09-01 | REPEAT_OFFENDER SENIOR_OFFICIAL | SEDANG | BERAT  | TURUN_JABATAN_12 PEMBEBASAN_JABATAN_12 PDH_TAPS
            D7       | 2024-10-01 | REPEAT_OFFENDER                 | BERAT  | BERAT  | TURUN_JABATAN_12 PEMBEBASAN_JABATAN_12 PDH_TAPS
            D8       | 2024-10-01 | REPEAT_OFFENDER SENIOR_OFFICIAL | BERAT  | BERAT  | TURUN_JABATAN_12 PEMBEBASAN_JABATAN_12 PDH_TAPS
            D5       | 2024-10-01 | REPEAT_OFFENDER SENIOR_OFFICIAL | PTDH   | PTDH   | PTDH
            KE5      | 2024-09-01 | SENIOR_OFFICIAL                 | MORAL  | MORAL  | MORAL_OPEN
            D7       | 2024-09-01 | REPEAT_OFFENDER                 | MORAL  | MORAL  | MORAL_OPEN
            KE7      | 2024-10-01 | REPEAT_OFFENDER SENIOR_OFFICIAL | MORAL  | MORAL  | MORAL_OPEN
            """)
    void shouldRaiseAnAggravatedCaseOnceAndNeverAboveBeratUnlessTheRowIsPtdh(String codes, LocalDate actDate,
            String facts, SanctionLevel base, SanctionLevel level, String sanctions) {
        Set<AggravatingFact> weighed = EnumSet.noneOf(AggravatingFact.class);
        Arrays.stream(facts.split("\\s+")).map(AggravatingFact::valueOf).forEach(weighed::add);

        Assessment assessment = POLICY.assess("PILKADA_2024", actDate, split(codes), weighed);

        assertThat(assessment.baseLevel()).isEqualTo(base);
        assertThat(assessment.level()).isEqualTo(level);
        assertThat(assessment.aggravated()).isTrue();
        assertThat(assessment.facts()).extracting(Assessment.Fact::fact).containsExactlyInAnyOrderElementsOf(weighed);
        assertThat(assessment.facts()).allSatisfy(fact -> assertThat(fact.basis()).contains("faktor pemberat"));
        assertThat(assessment.sanctions()).extracting(Sanction::code).containsExactlyElementsOf(split(sanctions));
        // the items keep the catalogue's level and basis: the aggravation is the case's, shown beside them
        assertThat(assessment.items()).allSatisfy(item -> assertThat(item.legalBasis()).isEqualTo(basis(item.level())));
    }

    @ParameterizedTest(name = "{0} on {1} with {2}: stays {3}")
    @CsvSource(delimiter = '|', textBlock = """
            D3  | 2024-10-01 | REPEAT_OFFENDER                 | SEDANG | TUKIN_25_6 TUKIN_25_9 TUKIN_25_12
            D9  | 2024-09-01 | SENIOR_OFFICIAL                 | SEDANG | TUKIN_25_6 TUKIN_25_9 TUKIN_25_12
            KE5 | 2024-09-01 | SENIOR_OFFICIAL                 | MORAL  | MORAL_CLOSED MORAL_OPEN
            KE7 | 2024-10-01 | REPEAT_OFFENDER SENIOR_OFFICIAL | MORAL  | MORAL_CLOSED MORAL_OPEN
            D8  | 2024-10-01 | REPEAT_OFFENDER                 | BERAT  | TURUN_JABATAN_12 PEMBEBASAN_JABATAN_12 PDH_TAPS
            """)
    void shouldShowAggravatingFactsWithoutRaisingTheLevelByDefault(String codes, LocalDate actDate, String facts,
            SanctionLevel level, String sanctions) {
        Set<AggravatingFact> weighed = EnumSet.noneOf(AggravatingFact.class);
        Arrays.stream(facts.split("\\s+")).map(AggravatingFact::valueOf).forEach(weighed::add);

        Assessment assessment = RULES.assess("PILKADA_2024", actDate, split(codes), weighed);

        assertThat(assessment.baseLevel()).isEqualTo(level);
        assertThat(assessment.level()).isEqualTo(level);
        assertThat(assessment.facts()).extracting(Assessment.Fact::fact).containsExactlyInAnyOrderElementsOf(weighed);
        assertThat(assessment.sanctions()).extracting(Sanction::code).containsExactlyElementsOf(split(sanctions));
        assertThat(RULES.version()).doesNotContain("netra-policy");
        assertThat(POLICY.version()).endsWith("+netra-policy:raise,open-only");
    }

    @Test
    void shouldNotWeighAFactThatIsNotThere() {
        Assessment assessment = RULES.assess("PILKADA_2024", LocalDate.of(2024, 10, 1), List.of("D3"), Set.of());

        assertThat(assessment.level()).isEqualTo(SanctionLevel.SEDANG);
        assertThat(assessment.aggravated()).isFalse();
    }

    @Test
    void shouldMarkTheDisputedRowWithBothReadingsAndRaiseTheOtherReadingToo() {
        Assessment plain = RULES.assess("PEMILU_2024", LocalDate.of(2023, 12, 1), List.of("D3"));
        Assessment aggravated = POLICY.assess("PEMILU_2024", LocalDate.of(2023, 12, 1), List.of("D3"),
                Set.of(AggravatingFact.REPEAT_OFFENDER));

        assertThat(plain.items().get(0).disputed()).isTrue();
        assertThat(plain.items().get(0).level()).isEqualTo(SanctionLevel.SEDANG);
        assertThat(plain.items().get(0).alternativeLevel()).isEqualTo(SanctionLevel.BERAT);
        assertThat(plain.items().get(0).legalBasis()).isEqualTo(SEDANG);
        assertThat(plain.level()).isEqualTo(SanctionLevel.SEDANG);
        assertThat(plain.alternativeLevel()).isEqualTo(SanctionLevel.BERAT);
        // aggravated, both readings give BERAT: the row stays disputed, the case's level no longer depends on it
        assertThat(aggravated.items().get(0).disputed()).isTrue();
        assertThat(aggravated.level()).isEqualTo(SanctionLevel.BERAT);
        assertThat(aggravated.disputed()).isFalse();
    }

    @ParameterizedTest(name = "{0} on {1} -> {2}")
    @CsvSource(delimiter = '|', textBlock = """
            KE7 D3 D8  | 2024-10-01 | BERAT  | KE7 D3 D8
            D3 KE5     | 2024-10-01 | BERAT  | D3 D7
            D3 KE5     | 2024-09-01 | SEDANG | D3 KE5
            KE2 D5 D11 | 2020-10-01 | PTDH   | D2 D5 D11
            KE1 KE7    | 2018-09-19 | MORAL  | KE1 KE7
            """)
    void shouldTakeTheMostSevereLevelOverSeveralCodesAndListEach(String codes, LocalDate actDate, SanctionLevel level,
            String applied) {
        String election = actDate.getYear() == 2018 ? "PEMILU_2019"
                : actDate.getYear() == 2020 ? "PILKADA_2020"
                        : "PILKADA_2024";

        Assessment assessment = RULES.assess(election, actDate, split(codes));

        assertThat(assessment.level()).isEqualTo(level);
        assertThat(assessment.items()).extracting(Assessment.Item::violationCode).containsExactlyElementsOf(split(applied));
        assertThat(assessment.items()).allSatisfy(item -> assertThat(item.legalBasis()).isEqualTo(basis(item.level())));
        assertThat(assessment.sanctions()).isEqualTo(RULES.sanctions(level));
    }

    @Test
    void shouldLeaveD13ToTheTaskForceWithTheOtherCodesAsTheFloor() {
        Assessment alone = POLICY.assess("PILKADA_2024", LocalDate.of(2024, 10, 1), List.of("D13"),
                Set.of(AggravatingFact.REPEAT_OFFENDER));
        Assessment withD3 = POLICY.assess("PILKADA_2024", LocalDate.of(2024, 10, 1), List.of("D3", "D13"),
                Set.of(AggravatingFact.SENIOR_OFFICIAL));

        assertThat(alone.awaitingTaskForce()).isTrue();
        assertThat(alone.level()).isNull();
        assertThat(alone.minimumLevel()).isNull();
        assertThat(alone.items().get(0).legalBasis()).isEqualTo(TASK_FORCE);
        assertThat(alone.sanctions()).isEmpty();
        assertThat(withD3.awaitingTaskForce()).isTrue();
        assertThat(withD3.level()).isNull();
        // D3 (SEDANG) raised by the senior official: the task force's level cannot go below BERAT
        assertThat(withD3.minimumLevel()).isEqualTo(SanctionLevel.BERAT);
    }

    private static SanctionLevel level(String text) {
        return "-".equals(text) ? null : SanctionLevel.valueOf(text);
    }

    private static String basis(SanctionLevel level) {
        if (level == null) {
            return TASK_FORCE;
        }
        return switch (level) {
            case MORAL -> MORAL;
            case RINGAN -> RINGAN;
            case SEDANG -> SEDANG;
            case BERAT -> BERAT;
            case PTDH -> UU_ASN;
        };
    }

    private static List<String> split(String codes) {
        return Arrays.asList(codes.trim().split("\\s+"));
    }
}
