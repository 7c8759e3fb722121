package id.netra.devstack;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * Starts again a part of the local suite that died without being asked to, so that a crash at night does not leave
 * reports waiting until someone notices. Each restart waits twice as long as the one before (1 s, 2 s, 4 s … at most
 * 30 s); a part that died {@value #MAX_RESTARTS} times within {@link #WINDOW} is left down with an error, because
 * starting it again would only hide what kills it.
 *
 * <p>
 * Only death is watched: a part that runs but no longer answers is not restarted. A part that a test or the launcher
 * stops or kills through the suite is not restarted either (see {@link Server#diedUnexpectedly()}).
 */
final class Supervisor {

    static final int MAX_RESTARTS = 5;
    static final Duration WINDOW = Duration.ofMinutes(10);
    static final Duration FIRST_PAUSE = Duration.ofSeconds(1);
    static final Duration LONGEST_PAUSE = Duration.ofSeconds(30);
    private static final Duration CHECK_EVERY = Duration.ofSeconds(1);

    /** A watched part and how it is started again (launched under the suite's lock, then awaited). */
    record Part(Server server, Runnable restart) {
    }

    private final List<Watch> watches;
    private final Consumer<String> progress;
    private final Clock clock;
    private volatile boolean closed;
    private Thread thread;

    Supervisor(List<Part> parts, Consumer<String> progress, Clock clock) {
        this.watches = parts.stream().map(Watch::new).toList();
        this.progress = progress;
        this.clock = clock;
    }

    /** Checks every second on a daemon thread of its own. */
    synchronized void start() {
        if (thread != null) {
            return;
        }
        thread = new Thread(this::run, "netra-supervisor");
        thread.setDaemon(true);
        thread.start();
    }

    /** No restart begins after this; one under way fails on the suite's closed lock, so there is nothing to wait for. */
    void close() {
        closed = true;
        Thread running = thread;
        if (running != null) {
            running.interrupt();
        }
    }

    private void run() {
        while (!closed) {
            check();
            try {
                Thread.sleep(CHECK_EVERY.toMillis());
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    /** One look at every part, in start order (PostgreSQL before the services that need it). */
    void check() {
        for (Watch watch : watches) {
            if (closed) {
                return;
            }
            watch.check(clock.instant());
        }
    }

    /** Whether the part was left down after dying too often. */
    boolean gaveUp(Server server) {
        return watches.stream().anyMatch(watch -> watch.part.server() == server && watch.gaveUp);
    }

    static Duration pauseBefore(int restartsInWindow) {
        long seconds = FIRST_PAUSE.toSeconds() << Math.min(restartsInWindow, 10);
        return Duration.ofSeconds(Math.min(seconds, LONGEST_PAUSE.toSeconds()));
    }

    private final class Watch {

        private final Part part;
        /** When each recent restart began; older than the window they are forgotten. */
        private final Deque<Instant> restarts = new ArrayDeque<>();
        private Instant restartAt;
        private boolean gaveUp;

        Watch(Part part) {
            this.part = part;
        }

        void check(Instant now) {
            if (gaveUp) {
                return;
            }
            if (!part.server().diedUnexpectedly()) {
                // started again by someone else during the pause: a later death gets its own pause and message
                restartAt = null;
                return;
            }
            String name = part.server().name();
            if (restartAt == null) {
                while (!restarts.isEmpty() && restarts.peekFirst().isBefore(now.minus(WINDOW))) {
                    restarts.removeFirst();
                }
                if (restarts.size() >= MAX_RESTARTS) {
                    gaveUp = true;
                    progress.accept("ERROR: " + name + " died again after " + restarts.size() + " restarts within "
                            + WINDOW.toMinutes() + " minutes; it stays down until the suite is started again."
                            + " Its log says why");
                    return;
                }
                Duration pause = pauseBefore(restarts.size());
                restartAt = now.plus(pause);
                progress.accept("WARNING: " + name + " died; starting it again in " + pause.toSeconds() + " s (restart "
                        + (restarts.size() + 1) + " of at most " + MAX_RESTARTS + " within " + WINDOW.toMinutes()
                        + " minutes)");
                return;
            }
            if (now.isBefore(restartAt)) {
                return;
            }
            restartAt = null;
            restarts.addLast(now);
            long began = System.nanoTime();
            try {
                part.restart().run();
                progress.accept(String.format(Locale.ROOT, "%s is running again (ready after %.1f s)", name,
                        (System.nanoTime() - began) / 1e9));
            } catch (RuntimeException e) {
                if (!closed) {
                    // it is dead again (or still starting); the next check schedules another try, later
                    progress.accept("WARNING: " + name + " did not start again: " + e.getMessage());
                }
            }
        }
    }
}
