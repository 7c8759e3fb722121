package id.netra.kit.problem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;
import java.util.UUID;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

class QueryParametersTest {

    private enum Colour {
        RED,
        GREEN
    }

    @Test
    void shouldReadWellFormedParametersAndAcceptTheRequest() {
        QueryParameters query = new QueryParameters();
        UUID id = UUID.fromString("01a205ee-1b2c-7d3e-8f40-5a6b7c8d9e0f");

        assertThat(query.limit("200", 50, 200)).isEqualTo(200);
        assertThat(query.cursor("after", id.toString())).isEqualTo(id);
        assertThat(query.cursor("after", "64.71-2024-000001", Pattern.compile("[0-9.]+-[0-9]{4}-[0-9]{6}")))
                .isEqualTo("64.71-2024-000001");
        assertThat(query.bool("overdue", "false")).isFalse();
        assertThat(query.region("region", "64.71")).isEqualTo("64.71");
        assertThat(query.enumValue("status", "GREEN", Colour.class)).isEqualTo(Colour.GREEN);

        query.requireValid();
        assertThat(query.errors()).isEmpty();
    }

    @Test
    void shouldUseDefaultsAndNullsForAbsentParameters() {
        QueryParameters query = new QueryParameters();

        assertThat(query.limit(null, 20, 100)).isEqualTo(20);
        assertThat(query.cursor("after", null)).isNull();
        assertThat(query.bool("overdue", null)).isNull();
        assertThat(query.region("region", null)).isNull();
        assertThat(query.enumValue("status", null, Colour.class)).isNull();

        query.requireValid();
    }

    @Test
    void shouldNameEveryWrongParameterInOneProblem() {
        QueryParameters query = new QueryParameters();
        query.limit("0", 50, 200);
        query.cursor("after", "not-a-uuid");
        query.bool("overdue", "yes");
        query.region("region", "99.99");
        query.enumValue("status", "red", Colour.class);

        assertThatThrownBy(query::requireValid).isInstanceOfSatisfying(Refusal.class, problem -> {
            assertThat(problem.kind()).isEqualTo(Refusal.Kind.INVALID);
            assertThat(problem.code()).isEqualTo("VALIDATION_FAILED");
            assertThat(problem.errors()).extracting(FieldError::field).containsExactly("limit", "after", "overdue",
                    "region", "status");
            assertThat(problem.errors()).extracting(FieldError::code).containsExactly("LIMIT_RANGE",
                    "INVALID_CURSOR", "INVALID_BOOLEAN", "INVALID_REGION", "INVALID_VALUE");
            assertThat(problem.errors().get(0).args()).containsExactly(200);
            assertThat(problem.errors().get(4).args()).containsExactly("RED, GREEN");
        });
    }

    @Test
    void shouldRefuseLimitsThatAreNotWholeNumbersInRange() {
        for (String raw : new String[] { "-1", "201", "1.5", "abc", "", "99999999999", "+5" }) {
            QueryParameters query = new QueryParameters();
            assertThat(query.limit(raw, 50, 200)).as(raw).isEqualTo(50);
            assertThat(query.errors()).as(raw).extracting(FieldError::code).containsExactly("LIMIT_RANGE");
        }
    }

    @Test
    void shouldRefuseAWellFormedButUnlistedRegionAndAMalformedOne() {
        QueryParameters query = new QueryParameters();
        query.region("region", "64.7");
        query.region("province", "00");

        assertThat(query.errors()).extracting(FieldError::field).containsExactly("region", "province");
    }

    @Test
    void shouldKeepACallersOwnCodeForOtherChecks() {
        QueryParameters query = new QueryParameters();
        query.matching("election", "pilkada", Pattern.compile("[A-Z0-9_]{1,40}"), "CODE_FILTER_INVALID");
        query.reject("receivedTo", "DATE_RANGE_INVERTED");

        assertThat(query.errors()).extracting(FieldError::code).containsExactly("CODE_FILTER_INVALID",
                "DATE_RANGE_INVERTED");
    }

    @Test
    void shouldHaveIndonesianAndEnglishTextsForEveryCode() {
        for (String code : new String[] { QueryParameters.LIMIT_RANGE, QueryParameters.INVALID_CURSOR,
                QueryParameters.INVALID_BOOLEAN, QueryParameters.INVALID_REGION, QueryParameters.INVALID_VALUE }) {
            String indonesian = Messages.text(Messages.INDONESIAN, code, "x");
            String english = Messages.text(Locale.ENGLISH, code, "x");
            assertThat(indonesian).as(code).isNotEqualTo(code);
            assertThat(english).as(code).isNotEqualTo(code).isNotEqualTo(indonesian);
        }
        assertThat(Messages.text(Locale.ENGLISH, "LIMIT_RANGE", 200)).contains("200");
    }
}
