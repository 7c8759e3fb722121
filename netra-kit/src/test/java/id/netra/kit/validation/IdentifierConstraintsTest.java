package id.netra.kit.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;

import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class IdentifierConstraintsTest {

    private static final Locale INDONESIAN = Locale.forLanguageTag("id");
    private static final String BUNDLE = "ContributorValidationMessages";

    record ReportRequest(@Nip String accusedNip, @Nik String reporterNik, @RegionCode String region) {
    }

    record BatchRequest(List<@Nip String> nips) {
    }

    @Test
    void shouldAcceptNullBecauseRequiredIsNotNullsJob() {
        assertThat(validator(INDONESIAN).validate(new ReportRequest(null, null, null))).isEmpty();
    }

    @Test
    void shouldAcceptValidIdentifiers() {
        ReportRequest request = new ReportRequest("196608011988031001", "6471020101900001", "64.71");

        assertThat(validator(INDONESIAN).validate(request)).isEmpty();
    }

    @ParameterizedTest(name = "{0} = ''{1}'' -> {2}")
    @CsvSource({
            "accusedNip,  196608011988031000, NIP_SEQUENCE",
            "accusedNip,  196608011988033000, NIP_GENDER NIP_SEQUENCE",
            "accusedNip,  1966,               NIP_LENGTH",
            "reporterNik, 6499020101900001,   NIK_REGION",
            "reporterNik, 6471020101900000,   NIK_SERIAL",
            "region,      64.7,               REGION_FORMAT",
            "region,      64.99,              REGION_UNKNOWN",
    })
    void shouldPutEachViolationsMachineCodeIntoItsMessageTemplate(String property, String value,
            String expectedCodes) {
        ReportRequest request = new ReportRequest(
                property.equals("accusedNip") ? value : null,
                property.equals("reporterNik") ? value : null,
                property.equals("region") ? value : null);

        Set<ConstraintViolation<ReportRequest>> violations = validator(INDONESIAN).validate(request);

        assertThat(violations).allSatisfy(
                violation -> assertThat(violation.getPropertyPath()).hasToString(property));
        assertThat(violations).extracting(violation -> ViolationCode
                .fromMessageTemplate(violation.getMessageTemplate()).orElseThrow())
                .containsExactlyInAnyOrder(NipValidatorTest.codes(expectedCodes));
    }

    @Test
    void shouldValidateIdentifiersInsideACollection() {
        Set<ConstraintViolation<BatchRequest>> violations = validator(INDONESIAN)
                .validate(new BatchRequest(List.of("196608011988031001", "196608011988031000")));

        assertThat(violations).singleElement().satisfies(violation -> {
            assertThat(violation.getPropertyPath()).hasToString("nips[1].<list element>");
            assertThat(violation.getMessageTemplate()).isEqualTo("{netra.validation.NIP_SEQUENCE}");
        });
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
            "id | Digit 16-18 NIP (nomor urut) tidak boleh 000.",
            "en | NIP digits 16-18 (sequence number) must not be 000.",
    })
    void shouldSayWhichPartIsWrongInTheRequestedLanguage(String language, String message) {
        Locale previous = Locale.getDefault();
        // the interesting case: a server JVM left in English must still answer Indonesian requests in Indonesian
        Locale.setDefault(Locale.ENGLISH);
        ResourceBundle.clearCache();
        try {
            Set<ConstraintViolation<ReportRequest>> violations = validator(Locale.forLanguageTag(language))
                    .validate(new ReportRequest("196608011988031000", null, null));

            assertThat(violations).extracting(ConstraintViolation::getMessage).containsExactly(message);
        } finally {
            Locale.setDefault(previous);
            ResourceBundle.clearCache();
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(ViolationCode.class)
    void shouldRecoverEveryCodeFromItsTemplate(ViolationCode code) {
        assertThat(ViolationCode.fromMessageTemplate(code.messageTemplate())).contains(code);
    }

    @ParameterizedTest(name = "''{0}''")
    @CsvSource(nullValues = "NULL", value = { "NULL", "{netra.validation.nip}", "{netra.validation.NOPE}",
            "netra.validation.NIP_GENDER", "{jakarta.validation.constraints.NotNull.message}" })
    void shouldRecoverNoCodeFromOtherTemplates(String template) {
        assertThat(ViolationCode.fromMessageTemplate(template)).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({ BUNDLE + ".properties", BUNDLE + "_en.properties" })
    void shouldHaveAMessageForEveryCodeAndAnnotation(String file) throws IOException {
        Set<String> expected = Stream.concat(
                Arrays.stream(ViolationCode.values()).map(ViolationCode::messageKey),
                Stream.of(Nip.class, Nik.class, RegionCode.class).map(IdentifierConstraintsTest::defaultKey))
                .collect(Collectors.toSet());

        Properties messages = load(file);

        assertThat(messages.stringPropertyNames()).containsAll(expected);
        assertThat(messages.values()).allSatisfy(message -> assertThat((String) message).isNotBlank());
    }

    @Test
    void shouldKeepTheIndonesianBundleEmptySoItInheritsTheDefault() throws IOException {
        assertThat(load(BUNDLE + "_id.properties")).isEmpty();
    }

    private static String defaultKey(Class<?> annotation) {
        try {
            String template = (String) annotation.getMethod("message").getDefaultValue();
            return template.substring(1, template.length() - 1);
        } catch (NoSuchMethodException e) {
            throw new AssertionError(e);
        }
    }

    private static Properties load(String file) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = IdentifierConstraintsTest.class.getClassLoader().getResourceAsStream(file)) {
            assertThat(in).as(file).isNotNull();
            properties.load(in);
        }
        return properties;
    }

    // the EL-free interpolator: the kit's messages have no expressions, and tests need no EL implementation
    private static Validator validator(Locale locale) {
        ValidatorFactory factory = Validation.byProvider(HibernateValidator.class).configure()
                .messageInterpolator(new ParameterMessageInterpolator(Set.of(INDONESIAN, Locale.ENGLISH),
                        locale, false))
                .buildValidatorFactory();
        return factory.getValidator();
    }
}
