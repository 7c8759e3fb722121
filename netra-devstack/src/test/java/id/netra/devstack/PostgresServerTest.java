package id.netra.devstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The local run's PostgreSQL flushes every commit to disk; a suite that says it may lose them does not. */
class PostgresServerTest {

    @TempDir
    Path data;

    @Test
    void shouldFlushEveryCommitToDiskWhenDurable() throws Exception {
        assertThat(settings(true)).containsEntry("fsync", "on").containsEntry("synchronous_commit", "on")
                .containsEntry("full_page_writes", "on");
    }

    @Test
    void shouldSkipTheFlushOnlyWhenAskedTo() throws Exception {
        assertThat(settings(false)).containsEntry("fsync", "off").containsEntry("synchronous_commit", "off");
    }

    private Map<String, String> settings(boolean durable) throws IOException, SQLException {
        PostgresServer server = new PostgresServer(data.resolve("pg"), freePort(), data.resolve("pg.log"), durable,
                line -> {
                });
        server.start();
        try (Connection connection = server.connect("intake"); Statement statement = connection.createStatement()) {
            Map<String, String> settings = new LinkedHashMap<>();
            for (String name : new String[] { "fsync", "synchronous_commit", "full_page_writes" }) {
                try (ResultSet result = statement.executeQuery("SHOW " + name)) {
                    result.next();
                    settings.put(name, result.getString(1));
                }
            }
            return settings;
        } finally {
            server.stop();
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
