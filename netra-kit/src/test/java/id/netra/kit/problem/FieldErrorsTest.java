package id.netra.kit.problem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import java.lang.reflect.Method;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import jakarta.validation.Valid;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.junit.jupiter.api.Test;

import id.netra.kit.validation.Nip;

/** The one mapping of Bean Validation's findings to a problem's field errors: paths, codes and their order. */
class FieldErrorsTest {

    record Link(@NotBlank String url) {
    }

    record Incident(@NotNull String place, @Size(max = 2) List<@NotBlank String> witnesses, List<@Valid Link> links) {
    }

    record Report(@Valid @NotNull Incident incident, @Nip String accusedNip) {
    }

    // the EL-free interpolator: the kit's messages have no expressions, and tests need no EL implementation
    private static final Validator VALIDATOR = Validation.byProvider(HibernateValidator.class).configure()
            .messageInterpolator(new ParameterMessageInterpolator(Set.of(Locale.ENGLISH), Locale.ENGLISH, false))
            .buildValidatorFactory().getValidator();

    @Test
    void shouldNameEachFieldByItsPathWithIndexesAndWithoutTheValidatorsContainerMarkers() {
        Report report = new Report(new Incident(null, List.of("Ani", " ", "Budi"), List.of(new Link("a"), new Link(""))),
                null);

        List<FieldError> errors = FieldErrors.of(VALIDATOR.validate(report));

        assertThat(errors).extracting(FieldError::field, FieldError::code).containsExactly(
                tuple("incident.links[1].url", "NOT_BLANK"),
                tuple("incident.place", "NOT_NULL"),
                tuple("incident.witnesses", "SIZE"),
                tuple("incident.witnesses[1]", "NOT_BLANK"));
        assertThat(errors).allSatisfy(error -> assertThat(error.message()).isNotBlank());
    }

    @Test
    void shouldUseNetrasOwnCodeWhereTheConstraintNamesOne() {
        Report report = new Report(new Incident("Balikpapan", List.of(), List.of()), "123");

        assertThat(FieldErrors.of(VALIDATOR.validate(report))).singleElement().satisfies(error -> {
            assertThat(error.field()).isEqualTo("accusedNip");
            assertThat(error.code()).isEqualTo("NIP_LENGTH");
        });
    }

    @Test
    void shouldNameAMissingNestedObjectByItsOwnName() {
        assertThat(FieldErrors.of(VALIDATOR.validate(new Report(null, null)))).extracting(FieldError::field)
                .containsExactly("incident");
    }

    /** A resource method, validated as the REST layer does it. */
    static class Resource {
        void list(@Min(1) int limit, @Valid Report body) {
        }
    }

    @Test
    void shouldNameAQueryParameterByItsNameAndABodysFieldsWithoutTheMethodOrTheBodyParameter() throws Exception {
        Resource resource = new Resource();
        Method list = Resource.class.getDeclaredMethod("list", int.class, Report.class);

        List<FieldError> errors = FieldErrors.of(VALIDATOR.forExecutables().validateParameters(resource, list,
                new Object[] { 0, new Report(new Incident(null, List.of(), List.of()), null) }));

        assertThat(errors).extracting(FieldError::field).containsExactly("incident.place", "limit");
    }

    @Test
    void shouldRefuseAnAbsentBodyBeforeLookingForItsFields() {
        assertThatThrownBy(() -> FieldErrors.ofBody(VALIDATOR, null)).isInstanceOfSatisfying(Refusal.class,
                refusal -> assertThat(refusal.errors()).extracting(FieldError::field, FieldError::code)
                        .containsExactly(tuple("body", "BODY_REQUIRED")));
        assertThatThrownBy(() -> FieldErrors.requireBody(null)).isInstanceOf(Refusal.class);
        // thrown by the kit for any service, so its text is the kit's own, in both languages
        assertThat(Messages.inBoth("BODY_REQUIRED")).isTrue();
    }

    @Test
    void shouldGiveABodysFindingsInAListForTheCallersOwnAndRefuseThemAllInOrder() {
        List<FieldError> errors = FieldErrors.ofBody(VALIDATOR, new Report(null, null));
        errors.add(FieldError.of("accusedNip", "NIP_UNKNOWN"));

        assertThatThrownBy(() -> FieldErrors.requireNone(errors)).isInstanceOfSatisfying(Refusal.class,
                refusal -> assertThat(refusal.errors()).extracting(FieldError::field, FieldError::code)
                        .containsExactly(tuple("accusedNip", "NIP_UNKNOWN"), tuple("incident", "NOT_NULL")));
        assertThatCode(() -> FieldErrors.requireNone(FieldErrors.ofBody(VALIDATOR, new Report(new Incident(
                "Balikpapan", List.of(), List.of()), null)))).as("a valid body").doesNotThrowAnyException();
    }
}
