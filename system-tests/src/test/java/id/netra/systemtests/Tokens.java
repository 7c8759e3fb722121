package id.netra.systemtests;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import id.netra.devstack.DemoAccount;

/** Access tokens from the suite's real Keycloak, as a partner system or a person would get them. */
final class Tokens {

    /** Keycloak's access tokens live five minutes; a minute-old token is fetched anew so none expires mid-test. */
    private static final Duration REFRESH_AFTER = Duration.ofMinutes(1);
    private static final Map<DemoAccount, Token> CACHE = new ConcurrentHashMap<>();

    private Tokens() {
    }

    static String bearer(DemoAccount account) {
        Token token = CACHE.compute(account, (key, cached) -> cached == null
                || cached.fetchedAt().plus(REFRESH_AFTER).isBefore(Instant.now()) ? new Token(fetch(key), Instant.now())
                        : cached);
        return "Bearer " + token.value();
    }

    private record Token(String value, Instant fetchedAt) {
    }

    private static String fetch(DemoAccount account) {
        return SystemSuite.get().keycloak().token(account);
    }
}
