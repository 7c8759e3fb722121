package id.netra.kit.time;

import java.time.Clock;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The one clock every rule with a date or deadline asks, so that tests can move it (see {@link AdjustableClock}). */
public class ClockProducer {

    @Produces
    @Singleton
    Clock clock(@ConfigProperty(name = "netra.clock.adjustable", defaultValue = "false") boolean adjustable) {
        return adjustable ? new AdjustableClock(Clock.systemUTC()) : Clock.systemUTC();
    }
}
