package id.netra.integration.stream;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The live stream's limits: what one client may hold, how far back a reconnect may resume, how often to beat. */
@ConfigMapping(prefix = "netra.integration.stream")
public interface StreamConfig {

    /** A comment line this often keeps proxies from closing an idle stream and shows a dead client. */
    @WithDefault("15s")
    Duration heartbeat();

    /** How long this replica keeps events for a reconnect's {@code Last-Event-ID}. */
    @WithDefault("5m")
    Duration resumeWindow();

    /** At most this many events kept for reconnects, whatever their age. */
    @WithDefault("10000")
    int resumeMaxEvents();

    /** Events waiting for one client; a client this far behind is cut off, never waited for. */
    @WithDefault("500")
    int clientBuffer();

    /** Clients at once on this replica; one more is told to come back later (503). */
    @WithDefault("200")
    int maxClients();
}
