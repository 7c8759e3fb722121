package id.netra.clarification;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

import java.time.Duration;

import io.restassured.specification.RequestSpecification;

import id.netra.devstack.DemoAccount;
import id.netra.devstack.test.TestTokens;

/** Calls of the clarification API as one of the demo accounts. */
public final class Api {

    public static final String CLARIFICATIONS = "/api/v1/clarifications";
    public static final String PROBLEM_JSON = "application/problem+json";

    private Api() {
    }

    public static RequestSpecification as(DemoAccount account) {
        return given().header("Authorization", TestTokens.bearer(account));
    }

    /** Waits until the consumer has opened the case's clarification (the event travels through Kafka). */
    public static void awaitClarification(String caseNumber) {
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200))
                .until(() -> as(DemoAccount.BKN).get(CLARIFICATIONS + "/" + caseNumber).statusCode() == 200);
    }
}
