package id.netra.kit.db;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.vertx.pgclient.PgConnectOptions;

/**
 * Where the service's own database is, for the connections it opens beside the managed pool: the outbox relay's
 * LISTEN connection, and intake's case-number pool. One reading of the datasource settings for all of them.
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
}
