package id.netra.kit.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import id.netra.kit.region.RegionCatalog;

class NikValidatorTest {

    // 2024-06-01 00:30 WIB
    private static final Clock TODAY = Clock.fixed(Instant.parse("2024-05-31T17:30:00Z"), RegionCatalog.WIB);

    private final NikValidator validator = new NikValidator(RegionCatalog.standard(), TODAY);

    @ParameterizedTest(name = "{0}: born {2}, {3}")
    @CsvSource({
            "6471020101900001, 64.71.02, 1990-01-01, MALE,   1",
            "6471024101900001, 64.71.02, 1990-01-01, FEMALE, 1",
            "3171017108859999, 31.71.01, 1985-08-31, FEMALE, 9999",
            "6502053112100123, 65.02.05, 2010-12-31, MALE,   123",
            "7371012902000001, 73.71.01, 2000-02-29, MALE,   1",
            "7371016902000001, 73.71.01, 2000-02-29, FEMALE, 1",
            "6471020106240001, 64.71.02, 2024-06-01, MALE,   1",
            "6471020206240001, 64.71.02, 1924-06-02, MALE,   1",
            "6471021507240001, 64.71.02, 1924-07-15, MALE,   1",
            "6471020101300001, 64.71.02, 1930-01-01, MALE,   1",
    })
    void shouldAcceptValidNiksReadingTheCenturyThatIsNotInTheFuture(String nik, String district,
            LocalDate birthDate, Gender gender, int serial) {
        ValidationResult<ParsedNik> result = validator.check(nik);

        assertThat(result.violations()).isEmpty();
        assertThat(result.value()).isEqualTo(
                new ParsedNik(nik, district.substring(0, 5), district, birthDate, gender, serial));
    }

    @ParameterizedTest(name = "{2}: ''{0}'' -> {1}")
    @CsvSource(nullValues = "NULL", value = {
            "NULL,              NIK_LENGTH,                    shouldRejectAMissingNik",
            "'',                NIK_LENGTH,                    shouldRejectAnEmptyNik",
            "647102010190001,   NIK_LENGTH,                    shouldRejectNikWithFifteenDigits",
            "64710201019000011, NIK_LENGTH,                    shouldRejectNikWithSeventeenDigits",
            "64.71.02.010190.0001, NIK_LENGTH NIK_NOT_DIGITS,  shouldRejectNikWrittenWithDots",
            "64710201019O0001,  NIK_NOT_DIGITS,                shouldRejectNikWithALetter",
            "9971020101900001,  NIK_REGION,                    shouldRejectNikOfAnUnknownProvince",
            "6499020101900001,  NIK_REGION,                    shouldRejectNikOfAnUnknownRegency",
            "6400020101900001,  NIK_REGION,                    shouldRejectNikWithRegencyZero",
            "6471000101900001,  NIK_DISTRICT,                  shouldRejectNikWithDistrictZero",
            "6471020001900001,  NIK_BIRTH_DATE,                shouldRejectNikBornOnDayZero",
            "6471023201900001,  NIK_BIRTH_DATE,                shouldRejectNikWithDayThirtyTwo",
            "6471024001900001,  NIK_BIRTH_DATE,                shouldRejectNikWithDayForty",
            "6471027201900001,  NIK_BIRTH_DATE,                shouldRejectNikWithFemaleDayAboveSeventyOne",
            "6471020113900001,  NIK_BIRTH_DATE,                shouldRejectNikBornInMonthThirteen",
            "6471020100900001,  NIK_BIRTH_DATE,                shouldRejectNikBornInMonthZero",
            "6471023002900001,  NIK_BIRTH_DATE,                shouldRejectNikBornOnThirtiethOfFebruary",
            "6471022902230001,  NIK_BIRTH_DATE,                shouldRejectNikBornOnLeapDayOfACommonYear",
            "6471020101900000,  NIK_SERIAL,                    shouldRejectNikWithSerialZero",
            "9971003213900000,  NIK_REGION NIK_DISTRICT NIK_BIRTH_DATE NIK_SERIAL, shouldReportEveryWrongPartAtOnce",
    })
    void shouldRejectInvalidNikNamingTheWrongPart(String nik, String expectedCodes, String scenario) {
        ValidationResult<ParsedNik> result = validator.check(nik);

        assertThat(result.isValid()).isFalse();
        assertThat(result.violations()).extracting(Violation::code)
                .containsExactly(NipValidatorTest.codes(expectedCodes));
    }
}
