package id.netra.integration.console;

import java.io.IOException;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The claims of the console's access token. Signed in through the browser, a session's {@code JsonWebToken} is the ID
 * token, and a realm may put the region claim in the access token alone: the console reads both and lets in only a
 * caller national in each. The token is Keycloak's JWT, verified by the OIDC layer when the session was made.
 */
record AccessClaims(String region, Instant expires) {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** Empty when the token is not a JWT: then nobody is let in. */
    static Optional<AccessClaims> of(String accessToken) {
        String[] parts = accessToken == null ? new String[0] : accessToken.split("\\.");
        if (parts.length != 3) {
            return Optional.empty();
        }
        try {
            JsonNode claims = JSON.readTree(Base64.getUrlDecoder().decode(parts[1]));
            JsonNode region = claims.get("region");
            JsonNode exp = claims.get("exp");
            return Optional.of(new AccessClaims(region == null || region.isNull() ? null : region.asText(),
                    exp == null ? null : Instant.ofEpochSecond(exp.asLong())));
        } catch (IOException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
