package id.netra.kit.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import id.netra.kit.calendar.DayUnit;

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
}
