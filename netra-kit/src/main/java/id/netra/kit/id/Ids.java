package id.netra.kit.id;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.UUID;

/**
 * Time-ordered UUIDs (version 7, RFC 9562): index-friendly primary keys that still reveal nothing guessable. Within
 * one process they are strictly increasing (a counter in the 12 bits after the millisecond, RFC 9562 method 1), so
 * rows written in the same millisecond, such as the first two steps of a case, keep the order they were made in.
 */
public final class Ids {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final int COUNTER_LIMIT = 1 << 12;
    private static long lastMillis;
    private static int counter;

    private Ids() {
    }

    public static UUID uuidV7() {
        return uuidV7(Clock.systemUTC());
    }

    public static UUID uuidV7(Clock clock) {
        long millis;
        int sequence;
        synchronized (Ids.class) {
            millis = Math.max(clock.millis(), lastMillis);
            if (millis == lastMillis) {
                counter++;
                if (counter >= COUNTER_LIMIT) {
                    // more than 4096 ids in one millisecond: borrow the next millisecond rather than repeat an order
                    millis++;
                    counter = RANDOM.nextInt(COUNTER_LIMIT / 2);
                }
            } else {
                // a random start leaves room to count up and keeps ids of different processes apart
                counter = RANDOM.nextInt(COUNTER_LIMIT / 2);
            }
            lastMillis = millis;
            sequence = counter;
        }
        long msb = (millis << 16) | (0x7L << 12) | sequence;
        long lsb = (RANDOM.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
        return new UUID(msb, lsb);
    }
}
