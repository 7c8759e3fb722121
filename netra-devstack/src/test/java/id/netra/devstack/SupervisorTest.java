package id.netra.devstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;

import org.junit.jupiter.api.Test;

/**
 * The supervisor's decisions: when it starts a dead part again, how long it waits, when it gives up. The parts are
 * stand-ins here; the system tests kill real services with SIGKILL and watch them come back.
 */
class SupervisorTest {

    private final List<String> messages = new ArrayList<>();
    private final MovableClock clock = new MovableClock();
    private final FakeServer sanction = new FakeServer("sanction");
    private final Supervisor supervisor = new Supervisor(List.of(new Supervisor.Part(sanction, sanction::restart)),
            messages::add, clock);

    @Test
    void shouldLeaveARunningPartAlone() {
        supervisor.check();
        clock.advance(Duration.ofMinutes(5));
        supervisor.check();

        assertThat(sanction.restarts).isZero();
        assertThat(messages).isEmpty();
    }

    @Test
    void shouldStartADeadPartAgainAfterThePauseAndSaySo() {
        sanction.die();

        supervisor.check();
        assertThat(sanction.restarts).as("the first pause has not passed").isZero();
        assertThat(messages).singleElement().asString().contains("sanction died", "in 1 s", "restart 1 of at most 5");

        clock.advance(Duration.ofSeconds(1));
        supervisor.check();

        assertThat(sanction.restarts).isEqualTo(1);
        assertThat(sanction.diedUnexpectedly()).isFalse();
        assertThat(messages).last().asString().startsWith("sanction is running again");
    }

    @Test
    void shouldNotStartAPartTheSuiteStoppedOnPurpose() {
        sanction.stopOnPurpose();

        supervisor.check();
        clock.advance(Duration.ofMinutes(1));
        supervisor.check();

        assertThat(sanction.restarts).isZero();
        assertThat(messages).isEmpty();
    }

    @Test
    void shouldDoubleThePauseAfterEachDeathAndGiveUpLoudlyAfterFiveWithinTenMinutes() {
        List<Long> pauses = new ArrayList<>();
        for (int death = 1; death <= 5; death++) {
            sanction.die();
            supervisor.check();
            Instant noticed = clock.instant();
            while (sanction.diedUnexpectedly()) {
                clock.advance(Duration.ofSeconds(1));
                supervisor.check();
            }
            pauses.add(Duration.between(noticed, clock.instant()).toSeconds());
        }
        assertThat(pauses).containsExactly(1L, 2L, 4L, 8L, 16L);

        sanction.die();
        supervisor.check();
        clock.advance(Duration.ofMinutes(1));
        supervisor.check();

        assertThat(sanction.restarts).as("no sixth restart").isEqualTo(5);
        assertThat(supervisor.gaveUp(sanction)).isTrue();
        assertThat(messages).last().asString().startsWith("ERROR: sanction died again after 5 restarts within 10 minutes");
    }

    @Test
    void shouldForgetRestartsOlderThanTheWindow() {
        for (int death = 1; death <= 5; death++) {
            sanction.die();
            supervisor.check();
            clock.advance(Duration.ofSeconds(30));
            supervisor.check();
        }
        clock.advance(Duration.ofMinutes(11));

        sanction.die();
        supervisor.check();
        clock.advance(Duration.ofSeconds(1));
        supervisor.check();

        assertThat(sanction.restarts).isEqualTo(6);
        assertThat(supervisor.gaveUp(sanction)).isFalse();
    }

    @Test
    void shouldTryAgainLaterWhenARestartFails() {
        sanction.failNextRestart = true;
        sanction.die();
        supervisor.check();
        clock.advance(Duration.ofSeconds(1));
        supervisor.check();
        assertThat(messages).last().asString().startsWith("WARNING: sanction did not start again: port taken");

        supervisor.check();
        assertThat(messages).last().asString().contains("in 2 s", "restart 2 of at most 5");
        clock.advance(Duration.ofSeconds(2));
        supervisor.check();

        assertThat(sanction.restarts).isEqualTo(2);
        assertThat(sanction.diedUnexpectedly()).isFalse();
    }

    @Test
    void shouldCapThePause() {
        assertThat(Supervisor.pauseBefore(0)).hasSeconds(1);
        assertThat(Supervisor.pauseBefore(4)).hasSeconds(16);
        assertThat(Supervisor.pauseBefore(5)).isEqualTo(Supervisor.LONGEST_PAUSE);
        assertThat(Supervisor.pauseBefore(60)).isEqualTo(Supervisor.LONGEST_PAUSE);
    }

    private static final class FakeServer implements Server {

        private final String name;
        private boolean running = true;
        private boolean stoppedOnPurpose;
        private boolean failNextRestart;
        private int restarts;

        FakeServer(String name) {
            this.name = name;
        }

        void die() {
            running = false;
        }

        void stopOnPurpose() {
            running = false;
            stoppedOnPurpose = true;
        }

        void restart() {
            restarts++;
            if (failNextRestart) {
                failNextRestart = false;
                throw new IllegalStateException("port taken");
            }
            running = true;
        }

        @Override
        public String name() {
            return name;
        }

        @Override
        public void start() {
            running = true;
        }

        @Override
        public void stop() {
            stopOnPurpose();
        }

        @Override
        public void kill() {
            stopOnPurpose();
        }

        @Override
        public boolean isRunning() {
            return running;
        }

        @Override
        public boolean diedUnexpectedly() {
            return !running && !stoppedOnPurpose;
        }

        @Override
        public OptionalLong pid() {
            return OptionalLong.empty();
        }

        @Override
        public OptionalLong residentMemoryKiB() {
            return OptionalLong.empty();
        }
    }

    private static final class MovableClock extends Clock {

        private Instant now = Instant.parse("2026-12-02T01:00:00Z");

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }
    }
}
