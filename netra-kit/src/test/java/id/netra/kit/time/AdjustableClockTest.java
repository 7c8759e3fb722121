package id.netra.kit.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

class AdjustableClockTest {

    private final Clock system = Clock.fixed(Instant.parse("2024-11-01T03:00:00Z"), ZoneOffset.UTC);

    @Test
    void shouldFollowTheSystemClockUntilSetAndAgainAfterReset() {
        AdjustableClock clock = new AdjustableClock(system);
        assertThat(clock.instant()).isEqualTo(system.instant());

        clock.set(Instant.parse("2024-12-24T16:59:59Z"));
        clock.advance(Duration.ofSeconds(1));
        assertThat(clock.instant()).isEqualTo(Instant.parse("2024-12-24T17:00:00Z"));

        clock.reset();
        assertThat(clock.instant()).isEqualTo(system.instant());
    }

    @Test
    void shouldAdvanceARunningClockFromNow() {
        AdjustableClock clock = new AdjustableClock(system);
        clock.advance(Duration.ofDays(2));
        assertThat(clock.instant()).isEqualTo(Instant.parse("2024-11-03T03:00:00Z"));
    }
}
