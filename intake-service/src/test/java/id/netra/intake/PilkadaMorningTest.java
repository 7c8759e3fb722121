package id.netra.intake;

import java.time.Clock;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * A test that runs on the morning of {@link Intake#PILKADA_MORNING}, so that reports dated in Pilkada 2024 are filed in
 * time; each test may move the clock further and it is back on the system clock afterwards.
 */
public abstract class PilkadaMorningTest {

    @Inject
    protected Clock clock;

    @BeforeEach
    void stopTheClock() {
        Intake.clock(clock).set(Intake.PILKADA_MORNING);
    }

    @AfterEach
    void resetClock() {
        Intake.clock(clock).reset();
    }
}
