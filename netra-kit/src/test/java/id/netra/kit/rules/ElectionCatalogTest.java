package id.netra.kit.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import id.netra.contracts.RulesChanged;
import id.netra.kit.calendar.DayUnit;
import id.netra.kit.calendar.HolidayCalendar;
import id.netra.kit.region.RegionCatalog;

class ElectionCatalogTest {

    private final ElectionCatalog catalog = ElectionCatalog.standard();

    @Test
    void shouldCountAPemiluReportInWorkingDaysAndAPilkadaReportInCalendarDays() {
        assertThat(catalog.deadlineRule("PEMILU_2024", "report_after_known"))
                .hasValueSatisfying(rule -> {
                    assertThat(rule.days()).isEqualTo(7);
                    assertThat(rule.unit()).isEqualTo(DayUnit.WORKING_DAYS);
                    assertThat(rule.disputed()).isNotBlank();
                });
        assertThat(catalog.deadlineRule("PILKADA_2024", "report_after_known"))
                .hasValueSatisfying(rule -> assertThat(rule.unit()).isEqualTo(DayUnit.DAYS));
    }

    @Test
    void shouldFallBackToTheRuleForAnyElectionAndKnowNothingOfUnknownSteps() {
        assertThat(catalog.deadlineRule("PILKADA_2024", "ppk_follow_up"))
                .hasValueSatisfying(rule -> assertThat(rule.days()).isEqualTo(14));
        assertThat(catalog.deadlineRule("PILKADA_2024", "initial_review"))
                .hasValueSatisfying(rule -> assertThat(rule.days()).isEqualTo(2));
        assertThat(catalog.deadlineRule("PILKADA_2024", "no_such_step")).isEmpty();
        assertThat(catalog.deadlineRule("PILKADA_2099", "initial_review")).isEmpty();
    }

    @Test
    void shouldLabelTheClarificationDaysAsAnInternalTargetInWorkingDays() {
        // clarification-service counts its deadlines with this rule, and the rules API shows it
        assertThat(catalog.deadlineRule("PILKADA_2024", "clarification")).hasValueSatisfying(rule -> {
            assertThat(rule.days()).isEqualTo(5);
            assertThat(rule.unit()).isEqualTo(DayUnit.WORKING_DAYS);
            assertThat(rule.nature()).isEqualTo("INTERNAL_TARGET");
        });
        assertThat(catalog.deadlineRule("PEMILU_2024", "clarification")).hasValueSatisfying(rule -> {
            assertThat(rule.days()).isEqualTo(7);
            assertThat(rule.nature()).isEqualTo("INTERNAL_TARGET");
        });
        assertThat(catalog.deadlineRule("PEMILU_2024", "report_after_known"))
                .hasValueSatisfying(rule -> assertThat(rule.basis()).contains("Pasal 454"));
    }

    @Test
    void shouldGiveEachContestOfPemilu2024ItsOwnCandidateSettingDate() {
        ElectionCatalog.Election pemilu = catalog.find("PEMILU_2024").orElseThrow();

        assertThat(pemilu.contestMatters()).isTrue();
        assertThat(pemilu.candidateSettingDate("PRESIDEN")).isEqualTo(LocalDate.of(2023, 11, 13));
        assertThat(pemilu.candidateSettingDate("DPR")).isEqualTo(LocalDate.of(2023, 11, 3));
        assertThat(pemilu.candidateSettingDate("DPRD")).isEqualTo(LocalDate.of(2023, 11, 3));
        assertThat(pemilu.confidence()).isEqualTo("high");
        assertThat(pemilu.sources()).isNotEmpty();
        // Pilkada 2024 set every race on the same day: no contest needs naming
        assertThat(catalog.find("PILKADA_2024").orElseThrow().contestMatters()).isFalse();
    }

    @Test
    void shouldKnowThe2025ReRunsWithTheirRegionsDatesAndConfidence() {
        ElectionCatalog.Election parigi = catalog.find("PSU_2025_PARIGI_MOUTONG").orElseThrow();
        ElectionCatalog.Election pesawaran = catalog.find("PSU_2025_PESAWARAN").orElseThrow();
        ElectionCatalog.Election papua = catalog.find("PSU_2025_PAPUA").orElseThrow();
        RegionCatalog regions = RegionCatalog.standard();

        assertThat(parigi.votingDate()).isEqualTo(LocalDate.of(2025, 4, 16));
        assertThat(parigi.candidateSettingDate()).isEqualTo(LocalDate.of(2025, 3, 23));
        assertThat(parigi.coversRegion("72.08", regions)).isTrue();
        assertThat(parigi.coversRegion("72.01", regions)).isFalse();
        // a civil servant of the province may act in its kabupaten's re-run
        assertThat(parigi.coversRegion("72", regions)).isTrue();
        assertThat(parigi.coversRegion("64", regions)).isFalse();
        assertThat(papua.coversRegion("91.03", regions)).isTrue();
        assertThat(pesawaran.campaign()).isEqualTo(new ElectionCatalog.Range(LocalDate.of(2025, 5, 7),
                LocalDate.of(2025, 5, 20)));
        assertThat(catalog.find("PSU_2025_EMPAT_LAWANG").orElseThrow().confidence()).isEqualTo("medium");
        // a re-run follows the deadline rules of a pilkada
        assertThat(catalog.deadlineRule("PSU_2025_SIAK", "report_after_known"))
                .hasValueSatisfying(rule -> assertThat(rule.unit()).isEqualTo(DayUnit.DAYS));
        // where a replacement pair was set later, that pair is a contest of its own
        ElectionCatalog.Election pasaman = catalog.find("PSU_2025_PASAMAN").orElseThrow();
        assertThat(pasaman.contestMatters()).isTrue();
        assertThat(pasaman.candidateSettingDate("BUPATI")).isEqualTo(LocalDate.of(2024, 9, 22));
        assertThat(pasaman.candidateSettingDate("BUPATI_PENGGANTI")).isEqualTo(LocalDate.of(2025, 3, 23));
    }

    @Test
    void shouldTakeActsOnlyWithinAnElectionsPeriodAndNoneForPemilu2029WithoutDates() {
        ElectionCatalog.Election pilkada = catalog.find("PILKADA_2024").orElseThrow();
        ElectionCatalog.Election pemilu2029 = catalog.find("PEMILU_2029").orElseThrow();

        assertThat(pilkada.actPeriod()).isEqualTo(new ElectionCatalog.Range(LocalDate.of(2023, 9, 22),
                LocalDate.of(2025, 2, 25)));
        assertThat(pilkada.covers(LocalDate.of(2024, 10, 1))).isTrue();
        assertThat(pilkada.covers(LocalDate.of(2026, 11, 30))).isFalse();
        assertThat(pemilu2029.isScheduled()).isFalse();
        assertThat(pemilu2029.actPeriod()).isNull();
        assertThat(pemilu2029.covers(LocalDate.of(2026, 11, 30))).isFalse();
    }

    @Test
    void shouldApplyAnAddedElectionAndAHolidayListInOrderAndTheSameChangeTwiceOnce() {
        LiveRules.Snapshot shipped = new LiveRules.Snapshot(0, "shipped", catalog, HolidayCalendar.standard());
        RulesChanged.Election dated = new RulesChanged.Election("PEMILU_2029", "PEMILU", "Pemilu 2029", false,
                LocalDate.of(2029, 2, 14), LocalDate.of(2028, 10, 1), null, null, List.of(),
                List.of(new RulesChanged.Contest("PRESIDEN", LocalDate.of(2028, 10, 20), null, null)), "high",
                List.of("Keputusan KPU"), null);
        RulesChanged regional = new RulesChanged("v2", java.time.Instant.EPOCH, null,
                new RulesChanged.Holidays(null, List.of(new RulesChanged.Day(LocalDate.of(2027, 3, 3), "LIBUR_DAERAH",
                        "Pemungutan suara ulang", "Keputusan Bupati", "64.71"))));
        RulesChanged list = new RulesChanged("v3", java.time.Instant.EPOCH, null,
                new RulesChanged.Holidays(2027, List.of(new RulesChanged.Day(LocalDate.of(2027, 1, 1),
                        "LIBUR_NASIONAL", "Tahun Baru", "SKB 2026", null))));

        LiveRules.Snapshot changed = shipped.apply(new RulesChanged("v1", java.time.Instant.EPOCH, dated, null))
                .apply(regional).apply(list).apply(regional);

        assertThat(changed.version()).isEqualTo("v2");
        assertThat(changed.elections().find("PEMILU_2029").orElseThrow().isScheduled()).isTrue();
        assertThat(changed.elections().find("PEMILU_2029").orElseThrow().candidateSettingDate("PRESIDEN"))
                .isEqualTo(LocalDate.of(2028, 10, 20));
        assertThat(changed.calendar().covers(2027)).isTrue();
        assertThat(changed.calendar().isHoliday(LocalDate.of(2027, 3, 3), "64.71")).isTrue();
        assertThat(changed.calendar().isHoliday(LocalDate.of(2027, 3, 3), "64.72")).isFalse();
        assertThat(changed.calendar().regionalHolidays(2027)).hasSize(1);
        assertThat(shipped.calendar().covers(2027)).isFalse();
    }
}
