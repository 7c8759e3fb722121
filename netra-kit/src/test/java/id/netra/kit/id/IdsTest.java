package id.netra.kit.id;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

class IdsTest {

    @Test
    void shouldMakeVersion7IdsThatCarryTheirMillisecond() {
        // later than any clock the other tests use: ids never go back in time within a process
        Instant now = Instant.parse("2100-10-01T02:03:04.567Z");

        UUID id = Ids.uuidV7(Clock.fixed(now, ZoneOffset.UTC));

        assertThat(id.version()).isEqualTo(7);
        assertThat(id.variant()).isEqualTo(2);
        assertThat(id.getMostSignificantBits() >>> 16).isEqualTo(now.toEpochMilli());
    }

    @Test
    void shouldKeepIdsOfOneMillisecondInTheOrderTheyWereMade() {
        Clock frozen = Clock.fixed(Instant.parse("2030-01-01T00:00:00Z"), ZoneOffset.UTC);
        List<UUID> ids = new ArrayList<>();
        for (int i = 0; i < 10_000; i++) {
            ids.add(Ids.uuidV7(frozen));
        }

        assertThat(ids).isSorted().doesNotHaveDuplicates();
    }
}
