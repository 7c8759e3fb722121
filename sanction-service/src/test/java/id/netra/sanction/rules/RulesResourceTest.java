package id.netra.sanction.rules;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.matchesPattern;

import java.util.Set;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

import id.netra.devstack.DemoAccount;
import id.netra.devstack.test.TestTokens;
import id.netra.kit.problem.Problem;

@QuarkusTest
class RulesResourceTest {

    @Test
    void shouldShowTheRulesInForceWithTheirVersion() {
        given().header("Authorization", TestTokens.bearer(DemoAccount.INSPEKTORAT_KALTARA))
                .get("/api/v1/rules")
                .then().statusCode(200)
                .body("version", matchesPattern("SKB-2022/2#[0-9a-f]{8}"))
                .body("violations.find { it.code == 'D7' }.level", equalTo("BERAT"))
                .body("violations.find { it.code == 'D7' }.legalBasis",
                        equalTo("PP 94/2021 Pasal 8; SKB Netralitas ASN 2022"))
                .body("violations.find { it.code == 'D3' }.disputed", equalTo(true))
                .body("violations.find { it.code == 'D3' }.alternativeLevel", equalTo("BERAT"))
                .body("ladder.find { it.level == 'PTDH' }.sanctions.code", hasItem("PTDH"))
                .body("stagePairs.find { it.earlier == 'KE5' }.later", equalTo("D7"))
                .body("elections.find { it.code == 'PILKADA_2024' }.candidateSettingDate", equalTo("2024-09-22"))
                .body("elections.code", hasItems("PEMILU_2019", "PILKADA_2020", "PEMILU_2024", "PILKADA_2024"))
                .body("aggravation.facts.fact", hasItems("REPEAT_OFFENDER", "SENIOR_OFFICIAL"))
                .body("aggravation.levels.find { it.level == 'SEDANG' }.aggravatedLevel", equalTo("BERAT"))
                .body("aggravation.levels.find { it.level == 'BERAT' }.aggravatedLevel", equalTo("BERAT"))
                .body("aggravation.levels.find { it.level == 'MORAL' }.sanctions.code", contains("MORAL_OPEN"));
    }

    @Test
    void shouldShowTheRulesToAnyoneSignedIn() {
        given().header("Authorization", "Bearer " + TestTokens.token("someone", Set.of(), null))
                .get("/api/v1/rules")
                .then().statusCode(200);
    }

    @Test
    void shouldAskForATokenAsProblemJson() {
        given().get("/api/v1/rules")
                .then().statusCode(401).contentType(Problem.MEDIA_TYPE).body("code", equalTo("UNAUTHENTICATED"));
    }
}
