package id.netra.intake.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import id.netra.contracts.CaseClosed;
import id.netra.contracts.ClarificationConcluded;
import id.netra.contracts.ClarificationCorrected;
import id.netra.contracts.EventType;
import id.netra.contracts.Outcome;
import id.netra.kit.problem.Refusal;

/** The case's status machine, as a table, without Quarkus or a database. */
class CaseStatusMachineTest {

    private static final Instant NOW = Instant.parse("2026-12-02T03:00:00Z");
    private static final Instant DUE = NOW.plusSeconds(86_400);

    /** Every status a step may start from, and where it leads; {@code null} stands for a case not yet opened. */
    private static final Map<CaseStep, Map<CaseStatus, CaseStatus>> ALLOWED = Map.of(
            CaseStep.OPEN, table(null, CaseStatus.KAJIAN_AWAL),
            CaseStep.REGISTER, table(null, CaseStatus.DIREGISTRASI, CaseStatus.KAJIAN_AWAL, CaseStatus.DIREGISTRASI),
            CaseStep.REJECT, table(null, CaseStatus.TIDAK_DIREGISTRASI, CaseStatus.KAJIAN_AWAL,
                    CaseStatus.TIDAK_DIREGISTRASI, CaseStatus.PERLU_DILENGKAPI, CaseStatus.TIDAK_DIREGISTRASI),
            CaseStep.ASK_COMPLETION, table(CaseStatus.KAJIAN_AWAL, CaseStatus.PERLU_DILENGKAPI),
            CaseStep.COMPLETE, table(CaseStatus.PERLU_DILENGKAPI, CaseStatus.KAJIAN_AWAL),
            CaseStep.FORWARD, table(CaseStatus.TIDAK_DIREGISTRASI, CaseStatus.DITERUSKAN));

    @Test
    void shouldTakeEveryStepFromTheStatusesTheTableAllowsAndRefuseItFromEveryOther() {
        List<CaseStatus> starts = new ArrayList<>(EnumSet.allOf(CaseStatus.class));
        starts.add(null);
        for (CaseStep step : CaseStep.values()) {
            for (CaseStatus from : starts) {
                CaseFile caseFile = caseIn(from, CaseStep.LATE_FILING);
                Map<CaseStatus, CaseStatus> allowed = ALLOWED.get(step);
                if (allowed.containsKey(from)) {
                    take(step).accept(caseFile);
                    assertThat(caseFile.status).as("%s from %s", step, from).isEqualTo(allowed.get(from));
                } else {
                    assertThatThrownBy(() -> take(step).accept(caseFile)).as("%s from %s", step, from)
                            .isInstanceOfSatisfying(Refusal.class, refused -> {
                                assertThat(refused.kind()).isEqualTo(Refusal.Kind.CONFLICT);
                                assertThat(refused.code()).isEqualTo(refusal(step, from));
                            });
                    assertThat(caseFile.status).as("unchanged after a refused %s", step).isEqualTo(from);
                }
            }
        }
    }

    @Test
    void shouldForwardOnlyACaseNotRegisteredBecauseItWasFiledLate() {
        CaseFile rejected = caseIn(CaseStatus.TIDAK_DIREGISTRASI, "REVIEW_REJECTED");
        assertThatThrownBy(() -> rejected.forward("BKN", null, null, "bawaslu", NOW))
                .isInstanceOfSatisfying(Refusal.class,
                        refused -> assertThat(refused.code()).isEqualTo("CASE_NOT_FORWARDABLE"));

        CaseFile late = caseIn(CaseStatus.TIDAK_DIREGISTRASI, CaseStep.LATE_FILING);
        late.forward("INSPEKTORAT", "64.71", "catatan", "bawaslu.balikpapan", NOW);
        assertThat(late.forwardTarget).isEqualTo("INSPEKTORAT");
        assertThat(late.forwardRegionCode).isEqualTo("64.71");
        assertThat(late.forwardedAt).isEqualTo(NOW);
    }

    @Test
    void shouldReturnACompletedCaseToTheReviewWithANewDueTimeAndNoOverdueMark() {
        CaseFile caseFile = caseIn(CaseStatus.KAJIAN_AWAL, null);
        caseFile.askCompletion("NIP terlapor", DUE, NOW);
        assertThat(caseFile.completionDueAt).isEqualTo(DUE);
        caseFile.reviewOverdueRaised = true;

        caseFile.completed(DUE.plusSeconds(3_600), NOW.plusSeconds(60));

        assertThat(caseFile.status).isEqualTo(CaseStatus.KAJIAN_AWAL);
        assertThat(caseFile.completionDueAt).isNull();
        assertThat(caseFile.reviewOverdueRaised).isFalse();
        assertThat(caseFile.reviewDueAt).isEqualTo(DUE.plusSeconds(3_600));
        assertThat(caseFile.updatedAt).isEqualTo(NOW.plusSeconds(60));
    }

    /**
     * Where the other services' events move a case. Clarification events never move it back (the two topics are read
     * apart, so one can arrive after the sanction events it caused); sanction events always apply.
     */
    @ParameterizedTest(name = "{0} + {1} {2} -> {3}")
    @CsvSource({
            "DIREGISTRASI, CLARIFICATION_OPENED, , KLARIFIKASI",
            "KLARIFIKASI, CLARIFICATION_CONCLUDED, PROVEN, TERBUKTI",
            "KLARIFIKASI, CLARIFICATION_CONCLUDED, NOT_PROVEN, TIDAK_TERBUKTI",
            "REKOMENDASI_KE_PPK, CLARIFICATION_OPENED, , REKOMENDASI_KE_PPK",
            "REKOMENDASI_KE_PPK, CLARIFICATION_CONCLUDED, PROVEN, REKOMENDASI_KE_PPK",
            "DIREGISTRASI, CLARIFICATION_CONCLUDED, PROVEN, TERBUKTI",
            "TERBUKTI, CLARIFICATION_CORRECTED, NOT_PROVEN, TIDAK_TERBUKTI",
            "TIDAK_TERBUKTI, CLARIFICATION_CORRECTED, PROVEN, TERBUKTI",
            "REKOMENDASI_KE_PPK, CLARIFICATION_CORRECTED, NOT_PROVEN, REKOMENDASI_KE_PPK",
            "TERBUKTI, RECOMMENDATION_ISSUED, , REKOMENDASI_KE_PPK",
            "TERBUKTI, RECOMMENDATION_LEVEL_SET, , REKOMENDASI_KE_PPK",
            "REKOMENDASI_KE_PPK, DECISION_OVERDUE, , BELUM_DITINDAKLANJUTI",
            "DITINDAKLANJUTI, DECISION_OVERDUE, , DITINDAKLANJUTI",
            "BELUM_DITINDAKLANJUTI, BLOCK_REQUESTED, , DATA_DIBLOKIR",
            "DITINDAKLANJUTI, BLOCK_REQUESTED, , DITINDAKLANJUTI",
            "DATA_DIBLOKIR, SANCTION_DECIDED, , DITINDAKLANJUTI",
            "TERBUKTI, CASE_CLOSED, NOT_PROVEN, TIDAK_TERBUKTI",
            "DATA_DIBLOKIR, CASE_CLOSED, PROVEN, DITINDAKLANJUTI",
            "KLARIFIKASI, CLARIFICATION_SCHEDULED, , KLARIFIKASI",
            "BELUM_DITINDAKLANJUTI, UNBLOCK_REQUESTED, , BELUM_DITINDAKLANJUTI"
    })
    void shouldFollowTheOtherServicesEvents(CaseStatus from, EventType type, Outcome outcome, CaseStatus expected) {
        CaseFile caseFile = caseIn(from, null);

        caseFile.follow(type, payload(type, outcome), NOW);

        assertThat(caseFile.status).isEqualTo(expected);
        assertThat(caseFile.updatedAt).isEqualTo(NOW);
    }

    private static Object payload(EventType type, Outcome outcome) {
        UUID id = UUID.randomUUID();
        return switch (type) {
            case CLARIFICATION_CONCLUDED -> new ClarificationConcluded(id, "K-1", "64.71", "DEMO", id, outcome,
                    List.of(), null, null, null, null, null, NOW, null);
            case CLARIFICATION_CORRECTED -> new ClarificationCorrected(id, "K-1", "64.71", "DEMO", id, outcome,
                    List.of(), null, null, null, null, null, List.of(), "salah ketik", "inspektorat", NOW, null);
            case CASE_CLOSED -> new CaseClosed(id, "K-1", "64.71", outcome.name(), NOW);
            default -> null;
        };
    }

    private static Consumer<CaseFile> take(CaseStep step) {
        return switch (step) {
            case OPEN -> c -> c.openForReview(DUE);
            case REGISTER -> c -> c.register(NOW);
            case REJECT -> c -> c.notRegistered("REVIEW_REJECTED", "bukan ASN", NOW);
            case ASK_COMPLETION -> c -> c.askCompletion("NIP terlapor", DUE, NOW);
            case COMPLETE -> c -> c.completed(DUE, NOW);
            case FORWARD -> c -> c.forward("BKN", null, null, "bawaslu", NOW);
        };
    }

    private static String refusal(CaseStep step, CaseStatus from) {
        if (step == CaseStep.COMPLETE) {
            return "COMPLETION_NOT_REQUESTED";
        }
        if (step == CaseStep.FORWARD) {
            return from == CaseStatus.DITERUSKAN ? "CASE_ALREADY_FORWARDED" : "CASE_NOT_FORWARDABLE";
        }
        return "CASE_NOT_UNDER_REVIEW";
    }

    private static CaseFile caseIn(CaseStatus status, String reasonCode) {
        CaseFile caseFile = new CaseFile();
        caseFile.caseNumber = "K-1";
        caseFile.status = status;
        caseFile.decisionReasonCode = reasonCode;
        return caseFile;
    }

    /** Pairs of (from, to); a null key is a case not yet opened. */
    private static Map<CaseStatus, CaseStatus> table(CaseStatus... pairs) {
        Map<CaseStatus, CaseStatus> table = new java.util.HashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            table.put(pairs[i], pairs[i + 1]);
        }
        return table;
    }
}
