package id.netra.clarification.clarification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import id.netra.contracts.Accused;
import id.netra.contracts.CaseRegistered;
import id.netra.contracts.Outcome;
import id.netra.kit.calendar.Deadline;
import id.netra.kit.problem.Refusal;

/** The clarification's status machine, as a table, without Quarkus or a database. */
class ClarificationStatusMachineTest {

    private static final Instant OPENED = Instant.parse("2026-12-02T01:00:00Z");
    private static final ZoneId ZONE = ZoneId.of("Asia/Makassar");

    /** From each status: what each step does, or the conflict that refuses it (the status then unchanged). */
    @ParameterizedTest(name = "{1} from {0} -> {2}")
    @CsvSource({
            "OPEN, HEAR, OPEN",
            "OPEN, CONCLUDE, CONCLUDED",
            "OPEN, CORRECT, CLARIFICATION_NOT_CONCLUDED",
            "CONCLUDED, HEAR, CLARIFICATION_CLOSED",
            "CONCLUDED, CONCLUDE, CLARIFICATION_ALREADY_CONCLUDED",
            "CONCLUDED, CORRECT, CONCLUDED"
    })
    void shouldTakeAStepOnlyFromTheStatusItNeeds(ClarificationStatus from, ClarificationStep step, String expected) {
        Clarification clarification = in(from);
        Conclusion notProven = new Conclusion(Outcome.NOT_PROVEN, List.of(), null, null, "tidak terbukti", null,
                null, null);
        Runnable take = switch (step) {
            case HEAR -> () -> clarification.require(ClarificationStep.HEAR);
            case CONCLUDE -> () -> clarification.conclude(notProven, "inspektorat", OPENED.plusSeconds(60));
            case CORRECT -> () -> clarification.correct(notProven);
        };
        if (expected.startsWith("CLARIFICATION_")) {
            assertThatThrownBy(take::run).isInstanceOfSatisfying(Refusal.class, refused -> {
                assertThat(refused.kind()).isEqualTo(Refusal.Kind.CONFLICT);
                assertThat(refused.code()).isEqualTo(expected);
                assertThat(refused.args()).containsExactly(clarification.caseNumber());
            });
            assertThat(clarification.status()).isEqualTo(from);
        } else {
            take.run();
            assertThat(clarification.status()).isEqualTo(ClarificationStatus.valueOf(expected));
        }
    }

    /** A correction replaces the facts; who concluded and when stay as they were. */
    @ParameterizedTest(name = "concluded {0}, corrected to {1}")
    @CsvSource({ "PROVEN, NOT_PROVEN", "NOT_PROVEN, PROVEN" })
    void shouldKeepWhoConcludedAndWhenThroughACorrection(Outcome first, Outcome corrected) {
        Clarification clarification = in(ClarificationStatus.OPEN);
        Instant concludedAt = OPENED.plusSeconds(3_600);
        clarification.conclude(facts(first), "inspektorat.balikpapan", concludedAt);

        clarification.correct(facts(corrected));

        assertThat(clarification.conclusion().outcome()).isEqualTo(corrected);
        assertThat(clarification.isConcluded()).isTrue();
        assertThat(clarification.concludedBy()).isEqualTo("inspektorat.balikpapan");
        assertThat(clarification.concludedAt()).isEqualTo(concludedAt);
    }

    private static Conclusion facts(Outcome outcome) {
        return outcome == Outcome.PROVEN
                ? new Conclusion(outcome, List.of("D7"), LocalDate.of(2026, 11, 20), null, "terbukti", null, null,
                        null)
                : new Conclusion(outcome, List.of(), null, null, "tidak terbukti", null, null, null);
    }

    private static Clarification in(ClarificationStatus status) {
        CaseRegistered registered = new CaseRegistered(UUID.randomUUID(), "64.71-2026-000001", "64.71", "DEMO",
                "PARTNER", new Accused("ASN Uji", "198001012005011001", "Staf", "Dinas Uji"), List.of("D7"),
                LocalDate.of(2026, 11, 20), "ref", OPENED);
        LocalDate due = LocalDate.of(2026, 12, 9);
        Clarification clarification = Clarification.open(UUID.randomUUID(), registered, OPENED,
                new Deadline(due.plusDays(1).atStartOfDay(ZONE).toInstant(), due, ZONE, false, null));
        if (status == ClarificationStatus.CONCLUDED) {
            clarification.conclude(facts(Outcome.PROVEN), "inspektorat", OPENED.plusSeconds(60));
        }
        return clarification;
    }
}
