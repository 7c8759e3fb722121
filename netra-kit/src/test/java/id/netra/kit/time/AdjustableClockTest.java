package id.netra.kit.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
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
    void shouldShowTheSameMovingInstantInAnotherZone() {
        AdjustableClock clock = new AdjustableClock(system);
        Clock makassar = clock.withZone(ZoneId.of("Asia/Makassar"));

        clock.set(Instant.parse("2024-11-26T16:00:00Z"));

        assertThat(makassar.getZone()).isEqualTo(ZoneId.of("Asia/Makassar"));
        assertThat(LocalDateTime.now(makassar)).isEqualTo(LocalDateTime.parse("2024-11-27T00:00:00"));
        clock.advance(Duration.ofHours(1));
        assertThat(makassar.instant()).isEqualTo(Instant.parse("2024-11-26T17:00:00Z"));
    }

    @Test
    void shouldAdvanceARunningClockFromNow() {
        AdjustableClock clock = new AdjustableClock(system);
        clock.advance(Duration.ofDays(2));
        assertThat(clock.instant()).isEqualTo(Instant.parse("2024-11-03T03:00:00Z"));
    }
}
