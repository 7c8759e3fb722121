package id.netra.kit.db;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.pgclient.PgBuilder;
import io.vertx.pgclient.PgConnectOptions;
import io.vertx.sqlclient.PoolOptions;

/**
 * Where the service's own database is, for the connections it opens beside the managed pool: the outbox relay's
 * LISTEN connection, and intake's small pools (case numbers, rate-limit buckets). One reading of the datasource
 * settings for all of them.
 */
@ApplicationScoped
public class DatabaseConnections {

    private final String reactiveUrl;
    private final String username;
    private final String password;

    public DatabaseConnections(@ConfigProperty(name = "quarkus.datasource.reactive.url") String reactiveUrl,
            @ConfigProperty(name = "quarkus.datasource.username") String username,
            @ConfigProperty(name = "quarkus.datasource.password", defaultValue = "") String password) {
        this.reactiveUrl = reactiveUrl;
        this.username = username;
        this.password = password;
    }

    /** A fresh set of options (callers may add their own settings). */
    public PgConnectOptions options() {
        PgConnectOptions options = PgConnectOptions.fromUri(reactiveUrl).setUser(username);
        if (!password.isEmpty()) {
            options.setPassword(password);
        }
        return options;
    }

    /**
     * A small pool of its own, with prepared statements cached, for work that must not wait behind (or hold up) the
     * managed pool's connections; at most {@code waitQueue} requests wait for a connection (-1: no bound). The caller
     * closes it.
     */
    public Pool pool(Vertx vertx, int maxSize, int waitQueue) {
        return Pool.newInstance(PgBuilder.pool().with(new PoolOptions().setMaxSize(maxSize).setMaxWaitQueueSize(waitQueue))
                .connectingTo(options().setCachePreparedStatements(true)).using(vertx.getDelegate()).build());
    }
}
