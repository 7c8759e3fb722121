package id.netra.integration;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;

import id.netra.devstack.test.KafkaTestResource;
import id.netra.devstack.test.PostgresTestResource;

/** The real servers every {@code @QuarkusTest} of this module runs against, declared once for all of them. */
@QuarkusTestResource(PostgresTestResource.class)
@QuarkusTestResource(KafkaTestResource.class)
@QuarkusTestResource(OidcWiremockTestResource.class)
public final class TestInfrastructure {

    private TestInfrastructure() {
    }
}
