package id.netra.kit.validation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import id.netra.kit.region.Region;

class RegionCodeValidatorTest {

    private final RegionCodeValidator validator = RegionCodeValidator.standard();

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource({ "64, Kalimantan Timur", "64.71, Kota Balikpapan", "11.01, Kabupaten Aceh Selatan" })
    void shouldAcceptKnownRegionCodes(String code, String name) {
        assertThat(validator.check(code).value()).extracting(Region::name).isEqualTo(name);
    }

    @ParameterizedTest(name = "''{0}'' -> {1}")
    @CsvSource(nullValues = "NULL", value = {
            "NULL,     REGION_FORMAT",
            "'',       REGION_FORMAT",
            "6,        REGION_FORMAT",
            "640,      REGION_FORMAT",
            "6471,     REGION_FORMAT",
            "64.7,     REGION_FORMAT",
            "64-71,    REGION_FORMAT",
            "64.711,   REGION_FORMAT",
            "64.71.02, REGION_FORMAT",
            "' 64',    REGION_FORMAT",
            "6a,       REGION_FORMAT",
            "00,       REGION_UNKNOWN",
            "99,       REGION_UNKNOWN",
            "64.99,    REGION_UNKNOWN",
            "64.00,    REGION_UNKNOWN",
    })
    void shouldRejectMalformedOrUnknownRegionCodes(String code, ViolationCode expected) {
        assertThat(validator.check(code).violations()).extracting(Violation::code).containsExactly(expected);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = { "64", "64.71" })
    void shouldAnswerIsValidLikeCheck(String code) {
        assertThat(validator.isValid(code)).isTrue();
    }
}
