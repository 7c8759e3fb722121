package id.netra.devstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.StreamSupport;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** The realm file matches the accounts of API.md that {@link DemoAccount} lists. */
class RealmFileTest {

    private static JsonNode realm;

    @BeforeAll
    static void readRealm() throws IOException {
        try (InputStream in = RealmFileTest.class.getResourceAsStream(KeycloakServer.REALM_RESOURCE)) {
            realm = new ObjectMapper().readTree(in);
        }
    }

    @Test
    void shouldDeclareTheRealmAndAllRoles() {
        assertThat(realm.path("realm").asText()).isEqualTo("netra");
        assertThat(names(realm.path("roles").path("realm"), "name"))
                .containsExactlyInAnyOrder("partner", "bawaslu", "inspektorat", "ppk", "bkn", "admin", "auditor",
                        "pemda");
    }

    @Test
    void shouldGiveEveryDemoUserItsRolesRegionAndAProfileWithoutRequiredActions() {
        for (DemoAccount account : DemoAccount.values()) {
            if (account.isClient()) {
                continue;
            }
            JsonNode user = find(realm.path("users"), "username", account.username()).orElseThrow();
            assertThat(strings(user.path("realmRoles"))).as(account.username())
                    .containsExactlyInAnyOrderElementsOf(account.roles());
            assertThat(Optional.ofNullable(user.path("attributes").path("region").path(0).textValue()))
                    .as(account.username()).isEqualTo(account.regionClaim());
            assertThat(user.path("emailVerified").asBoolean()).as(account.username()).isTrue();
            assertThat(user.path("email").asText()).as(account.username()).isNotBlank();
            assertThat(user.path("firstName").asText()).as(account.username()).isNotBlank();
            assertThat(user.path("lastName").asText()).as(account.username()).isNotBlank();
            assertThat(user.path("credentials").path(0).path("value").asText()).isEqualTo(DemoAccount.PASSWORD);
        }
    }

    @Test
    void shouldGiveEveryDemoClientItsSecretServiceAccountRolesAndRegion() {
        for (DemoAccount account : DemoAccount.values()) {
            if (!account.isClient()) {
                continue;
            }
            JsonNode client = find(realm.path("clients"), "clientId", account.username()).orElseThrow();
            assertThat(client.path("secret").asText()).isEqualTo(account.secret());
            assertThat(client.path("serviceAccountsEnabled").asBoolean()).isTrue();
            assertThat(client.path("publicClient").asBoolean()).isFalse();
            JsonNode serviceAccount = find(realm.path("users"), "serviceAccountClientId", account.username()).orElseThrow();
            assertThat(serviceAccount.path("username").asText()).isEqualTo("service-account-" + account.username());
            assertThat(strings(serviceAccount.path("realmRoles"))).containsExactlyInAnyOrderElementsOf(account.roles());
            Optional<String> hardCodedRegion = find(client.path("protocolMappers"), "name", "region")
                    .map(mapper -> mapper.path("config").path("claim.value").asText());
            assertThat(hardCodedRegion).as(account.username()).isEqualTo(account.regionClaim());
        }
    }

    @Test
    void shouldLetTheCliClientUseThePasswordGrantWithoutASecret() {
        JsonNode cli = find(realm.path("clients"), "clientId", DemoAccount.CLI_CLIENT).orElseThrow();
        assertThat(cli.path("publicClient").asBoolean()).isTrue();
        assertThat(cli.path("directAccessGrantsEnabled").asBoolean()).isTrue();
    }

    @Test
    void shouldPutRolesUsernameAndRegionIntoEveryClientsTokensByDefault() {
        assertThat(strings(realm.path("defaultDefaultClientScopes"))).contains("basic", "profile", "roles", "netra-region");
        JsonNode regionScope = find(realm.path("clientScopes"), "name", "netra-region").orElseThrow();
        JsonNode mapper = regionScope.path("protocolMappers").path(0);
        assertThat(mapper.path("config").path("user.attribute").asText()).isEqualTo("region");
        assertThat(mapper.path("config").path("claim.name").asText()).isEqualTo("region");
        assertThat(mapper.path("config").path("jsonType.label").asText()).isEqualTo("String");
        JsonNode roles = find(realm.path("clientScopes"), "name", "roles").orElseThrow();
        assertThat(find(roles.path("protocolMappers"), "protocolMapper", "oidc-usermodel-realm-role-mapper")
                .map(realmRoles -> realmRoles.path("config").path("claim.name").asText())).contains("realm_access.roles");
    }

    private static Optional<JsonNode> find(JsonNode array, String field, String value) {
        return StreamSupport.stream(array.spliterator(), false)
                .filter(node -> value.equals(node.path(field).asText()))
                .findFirst();
    }

    private static List<String> names(JsonNode array, String field) {
        List<String> names = new ArrayList<>();
        array.forEach(node -> names.add(node.path(field).asText()));
        return names;
    }

    private static List<String> strings(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(node -> values.add(node.asText()));
        return values;
    }
}
