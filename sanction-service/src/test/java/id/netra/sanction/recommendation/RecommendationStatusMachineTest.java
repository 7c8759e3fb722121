package id.netra.sanction.recommendation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import id.netra.contracts.Accused;
import id.netra.contracts.ClarificationConcluded;
import id.netra.contracts.Outcome;
import id.netra.kit.calendar.Deadline;
import id.netra.sanction.rules.Assessment;
import id.netra.sanction.rules.SanctionLevel;

/**
 * The recommendation's status machine, as a table, without Quarkus or a database. The services check each step
 * first and answer with a problem; the entity refuses what slipped past them instead of rewriting history.
 */
class RecommendationStatusMachineTest {

    private static final Instant NOW = Instant.parse("2026-12-02T02:00:00Z");
    private static final ZoneId ZONE = ZoneId.of("Asia/Makassar");
    private static final Deadline DUE = new Deadline(NOW.plusSeconds(14 * 86_400L), LocalDate.of(2026, 12, 16), ZONE,
            false, null);

    @ParameterizedTest(name = "{1} from {0} -> {2}")
    @CsvSource({
            "ISSUED, DECIDE_COMPLIANT, DECIDED",
            "ISSUED, DECIDE_LIGHTER, NON_COMPLIANT",
            "ISSUED, SET_TASK_FORCE_LEVEL, refused",
            "ISSUED, REVISE_PROVEN, ISSUED",
            "ISSUED, REVISE_NOT_PROVEN, CLOSED",
            "AWAITING_TASK_FORCE, DECIDE_COMPLIANT, refused",
            "AWAITING_TASK_FORCE, SET_TASK_FORCE_LEVEL, ISSUED",
            "AWAITING_TASK_FORCE, REVISE_NOT_PROVEN, CLOSED",
            "NON_COMPLIANT, DECIDE_COMPLIANT, DECIDED",
            "NON_COMPLIANT, DECIDE_LIGHTER, NON_COMPLIANT",
            "NON_COMPLIANT, SET_TASK_FORCE_LEVEL, refused",
            "NON_COMPLIANT, REVISE_PROVEN, refused",
            "DECIDED, DECIDE_COMPLIANT, refused",
            "DECIDED, DECIDE_LIGHTER, refused",
            "DECIDED, SET_TASK_FORCE_LEVEL, refused",
            "DECIDED, REVISE_PROVEN, refused",
            "DECIDED, REVISE_NOT_PROVEN, refused",
            "CLOSED, DECIDE_COMPLIANT, refused",
            "CLOSED, SET_TASK_FORCE_LEVEL, refused",
            "CLOSED, REVISE_PROVEN, ISSUED",
            "CLOSED, REVISE_NOT_PROVEN, CLOSED"
    })
    void shouldTakeAStepOnlyFromTheStatusesThatAllowIt(RecommendationStatus from, Step step, String expected) {
        Recommendation recommendation = in(from);
        if ("refused".equals(expected)) {
            assertThatThrownBy(() -> step.take.accept(recommendation)).isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining(recommendation.getCaseNumber());
            assertThat(recommendation.getStatus()).as("unchanged").isEqualTo(from);
        } else {
            step.take.accept(recommendation);
            assertThat(recommendation.getStatus()).isEqualTo(RecommendationStatus.valueOf(expected));
        }
    }

    /** What the PPK, the task force and a corrected conclusion do to a recommendation. */
    enum Step {
        DECIDE_COMPLIANT(r -> r.decide(decision(SanctionLevel.SEDANG, true))),
        DECIDE_LIGHTER(r -> r.decide(decision(SanctionLevel.RINGAN, false))),
        SET_TASK_FORCE_LEVEL(r -> r.setTaskForceLevel(SanctionLevel.SEDANG, SanctionLevel.SEDANG, "satgas", "satgas",
                NOW, DUE, DUE, List.of())),
        REVISE_PROVEN(r -> r.revise(conclusion(Outcome.PROVEN), judgement(false), NOW, revision(r))),
        REVISE_NOT_PROVEN(r -> r.revise(conclusion(Outcome.NOT_PROVEN), null, NOW, revision(r)));

        final Consumer<Recommendation> take;

        Step(Consumer<Recommendation> take) {
            this.take = take;
        }
    }

    private static Recommendation in(RecommendationStatus status) {
        UUID id = UUID.randomUUID();
        return switch (status) {
            case ISSUED -> Recommendation.issue(id, conclusion(Outcome.PROVEN), judgement(false), NOW);
            case AWAITING_TASK_FORCE -> Recommendation.issue(id, conclusion(Outcome.PROVEN), judgement(true), NOW);
            case NON_COMPLIANT -> decided(id, false);
            case DECIDED -> decided(id, true);
            case CLOSED -> Recommendation.notProven(id, conclusion(Outcome.NOT_PROVEN), NOW);
        };
    }

    private static Recommendation decided(UUID id, boolean compliant) {
        Recommendation recommendation = Recommendation.issue(id, conclusion(Outcome.PROVEN), judgement(false), NOW);
        recommendation.decide(compliant ? decision(SanctionLevel.SEDANG, true) : decision(SanctionLevel.RINGAN, false));
        return recommendation;
    }

    private static ClarificationConcluded conclusion(Outcome outcome) {
        return new ClarificationConcluded(UUID.randomUUID(), "64.71-2026-000001", "64.71", "DEMO", UUID.randomUUID(),
                outcome, outcome == Outcome.PROVEN ? List.of("D7") : List.of(), LocalDate.of(2026, 11, 20),
                new Accused("ASN Uji", "198001012005011001", "Staf", "Dinas Uji"), "alasan", null, null, NOW, null);
    }

    private static Judgement judgement(boolean awaitingTaskForce) {
        Assessment assessment = new Assessment("test", awaitingTaskForce ? null : SanctionLevel.SEDANG, null,
                SanctionLevel.SEDANG, awaitingTaskForce, SanctionLevel.SEDANG, List.of(), List.of(), List.of());
        return new Judgement(assessment, Map.of(), NOW, DUE, DUE, null, null, List.of());
    }

    private static Decision decision(SanctionLevel level, boolean compliant) {
        return new Decision("S-1", "sanksi uji", level, compliant, "800/1/2026", LocalDate.of(2026, 12, 2),
                compliant ? null : "alasan PPK", null, NOW, "ppk");
    }

    private static RecommendationRevision revision(Recommendation r) {
        return new RecommendationRevision(NOW, NOW, "inspektorat", "koreksi", "outcome", r.getStatus(), r.getLevel(),
                r.getRuleVersion(), "{}");
    }
}
