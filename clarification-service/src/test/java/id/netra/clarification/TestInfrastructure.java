package id.netra.clarification;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;

import id.netra.devstack.test.KafkaTestResource;
import id.netra.devstack.test.PostgresTestResource;

/** The real servers of every test here, declared once and unrestricted: all test classes share one app start. */
@QuarkusTestResource(PostgresTestResource.class)
@QuarkusTestResource(KafkaTestResource.class)
@QuarkusTestResource(OidcWiremockTestResource.class)
public final class TestInfrastructure {

    private TestInfrastructure() {
    }
}
