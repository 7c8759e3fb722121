package id.netra.kit.time;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A clock that tests can move, so that deadlines, reminders and escalations are checked at their exact working-day
 * boundaries instead of by waiting. Only installed where {@code netra.clock.adjustable=true} (the test profile); the
 * services otherwise run on the system clock.
 */
public final class AdjustableClock extends Clock {

    private final Clock system;
    private final AtomicReference<Instant> fixed = new AtomicReference<>();

    public AdjustableClock(Clock system) {
        this.system = system;
    }

    /** Stops the clock at the given instant until {@link #reset()}. */
    public void set(Instant instant) {
        fixed.set(instant);
    }

    /** Moves a stopped clock forward (a running clock is stopped at now first). */
    public void advance(Duration duration) {
        fixed.updateAndGet(current -> (current == null ? system.instant() : current).plus(duration));
    }

    /** Back to the system clock. */
    public void reset() {
        fixed.set(null);
    }

    @Override
    public Instant instant() {
        Instant current = fixed.get();
        return current == null ? system.instant() : current;
    }

    @Override
    public ZoneId getZone() {
        return system.getZone();
    }

    /** The same moving instant seen from another zone: setting or advancing this clock moves the view too. */
    @Override
    public Clock withZone(ZoneId zone) {
        AdjustableClock source = this;
        return new Clock() {
            @Override
            public Instant instant() {
                return source.instant();
            }

            @Override
            public ZoneId getZone() {
                return zone;
            }

            @Override
            public Clock withZone(ZoneId other) {
                return source.withZone(other);
            }
        };
    }
}
