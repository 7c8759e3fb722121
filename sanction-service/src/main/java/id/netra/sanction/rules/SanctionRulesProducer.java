package id.netra.sanction.rules;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import io.quarkus.runtime.Startup;

/** Makes the rules a bean, loaded at start so that a broken data file stops the service rather than a case. */
@Singleton
public class SanctionRulesProducer {

    @Produces
    @Singleton
    @Startup
    SanctionRules sanctionRules() {
        return SanctionRules.standard();
    }
}
