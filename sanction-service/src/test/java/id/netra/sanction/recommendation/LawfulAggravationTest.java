package id.netra.sanction.recommendation;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

import java.time.Instant;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

import id.netra.contracts.Accused;
import id.netra.contracts.ClarificationConcluded;
import id.netra.contracts.PositionCategory;
import id.netra.devstack.DemoAccount;
import id.netra.devstack.test.TestTokens;
import id.netra.sanction.Conclusions;

/** By law the aggravating facts are shown to the PPK, who weighs them within the level: nothing raises it. */
@QuarkusTest
class LawfulAggravationTest {

    private static final String ONE = "/api/v1/recommendations/{caseNumber}";

    @Test
    void shouldShowARepeatOffenceWithoutRaisingTheLevel() {
        Accused accused = Conclusions.newAccused();
        ClarificationConcluded earlier = Conclusions.sendAndAwait(Conclusions.proven("64.72", "PILKADA_2020",
                LocalDate.of(2020, 10, 1), Instant.parse("2020-10-20T02:00:00Z"), accused, null, "D2"));
        ClarificationConcluded later = Conclusions.sendAndAwait(Conclusions.proven("64.71", "PILKADA_2024",
                LocalDate.of(2024, 10, 5), Instant.parse("2024-10-20T02:00:00Z"), accused, PositionCategory.JPT,
                "D3"));

        given().header("Authorization", TestTokens.bearer(DemoAccount.BKN)).get(ONE, later.caseNumber())
                .then().statusCode(200)
                .body("baseLevel", equalTo("SEDANG"))
                .body("level", equalTo("SEDANG"))
                .body("levelRaisedByPolicy", equalTo(false))
                .body("ruleVersion", org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("netra-policy")))
                .body("aggravatingFacts.fact", contains("REPEAT_OFFENDER", "SENIOR_OFFICIAL"))
                .body("aggravatingFacts[0].detail", equalTo(earlier.caseNumber()))
                .body("sanctionOptions.code", contains("TUKIN_25_6", "TUKIN_25_9", "TUKIN_25_12"));
    }

    @Test
    void shouldOfferBothMoralStatementsToAnAggravatedEthicsCase() {
        ClarificationConcluded camat = Conclusions.sendAndAwait(Conclusions.proven("64.71", "PILKADA_2024",
                LocalDate.of(2024, 9, 1), Instant.now(), Conclusions.newAccused(), PositionCategory.CAMAT, "KE5"));

        given().header("Authorization", TestTokens.bearer(DemoAccount.PPK_BALIKPAPAN)).get(ONE, camat.caseNumber())
                .then().statusCode(200)
                .body("level", equalTo("MORAL"))
                .body("aggravatingFacts.fact", contains("SENIOR_OFFICIAL"))
                .body("sanctionOptions.code", contains("MORAL_CLOSED", "MORAL_OPEN"));
    }
}
