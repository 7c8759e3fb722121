package id.netra.sanction.recommendation;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import java.time.Instant;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

import id.netra.contracts.Accused;
import id.netra.contracts.ClarificationConcluded;
import id.netra.contracts.PositionCategory;
import id.netra.devstack.DemoAccount;
import id.netra.devstack.test.TestTokens;
import id.netra.sanction.Conclusions;

/** The aggravation as Netra's optional policy has it, switched on; the law's default is in LawfulAggravationTest. */
@QuarkusTest
@TestProfile(NetraPolicyProfile.class)
class AggravationTest {

    private static final String ONE = "/api/v1/recommendations/{caseNumber}";

    @Test
    void shouldRaiseARepeatOffendersLevelWhateverTheEarlierRegionOrElection() {
        Accused accused = Conclusions.newAccused();
        // proven in Samarinda at Pilkada 2020, then in Balikpapan at Pilkada 2024
        ClarificationConcluded earlier = Conclusions.sendAndAwait(Conclusions.proven("64.72", "PILKADA_2020",
                LocalDate.of(2020, 10, 1), Instant.parse("2020-10-20T02:00:00Z"), accused, null, "D2"));
        ClarificationConcluded later = Conclusions.sendAndAwait(Conclusions.proven("64.71", "PILKADA_2024",
                LocalDate.of(2024, 10, 5), Instant.parse("2024-10-20T02:00:00Z"), accused, PositionCategory.OTHER,
                "D3"));

        given().header("Authorization", TestTokens.bearer(DemoAccount.BKN)).get(ONE, later.caseNumber())
                .then().statusCode(200)
                .body("baseLevel", equalTo("SEDANG"))
                .body("level", equalTo("BERAT"))
                .body("levelRaisedByPolicy", equalTo(true))
                .body("ruleVersion", org.hamcrest.Matchers.endsWith("+netra-policy:raise,open-only"))
                .body("aggravatingFacts.fact", contains("REPEAT_OFFENDER"))
                .body("aggravatingFacts[0].detail", equalTo(earlier.caseNumber()))
                .body("positionCategory", equalTo("OTHER"))
                .body("violations[0].violationCode", equalTo("D3"))
                .body("violations[0].level", equalTo("SEDANG"))
                .body("violations[0].disputed", equalTo(true))
                .body("violations[0].readings", contains("SEDANG", "BERAT"))
                .body("sanctionOptions.code", contains("TURUN_JABATAN_12", "PEMBEBASAN_JABATAN_12", "PDH_TAPS"));
        // the earlier case was the first: nothing to weigh there
        given().header("Authorization", TestTokens.bearer(DemoAccount.BKN)).get(ONE, earlier.caseNumber())
                .then().statusCode(200)
                .body("level", equalTo("BERAT"))
                .body("aggravatingFacts", empty());
    }

    @Test
    void shouldOfferOnlyTheOpenStatementToAnAggravatedEthicsCase() {
        ClarificationConcluded camat = Conclusions.sendAndAwait(Conclusions.proven("64.71", "PILKADA_2024",
                LocalDate.of(2024, 9, 1), Instant.now(), Conclusions.newAccused(), PositionCategory.CAMAT, "KE5"));

        given().header("Authorization", TestTokens.bearer(DemoAccount.PPK_BALIKPAPAN)).get(ONE, camat.caseNumber())
                .then().statusCode(200)
                .body("level", equalTo("MORAL"))
                .body("aggravatingFacts.fact", contains("SENIOR_OFFICIAL"))
                .body("aggravatingFacts[0].detail", equalTo("CAMAT"))
                .body("sanctionOptions.code", contains("MORAL_OPEN"));
    }

    @Test
    void shouldWeighNothingWhenThePositionIsNotKnown() {
        ClarificationConcluded unknown = Conclusions.sendAndAwait(Conclusions.proven("64.71", "PILKADA_2024",
                LocalDate.of(2024, 10, 5), Instant.now(), Conclusions.newAccused(), null, "D9"));

        given().header("Authorization", TestTokens.bearer(DemoAccount.PPK_BALIKPAPAN)).get(ONE, unknown.caseNumber())
                .then().statusCode(200)
                .body("positionCategory", nullValue())
                .body("aggravatingFacts", empty())
                .body("violations[0].violationCode", equalTo("D10"))
                .body("level", equalTo("BERAT"));
    }

    @Test
    void shouldRaiseTheLevelOnceForBothFacts() {
        Accused accused = Conclusions.newAccused();
        Conclusions.sendAndAwait(Conclusions.proven("65.01", "PEMILU_2024", LocalDate.of(2023, 12, 1),
                Instant.parse("2024-01-10T02:00:00Z"), accused, null, "D6"));
        ClarificationConcluded jpt = Conclusions.sendAndAwait(Conclusions.proven("64.71", "PILKADA_2024",
                LocalDate.of(2024, 9, 1), Instant.parse("2024-10-01T02:00:00Z"), accused, PositionCategory.JPT,
                "D9"));

        given().header("Authorization", TestTokens.bearer(DemoAccount.AUDITOR)).get(ONE, jpt.caseNumber())
                .then().statusCode(200)
                .body("baseLevel", equalTo("SEDANG"))
                .body("level", equalTo("BERAT"))
                .body("aggravatingFacts.fact", contains("REPEAT_OFFENDER", "SENIOR_OFFICIAL"));
    }
}
