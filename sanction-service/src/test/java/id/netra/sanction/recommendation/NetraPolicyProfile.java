package id.netra.sanction.recommendation;

import java.util.Map;

import io.quarkus.test.junit.QuarkusTestProfile;

/**
 * Netra's optional aggravation policy switched on, as an operator may: the level is raised for aggravating facts and
 * an aggravated ethics case is offered only the open statement. Off by default, because no law says so.
 */
public class NetraPolicyProfile implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("netra.sanction.policy.aggravation-raises-level", "true",
                "netra.sanction.policy.aggravated-ethics-open-only", "true");
    }
}
