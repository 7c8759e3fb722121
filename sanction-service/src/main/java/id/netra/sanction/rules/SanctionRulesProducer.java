package id.netra.sanction.rules;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import io.quarkus.runtime.Startup;

import id.netra.kit.rules.LiveRules;
import id.netra.kit.rules.ViolationCatalog;

/** Makes the rules a bean, loaded at start so that a broken data file stops the service rather than a case. */
@Singleton
public class SanctionRulesProducer {

    @Produces
    @Singleton
    @Startup
    SanctionRules sanctionRules(SanctionConfig config, LiveRules live, ViolationCatalog violations) {
        return SanctionRules.standard(new SanctionRules.Policy(config.policy().aggravationRaisesLevel(),
                config.policy().aggravatedEthicsOpenOnly()), live::elections, violations);
    }
}
