package id.netra.integration.console;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

import id.netra.contracts.EventType;
import id.netra.devstack.DemoAccount;
import id.netra.devstack.test.TestTokens;
import id.netra.kit.problem.Messages;

/**
 * The console's door: without a session the browser is sent to sign in (a bearer token does not open it), and the
 * page has its words, and a plain one for every event type, in both languages. The page itself is driven in a real
 * browser by the system tests.
 */
@QuarkusTest
class ConsoleTest {

    @Test
    void shouldSendABrowserWithoutASessionToSignInEvenWithABearerToken() {
        for (String path : new String[] { "/console", "/console/stream" }) {
            given().redirects().follow(false).get(path).then().statusCode(302)
                    .header("Location", containsString("response_type=code"))
                    .header("Location", containsString("client_id=netra-console"));
            given().redirects().follow(false).header("Authorization", TestTokens.bearer(DemoAccount.ADMIN))
                    .get(path).then().statusCode(302);
        }
    }

    @Test
    void shouldHaveEveryWordOfThePageAndOfEachEventTypeInIndonesianAndEnglish() {
        // English falls back to Indonesian when read: each text must be in the English file itself
        for (String key : ConsolePage.texts(Locale.ENGLISH).keySet()) {
            assertThat(Messages.inBoth("console." + key.replace('_', '.'))).as(key).isTrue();
        }
        for (EventType type : EventType.values()) {
            assertThat(Messages.inBoth("event." + type.type())).as(type.type()).isTrue();
        }
        Map<String, String> indonesian = ConsolePage.texts(Messages.INDONESIAN);
        assertThat(indonesian.get("pause")).isEqualTo("Jeda").isNotEqualTo(ConsolePage.texts(Locale.ENGLISH).get("pause"));
    }
}
