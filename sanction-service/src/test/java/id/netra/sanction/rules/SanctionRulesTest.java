package id.netra.sanction.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import id.netra.kit.rules.ViolationCatalog.Sanction;

class SanctionRulesTest {

    private static final SanctionRules RULES = SanctionRules.standard();

    @ParameterizedTest(name = "{0} {1} on {2} -> {3} as {4}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            # election    | codes  | act date   | level  | applied codes | stage
            PILKADA_2024  | D7     | 2024-10-01 | BERAT  | D7            | DISCIPLINE
            PILKADA_2024  | D7     | 2024-09-22 | BERAT  | D7            | DISCIPLINE
            PILKADA_2024  | D7     | 2024-09-21 | MORAL  | KE5           | ETHICS
            PILKADA_2024  | KE5    | 2024-10-01 | BERAT  | D7            | DISCIPLINE
            PILKADA_2024  | KE5    | 2024-09-01 | MORAL  | KE5           | ETHICS
            PILKADA_2024  | D5     | 2024-09-01 | PTDH   | D5            | DISCIPLINE
            PILKADA_2024  | D5     | 2024-10-01 | PTDH   | D5            | DISCIPLINE
            PILKADA_2024  | D3     | 2024-10-01 | SEDANG | D3            | DISCIPLINE
            PILKADA_2024  | D9     | 2024-10-01 | BERAT  | D10           | DISCIPLINE
            PILKADA_2024  | D10    | 2024-09-01 | SEDANG | D9            | DISCIPLINE
            PILKADA_2024  | KE7    | 2024-09-01 | MORAL  | KE7           | ETHICS
            PILKADA_2024  | KE7    | 2024-10-01 | MORAL  | KE7           | ETHICS
            PILKADA_2024  | KE3    | 2024-10-01 | BERAT  | D4            | DISCIPLINE
            PILKADA_2024  | KE6    | 2024-10-01 | BERAT  | D4            | DISCIPLINE
            PILKADA_2024  | KE1 D5 | 2024-10-01 | PTDH   | D1 D5         | DISCIPLINE
            PILKADA_2024  | KE1 D5 | 2024-09-01 | PTDH   | KE1 D5        | -
            PILKADA_2024  | KE2 D9 | 2024-09-01 | SEDANG | KE2 D9        | -
            PEMILU_2024   | D7     | 2023-11-02 | MORAL  | KE5           | ETHICS
            PEMILU_2024   | D7     | 2023-11-03 | BERAT  | D7            | DISCIPLINE
            """)
    void shouldApplyTheStageRuleAndTakeTheMostSevereLevel(String election, String codes, LocalDate actDate,
            SanctionLevel level, String applied, Stage stage) {
        Assessment assessment = RULES.assess(election, actDate, codes(codes));

        assertThat(assessment.level()).isEqualTo(level);
        assertThat(assessment.awaitingTaskForce()).isFalse();
        assertThat(assessment.items()).extracting(Assessment.Item::violationCode).containsExactlyElementsOf(codes(applied));
        assertThat(assessment.items()).extracting(Assessment.Item::requestedCode).containsExactlyElementsOf(codes(codes));
        if (stage != null) {
            assertThat(assessment.items()).extracting(Assessment.Item::stage).containsOnly(stage);
        }
        assertThat(assessment.sanctions()).isEqualTo(RULES.sanctions(level));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            KE7 | PP 42/2004 Pasal 15 (sanksi moral); UU 20/2023 Pasal 9 ayat (2) dan Pasal 24 ayat (1) huruf d; SKB Netralitas ASN 2022
            D3  | PP 94/2021 Pasal 8 ayat (3) jo. Pasal 13; UU 20/2023 Pasal 9 ayat (2) dan Pasal 24 ayat (1) huruf d; SKB Netralitas ASN 2022
            D8  | PP 94/2021 Pasal 8 ayat (4) jo. Pasal 14; UU 20/2023 Pasal 9 ayat (2) dan Pasal 24 ayat (1) huruf d; SKB Netralitas ASN 2022
            D5  | UU 20/2023 Pasal 52 (anggota dan/atau pengurus partai politik); SKB Netralitas ASN 2022
            D13 | SKB Netralitas ASN 2022 (di luar matriks; tingkat sanksi diputuskan Satgas Netralitas)
            """)
    void shouldNameTheLegalBasisOfEachLevel(String code, String basis) {
        // codes without a stage pair, so the date does not move them
        Assessment assessment = RULES.assess("PILKADA_2024", LocalDate.of(2024, 10, 1), List.of(code));

        assertThat(assessment.items().get(0).legalBasis()).isEqualTo(basis);
    }

    @Test
    void shouldGiveTheLegalBasisOfEveryLevelFromTheData() {
        assertThat(RULES.legalBasis(SanctionLevel.MORAL)).isEqualTo(
                "PP 42/2004 Pasal 15 (sanksi moral); UU 20/2023 Pasal 9 ayat (2) dan Pasal 24 ayat (1) huruf d; SKB Netralitas ASN 2022");
        assertThat(RULES.legalBasis(SanctionLevel.RINGAN)).isEqualTo(
                "PP 94/2021 Pasal 8 ayat (2); UU 20/2023 Pasal 9 ayat (2) dan Pasal 24 ayat (1) huruf d; SKB Netralitas ASN 2022");
        assertThat(RULES.legalBasis(SanctionLevel.SEDANG)).isEqualTo(
                "PP 94/2021 Pasal 8 ayat (3) jo. Pasal 13; UU 20/2023 Pasal 9 ayat (2) dan Pasal 24 ayat (1) huruf d; SKB Netralitas ASN 2022");
        assertThat(RULES.legalBasis(SanctionLevel.BERAT)).isEqualTo(
                "PP 94/2021 Pasal 8 ayat (4) jo. Pasal 14; UU 20/2023 Pasal 9 ayat (2) dan Pasal 24 ayat (1) huruf d; SKB Netralitas ASN 2022");
        assertThat(RULES.legalBasis(SanctionLevel.PTDH))
                .isEqualTo("UU 20/2023 Pasal 52 (anggota dan/atau pengurus partai politik); SKB Netralitas ASN 2022");
        // no basis names the repealed law or the law without its number
        assertThat(java.util.Arrays.stream(SanctionLevel.values()).map(RULES::legalBasis))
                .noneMatch(basis -> basis.contains("UU 5/2014") || basis.contains("UU ASN"));
    }

    @Test
    void shouldRecommendSedangForDisputedD3AndShowBeratAsTheAlternative() {
        Assessment assessment = RULES.assess("PILKADA_2024", LocalDate.of(2024, 10, 1), List.of("D3"));

        assertThat(assessment.level()).isEqualTo(SanctionLevel.SEDANG);
        assertThat(assessment.disputed()).isTrue();
        assertThat(assessment.alternativeLevel()).isEqualTo(SanctionLevel.BERAT);
        Assessment.Item item = assessment.items().get(0);
        assertThat(item.disputed()).isTrue();
        assertThat(item.alternativeLevel()).isEqualTo(SanctionLevel.BERAT);
        assertThat(assessment.sanctions()).extracting(Sanction::code)
                .containsExactly("TUKIN_25_6", "TUKIN_25_9", "TUKIN_25_12");
    }

    @Test
    void shouldNotCallTheCaseDisputedWhenAnotherCodeIsAlreadyAsSevereAsTheAlternative() {
        Assessment assessment = RULES.assess("PILKADA_2024", LocalDate.of(2024, 10, 1), List.of("D3", "D7"));

        assertThat(assessment.level()).isEqualTo(SanctionLevel.BERAT);
        assertThat(assessment.disputed()).isFalse();
        assertThat(assessment.items().get(0).disputed()).isTrue();
    }

    @Test
    void shouldLeaveD13ToTheTaskForce() {
        Assessment assessment = RULES.assess("PILKADA_2024", LocalDate.of(2024, 10, 1), List.of("D13"));

        assertThat(assessment.awaitingTaskForce()).isTrue();
        assertThat(assessment.level()).isNull();
        assertThat(assessment.sanctions()).isEmpty();
        assertThat(assessment.items().get(0).level()).isNull();
    }

    @Test
    void shouldLeaveTheWholeCaseToTheTaskForceWhenOneCodeIsD13() {
        Assessment assessment = RULES.assess("PILKADA_2024", LocalDate.of(2024, 10, 1), List.of("D7", "D13"));

        assertThat(assessment.awaitingTaskForce()).isTrue();
        assertThat(assessment.level()).isNull();
        assertThat(assessment.items()).extracting(Assessment.Item::level).containsExactly(SanctionLevel.BERAT, null);
    }

    @Test
    void shouldMarkAnInferredStagePairAndKeepAConfirmedOne() {
        Assessment inferred = RULES.assess("PILKADA_2024", LocalDate.of(2024, 9, 1), List.of("D4"));
        Assessment confirmed = RULES.assess("PILKADA_2024", LocalDate.of(2024, 10, 1), List.of("KE5"));
        Assessment asGiven = RULES.assess("PILKADA_2024", LocalDate.of(2024, 10, 1), List.of("D7"));

        assertThat(inferred.items().get(0).violationCode()).isEqualTo("KE3");
        assertThat(inferred.items().get(0).pairBasis()).isEqualTo("inferred");
        assertThat(confirmed.items().get(0).pairBasis()).isEqualTo("confirmed");
        assertThat(asGiven.items().get(0).pairBasis()).isNull();
    }

    @Test
    void shouldListACodeConcludedTwiceOnlyOnce() {
        Assessment assessment = RULES.assess("PILKADA_2024", LocalDate.of(2024, 10, 1), List.of("D7", "D7"));

        assertThat(assessment.items()).hasSize(1);
    }

    @Test
    void shouldOfferTheSanctionsOfTheChosenLevel() {
        Assessment assessment = RULES.assess("PILKADA_2024", LocalDate.of(2024, 10, 1), List.of("D7"));

        assertThat(assessment.sanctions()).extracting(Sanction::code)
                .containsExactly("TURUN_JABATAN_12", "PEMBEBASAN_JABATAN_12", "PDH_TAPS");
    }

    @Test
    void shouldNameTheRuleVersionWithAHashOfTheData() {
        Assessment assessment = RULES.assess("PILKADA_2024", LocalDate.of(2024, 10, 1), List.of("D7"));

        assertThat(RULES.version()).matches("SKB-2022/3#[0-9a-f]{8}");
        assertThat(assessment.ruleVersion()).isEqualTo(RULES.version());
    }

    @Test
    void shouldRefuseAnUnknownElection() {
        assertThatThrownBy(() -> RULES.assess("PEMILU_1999", LocalDate.of(2024, 10, 1), List.of("D7")))
                .isInstanceOf(RuleInputException.class).hasMessageContaining("PEMILU_1999");
    }

    @Test
    void shouldRefuseAnUnknownCode() {
        assertThatThrownBy(() -> RULES.assess("PILKADA_2024", LocalDate.of(2024, 10, 1), List.of("D7", "X99")))
                .isInstanceOf(RuleInputException.class).hasMessageContaining("X99");
    }

    @Test
    void shouldRefuseAProvenCaseWithoutActDateOrCodes() {
        assertThatThrownBy(() -> RULES.assess("PILKADA_2024", null, List.of("D7")))
                .isInstanceOf(RuleInputException.class);
        assertThatThrownBy(() -> RULES.assess("PILKADA_2024", LocalDate.of(2024, 10, 1), List.of()))
                .isInstanceOf(RuleInputException.class);
    }

    private static List<String> codes(String codes) {
        return Arrays.asList(codes.trim().split("\\s+"));
    }
}
