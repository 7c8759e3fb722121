package id.netra.intake.candidacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;

import id.netra.kit.calendar.DayUnit;
import id.netra.kit.calendar.WorkingDays;
import id.netra.kit.validation.NipKind;

/** The shipped candidacy rules as a table: which obligations a watch has, their due days and where they stand. */
class CandidacyRulesTest {

    private static final ZoneId WITA = ZoneId.of("Asia/Makassar");
    private static final LocalDate DCT_2023 = LocalDate.of(2023, 11, 3);
    private static final CandidacyRules SHIPPED = new CandidacyRules(
            CandidacyRules.readResource(CandidacyRules.RESOURCE));
    private static final WorkingDays CALENDAR = WorkingDays.standard();

    @Test
    void shouldGiveAPnsBacalegOfPemilu2024TheLetterAtRegistrationAndTheDismissalFromTheDctsMonthEnd() {
        List<Obligation> onTheDayBeforeTheDct = SHIPPED.obligations(pemilu("DPRD", NipKind.PNS), List.of(),
                LocalDate.of(2023, 11, 2), CALENDAR);
        assertThat(onTheDayBeforeTheDct).extracting(Obligation::code, Obligation::dueOn, Obligation::status)
                .containsExactly(
                        row("RESIGNATION_LETTER", "2023-05-10", ObligationStatus.OVERDUE),
                        row("RESIGNATION_RECEIPT", "2023-05-10", ObligationStatus.OVERDUE),
                        row("DISMISSAL_DECREE", "2023-11-02", ObligationStatus.OPEN),
                        row("DISMISSAL_WITH_HONOUR", "2023-11-30", ObligationStatus.OPEN));

        List<Obligation> onTheDct = SHIPPED.obligations(pemilu("DPRD", NipKind.PNS), List.of(), DCT_2023, CALENDAR);
        assertThat(onTheDct).filteredOn(o -> o.code().equals("DISMISSAL_DECREE")).singleElement()
                .extracting(Obligation::status).isEqualTo(ObligationStatus.OVERDUE);
        assertThat(onTheDct).extracting(Obligation::confidence).containsExactly("P", "P", "P", "C");
    }

    @Test
    void shouldLeaveOutTheRulesThatDoNotFitTheAsnOrTheContest() {
        assertThat(SHIPPED.obligations(pemilu("DPRD", NipKind.PPPK), List.of(), DCT_2023, CALENDAR))
                .extracting(Obligation::code)
                .containsExactly("RESIGNATION_LETTER", "RESIGNATION_RECEIPT", "DISMISSAL_DECREE");
        assertThat(SHIPPED.obligations(pemilu("PRESIDEN", NipKind.PNS), List.of(), DCT_2023, CALENDAR))
                .extracting(Obligation::code).containsExactly("DISMISSAL_WITH_HONOUR");
        CandidacyRules.Subject pilkada = new CandidacyRules.Subject("PILKADA", "WALIKOTA", NipKind.PNS,
                LocalDate.of(2024, 8, 29), LocalDate.of(2024, 9, 22), "64.71", WITA);
        assertThat(SHIPPED.obligations(pilkada, List.of(), LocalDate.of(2024, 9, 1), CALENDAR))
                .extracting(Obligation::code, Obligation::dueOn)
                .containsExactly(
                        tuple("RESIGNATION_LETTER", LocalDate.of(2024, 9, 22)),
                        tuple("DISMISSAL_WITH_HONOUR", LocalDate.of(2024, 9, 30)));
        assertThat(SHIPPED.obligations(new CandidacyRules.Subject("PILKADA", "WALIKOTA", NipKind.PNS,
                LocalDate.of(2024, 8, 29), null, "64.71", WITA), List.of(), LocalDate.of(2025, 1, 1), CALENDAR))
                .as("a contest without a date yet has nothing overdue")
                .extracting(Obligation::status).containsOnly(ObligationStatus.OPEN);
    }

    @Test
    void shouldMeetAnObligationWithTheEarliestDocumentOfItsTypeAndSayWhetherItWasLate() {
        CandidacyDocument lateLetter = document(DocumentType.RESIGNATION_LETTER, "2023-05-20");
        CandidacyDocument decree = document(DocumentType.DISMISSAL_DECREE, "2023-10-20");
        CandidacyDocument laterDecree = document(DocumentType.DISMISSAL_DECREE, "2023-10-30");
        CandidacyDocument leave = document(DocumentType.CLTN_DECREE, "2023-05-01");

        List<Obligation> obligations = SHIPPED.obligations(pemilu("DPRD", NipKind.PNS),
                List.of(laterDecree, lateLetter, decree, leave), LocalDate.of(2023, 12, 1), CALENDAR);

        assertThat(obligations).extracting(Obligation::code, Obligation::status, Obligation::metBy, Obligation::late)
                .containsExactly(
                        tuple("RESIGNATION_LETTER", ObligationStatus.MET, lateLetter.id,
                                true),
                        tuple("RESIGNATION_RECEIPT", ObligationStatus.OVERDUE, null,
                                false),
                        tuple("DISMISSAL_DECREE", ObligationStatus.MET, decree.id, false),
                        tuple("DISMISSAL_WITH_HONOUR", ObligationStatus.MET, decree.id,
                                false));
    }

    @Test
    void shouldRaiseTheDueNoticeThreeWorkingDaysAheadSkippingWeekends() {
        CandidacyRules.Subject pilkada = new CandidacyRules.Subject("PILKADA", "WALIKOTA", NipKind.PNS,
                LocalDate.of(2024, 8, 29), LocalDate.of(2024, 9, 22), "64.71", WITA);
        Obligation letter = SHIPPED.obligations(pilkada, List.of(), LocalDate.of(2024, 9, 16), CALENDAR).get(0);

        assertThat(SHIPPED.falling(letter, LocalDate.of(2024, 9, 16), "64.71", CALENDAR)).isFalse();
        assertThat(SHIPPED.falling(letter, LocalDate.of(2024, 9, 17), "64.71", CALENDAR)).isTrue();
        assertThat(SHIPPED.falling(letter, LocalDate.of(2024, 9, 22), "64.71", CALENDAR)).isTrue();
        assertThat(SHIPPED.falling(letter, LocalDate.of(2024, 9, 23), "64.71", CALENDAR)).as("past: overdue instead")
                .isFalse();
    }

    @Test
    void shouldCountAWorkingDayRuleOnTheHolidayCalendarAndNeverMakeAGuessOverdue() {
        CandidacyRules rules = new CandidacyRules(data(new CandidacyRules.Due(2, DayUnit.WORKING_DAYS, false)));
        CandidacyRules.Subject afterMaulid = new CandidacyRules.Subject("PILKADA", "BUPATI", NipKind.PNS,
                LocalDate.of(2024, 9, 13), null, "64.71", WITA);

        // Friday 13 September 2024: Monday 16 is Maulid Nabi, so the second working day is Wednesday 18
        Obligation counted = rules.obligations(afterMaulid, List.of(), LocalDate.of(2024, 9, 19), CALENDAR).get(0);
        assertThat(counted.dueOn()).isEqualTo(LocalDate.of(2024, 9, 18));
        assertThat(counted.provisional()).isFalse();
        assertThat(counted.status()).isEqualTo(ObligationStatus.OVERDUE);

        // 2023 has no holiday list loaded: the due day is a guess, shown but never overdue by itself
        CandidacyRules.Subject in2023 = new CandidacyRules.Subject("PILKADA", "BUPATI", NipKind.PNS,
                LocalDate.of(2023, 5, 10), null, "64.71", WITA);
        Obligation guessed = rules.obligations(in2023, List.of(), LocalDate.of(2023, 6, 1), CALENDAR).get(0);
        assertThat(guessed.dueOn()).isEqualTo(LocalDate.of(2023, 5, 12));
        assertThat(guessed.provisional()).isTrue();
        assertThat(guessed.status()).isEqualTo(ObligationStatus.OPEN);
    }

    @Test
    void shouldRefuseRulesThatDoNotHoldTogether() {
        assertThatThrownBy(() -> new CandidacyRules(data(new CandidacyRules.Due(-1, DayUnit.WORKING_DAYS, false))))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("working days count forward only");
        assertThatThrownBy(() -> new CandidacyRules(data(new CandidacyRules.Due(null, null, false))))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("due needs");
        CandidacyRules.Data onlyPilkada = data(new CandidacyRules.Due(0, DayUnit.DAYS, false));
        assertThatThrownBy(() -> new CandidacyRules(new CandidacyRules.Data(onlyPilkada.noticeBefore(),
                Map.of("PILKADA", onlyPilkada.kinds().get("PILKADA")), onlyPilkada.exitRequestHold(), Map.of())))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("no rules for PEMILU");
    }

    @Test
    void shouldTakeANewRulesTitleFromTheFileAndRefuseARuleWithoutOneInBothLanguages() {
        CandidacyRules.Subject subject = pemilu("DPRD", NipKind.PNS);
        CandidacyRules own = new CandidacyRules(data("TEST_LETTER",
                new CandidacyRules.Title("Surat uji", "Test letter"), new CandidacyRules.Due(0, DayUnit.DAYS, false)));
        Obligation obligation = own.obligations(subject, List.of(), DCT_2023, CALENDAR).get(0);
        assertThat(obligation.title().text(Locale.forLanguageTag("id"))).isEqualTo("Surat uji");
        assertThat(obligation.title().text(Locale.ENGLISH)).isEqualTo("Test letter");

        // a code the service has texts for needs none in the file
        CandidacyRules known = new CandidacyRules(
                data("RESIGNATION_LETTER", null, new CandidacyRules.Due(0, DayUnit.DAYS, false)));
        assertThat(known.obligations(subject, List.of(), DCT_2023, CALENDAR).get(0).title().text(Locale.ENGLISH))
                .isEqualTo("Letter of resignation as an ASN");

        assertThatThrownBy(() -> new CandidacyRules(data("TEST_LETTER", new CandidacyRules.Title("Surat uji", " "),
                new CandidacyRules.Due(0, DayUnit.DAYS, false))))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("TEST_LETTER: no title");
    }

    @Test
    void shouldRefuseAnExitRequestHoldWithoutTheDaysAForwardedCaseHoldsIt() {
        CandidacyRules.Data shipped = data(new CandidacyRules.Due(0, DayUnit.DAYS, false));
        assertThatThrownBy(() -> new CandidacyRules(new CandidacyRules.Data(shipped.noticeBefore(), shipped.kinds(),
                new CandidacyRules.Hold(true, null, "none found", "U"), Map.of())))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("forwarded_days");
        assertThat(SHIPPED.exitRequestHold().forwardedDays()).isEqualTo(90);
    }

    /** Rules with one registration-anchored obligation of the given due rule, for PEMILU and PILKADA alike. */
    private static CandidacyRules.Data data(CandidacyRules.Due due) {
        return data("TEST_LETTER", new CandidacyRules.Title("Surat uji", "Test letter"), due);
    }

    private static CandidacyRules.Data data(String code, CandidacyRules.Title title, CandidacyRules.Due due) {
        CandidacyRules.Rule rule = new CandidacyRules.Rule(code, title, List.of(), CandidacyRules.Anchor.REGISTRATION,
                due, List.of(DocumentType.RESIGNATION_LETTER), List.of(), "test basis", "U");
        CandidacyRules.Kind kind = new CandidacyRules.Kind(List.of("BUPATI"), List.of(rule));
        return new CandidacyRules.Data(new CandidacyRules.Period(3, DayUnit.WORKING_DAYS, "NETRA_SETTING"),
                Map.of("PEMILU", kind, "PILKADA", kind), new CandidacyRules.Hold(true, 90, "none found", "U"), Map.of());
    }

    private static CandidacyRules.Subject pemilu(String contest, NipKind kind) {
        return new CandidacyRules.Subject("PEMILU", contest, kind, LocalDate.of(2023, 5, 10), DCT_2023, "64.71",
                WITA);
    }

    private static Tuple row(String code, String dueOn, ObligationStatus status) {
        return tuple(code, LocalDate.parse(dueOn), status);
    }

    private static CandidacyDocument document(DocumentType type, String date) {
        CandidacyDocument document = new CandidacyDocument();
        document.id = UUID.randomUUID();
        document.type = type;
        document.documentDate = LocalDate.parse(date);
        document.uploadedAt = Instant.parse("2023-12-01T00:00:00Z");
        return document;
    }
}
