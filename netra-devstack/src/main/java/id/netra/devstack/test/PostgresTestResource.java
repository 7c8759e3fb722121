package id.netra.devstack.test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/** A real PostgreSQL server (zonky binaries) for Quarkus tests; one server per test JVM, one fresh database. */
public class PostgresTestResource implements QuarkusTestResourceLifecycleManager {

    private static final String DATABASE = "netra_test";
    private static EmbeddedPostgres server;

    @Override
    public Map<String, String> start() {
        EmbeddedPostgres postgres = shared();
        int port = postgres.getPort();
        return Map.of(
                "quarkus.datasource.username", "postgres",
                "quarkus.datasource.password", "postgres",
                "quarkus.datasource.jdbc.url", "jdbc:postgresql://localhost:" + port + "/" + DATABASE,
                "quarkus.datasource.reactive.url", "postgresql://localhost:" + port + "/" + DATABASE);
    }

    @Override
    public void stop() {
        // The server outlives a single Quarkus application: test classes with other profiles reuse it, and
        // zonky's own JVM shutdown hook stops it at the end.
    }

    /** The server shared by every test of this JVM, started on first use. */
    public static synchronized EmbeddedPostgres shared() {
        if (server == null) {
            try {
                server = EmbeddedPostgres.builder().start();
                try (Connection connection = server.getPostgresDatabase().getConnection();
                        Statement statement = connection.createStatement()) {
                    statement.execute("CREATE DATABASE " + DATABASE);
                }
            } catch (IOException e) {
                throw new UncheckedIOException("PostgreSQL did not start", e);
            } catch (SQLException e) {
                throw new IllegalStateException("Could not create the test database", e);
            }
        }
        return server;
    }

    /** A JDBC connection to the test database, for tests that inspect what was stored. */
    public static Connection connect() throws SQLException {
        return shared().getDatabase("postgres", DATABASE).getConnection();
    }

    /** The one number a query such as {@code SELECT count(*) ...} answers, with its parameters in order. */
    public static long number(String sql, Object... parameters) throws SQLException {
        try (Connection connection = connect(); PreparedStatement query = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                query.setObject(i + 1, parameters[i]);
            }
            try (ResultSet result = query.executeQuery()) {
                if (!result.next()) {
                    throw new IllegalStateException("no row: " + sql);
                }
                return result.getLong(1);
            }
        }
    }
}
