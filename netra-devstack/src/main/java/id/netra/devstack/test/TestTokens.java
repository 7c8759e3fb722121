package id.netra.devstack.test;

import java.util.Map;
import java.util.Set;

import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;

import id.netra.devstack.DemoAccount;

/**
 * Real signed access tokens for component tests, shaped like Keycloak's (realm roles, region claim) and signed
 * with the key that {@code OidcWiremockTestResource} publishes.
 */
public final class TestTokens {

    /** The issuer that the WireMock OIDC server announces. */
    public static final String ISSUER = "https://server.example.com";

    private TestTokens() {
    }

    public static String of(DemoAccount account) {
        return token(account.username(), account.roles(), account.region());
    }

    /** A token for any user, roles and region (null for national), e.g. to test an account that API.md lacks. */
    public static String token(String username, Set<String> roles, String region) {
        return token(username, roles, region, 3600);
    }

    /** As {@link #token(String, Set, String)}, valid for {@code seconds} only (to test what a token's end ends). */
    public static String token(String username, Set<String> roles, String region, long seconds) {
        JwtClaimsBuilder claims = Jwt.issuer(ISSUER)
                .subject(username)
                .preferredUserName(username)
                .audience("https://service.example.com")
                .claim("realm_access", Map.of("roles", roles))
                .expiresIn(seconds);
        if (region != null) {
            claims.claim("region", region);
        }
        return claims.jws().keyId("1").sign("privateKey.jwk");
    }

    /** The value of an Authorization header for the account. */
    public static String bearer(DemoAccount account) {
        return "Bearer " + of(account);
    }
}
