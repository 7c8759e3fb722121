package id.netra.kit.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NipValidatorTest {

    @Test
    void shouldParseTheExampleNipFromTheProcessDocument() {
        ValidationResult<ParsedNip> result = NipValidator.check("196608011988031001");

        assertThat(result.isValid()).isTrue();
        assertThat(result.value()).isEqualTo(new ParsedNip("196608011988031001", NipKind.PNS,
                LocalDate.of(1966, 8, 1), 1988, YearMonth.of(1988, 3), Gender.MALE, 1));
    }

    @ParameterizedTest(name = "{0} is a valid {1} NIP")
    @CsvSource({
            "196608011988031001, PNS,  1966-08-01, 1988, 3,  MALE,   1",
            "199001012015032002, PNS,  1990-01-01, 2015, 3,  FEMALE, 2",
            "198505152023211999, PPPK, 1985-05-15, 2023, ,   MALE,   999",
            "200006152018061001, PNS,  2000-06-15, 2018, 6,  MALE,   1",
            "200006152018211001, PPPK, 2000-06-15, 2018, ,   MALE,   1",
            "200002292018021001, PNS,  2000-02-29, 2018, 2,  MALE,   1",
    })
    void shouldAcceptValidNipsAndFlagPppkNumbers(String nip, NipKind kind, LocalDate birthDate, int appointmentYear,
            Integer appointmentMonth, Gender gender, int sequence) {
        ValidationResult<ParsedNip> result = NipValidator.check(nip);

        assertThat(result.violations()).isEmpty();
        ParsedNip parsed = result.value();
        assertThat(parsed.kind()).isEqualTo(kind);
        assertThat(parsed.isPppk()).isEqualTo(kind == NipKind.PPPK);
        assertThat(parsed.birthDate()).isEqualTo(birthDate);
        assertThat(parsed.appointmentYear()).isEqualTo(appointmentYear);
        assertThat(parsed.appointmentMonth().map(YearMonth::getMonthValue)).isEqualTo(
                Optional.ofNullable(appointmentMonth));
        assertThat(parsed.gender()).isEqualTo(gender);
        assertThat(parsed.sequence()).isEqualTo(sequence);
    }

    @ParameterizedTest(name = "{2}: ''{0}'' -> {1}")
    @CsvSource(nullValues = "NULL", value = {
            "NULL,                  NIP_LENGTH,                   shouldRejectAMissingNip",
            "'',                    NIP_LENGTH,                   shouldRejectAnEmptyNip",
            "19660801198803100,     NIP_LENGTH,                   shouldRejectNipWithSeventeenDigits",
            "1966080119880310011,   NIP_LENGTH,                   shouldRejectNipWithNineteenDigits",
            "19660801 198803 1 001, NIP_LENGTH NIP_NOT_DIGITS,    shouldRejectNipWrittenWithSpaces",
            "1966080119880310O1,    NIP_NOT_DIGITS,               shouldRejectNipWithALetter",
            "١٩٦٦٠٨٠١١٩٨٨٠٣١٠٠١,    NIP_NOT_DIGITS,               shouldRejectNipWithNonAsciiDigits",
            "196602301988031001,    NIP_BIRTH_DATE,               shouldRejectNipBornOnThirtiethOfFebruary",
            "196613011988031001,    NIP_BIRTH_DATE,               shouldRejectNipBornInMonthThirteen",
            "196608001988031001,    NIP_BIRTH_DATE,               shouldRejectNipBornOnDayZero",
            "190102291988031001,    NIP_BIRTH_DATE,               shouldRejectNipBornOnLeapDayOfACommonYear",
            "189912311988031001,    NIP_BIRTH_DATE,               shouldRejectNipBornBefore1900",
            "196608011988001001,    NIP_APPOINTMENT_MONTH,        shouldRejectNipWithAppointmentMonthZero",
            "196608011988131001,    NIP_APPOINTMENT_MONTH,        shouldRejectNipWithAppointmentMonthThirteen",
            "199212312022991001,    NIP_APPOINTMENT_MONTH,        shouldRejectNipWithAppointmentCodeNinetyNine",
            "199212312022201001,    NIP_APPOINTMENT_MONTH,        shouldRejectNipWithAppointmentCodeTwentyNextToPppk",
            "196608011980031001,    NIP_APPOINTMENT_BEFORE_18,    shouldRejectNipAppointedAtThirteen",
            "200006152018051001,    NIP_APPOINTMENT_BEFORE_18,    shouldRejectNipAppointedTheMonthBeforeTurning18",
            "200006152017211001,    NIP_APPOINTMENT_BEFORE_18,    shouldRejectPppkAppointedTheYearBeforeTurning18",
            "196608011988031001X,   NIP_LENGTH NIP_NOT_DIGITS,    shouldRejectNipWithATrailingLetter",
            "196608011988033001,    NIP_GENDER,                   shouldRejectNipWithGenderThree",
            "196608011988030001,    NIP_GENDER,                   shouldRejectNipWithGenderZero",
            "196608011988031000,    NIP_SEQUENCE,                 shouldRejectNipWithSequenceZero",
            "196602301988003000,    NIP_BIRTH_DATE NIP_APPOINTMENT_MONTH NIP_GENDER NIP_SEQUENCE, shouldReportEveryWrongPartAtOnce",
    })
    void shouldRejectInvalidNipNamingTheWrongPart(String nip, String expectedCodes, String scenario) {
        ValidationResult<ParsedNip> result = NipValidator.check(nip);

        assertThat(result.isValid()).isFalse();
        assertThat(result.parsed()).isEmpty();
        assertThat(result.violations()).extracting(Violation::code)
                .containsExactly(codes(expectedCodes));
        assertThat(result.violations()).allSatisfy(violation -> assertThat(violation.detail()).isNotBlank());
    }

    static ViolationCode[] codes(String spaceSeparated) {
        return Arrays.stream(spaceSeparated.split(" ")).map(ViolationCode::valueOf).toArray(ViolationCode[]::new);
    }
}
