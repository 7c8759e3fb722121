package id.netra.intake;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;

import id.netra.devstack.test.KafkaTestResource;
import id.netra.devstack.test.PostgresTestResource;

/** Real PostgreSQL, a real Kafka broker and a token issuer for every test of the module (one application start). */
@QuarkusTestResource(PostgresTestResource.class)
@QuarkusTestResource(KafkaTestResource.class)
@QuarkusTestResource(OidcWiremockTestResource.class)
public final class TestInfrastructure {

    private TestInfrastructure() {
    }
}
