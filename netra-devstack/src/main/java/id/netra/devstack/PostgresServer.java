package id.netra.devstack;

import java.io.IOException;
import java.lang.ProcessBuilder.Redirect;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.Consumer;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/** A real PostgreSQL (zonky's embedded binaries) on a fixed port with a data directory that survives restarts. */
public final class PostgresServer implements Server {

    /** The role the services connect as; the demo password is for the local run only. */
    public static final String USER = "netra";
    public static final String PASSWORD = "netra";
    /** One database per service. */
    public static final List<String> DATABASES = List.of("intake", "clarification", "sanction", "integration");

    private final Path dataDirectory;
    private final int port;
    private final Path logFile;
    private final Consumer<String> progress;
    private final boolean durable;
    private EmbeddedPostgres postgres;

    PostgresServer(Path dataDirectory, int port, Path logFile, boolean durable, Consumer<String> progress) {
        this.dataDirectory = dataDirectory;
        this.port = port;
        this.logFile = logFile;
        this.durable = durable;
        this.progress = progress;
    }

    @Override
    public String name() {
        return "postgres";
    }

    public int port() {
        return port;
    }

    public Path dataDirectory() {
        return dataDirectory;
    }

    public Path logFile() {
        return logFile;
    }

    /** Whether every commit is flushed to disk before it is confirmed. */
    public boolean durable() {
        return durable;
    }

    /** {@code jdbc:postgresql://localhost:<port>/<database>} */
    public String jdbcUrl(String database) {
        return "jdbc:postgresql://localhost:" + port + "/" + database;
    }

    /** {@code postgresql://localhost:<port>/<database>}, the form the reactive client takes. */
    public String reactiveUrl(String database) {
        return "postgresql://localhost:" + port + "/" + database;
    }

    /** A new JDBC connection to one of the databases as {@value #USER}; the caller closes it. */
    public Connection connect(String database) throws SQLException {
        return DriverManager.getConnection(jdbcUrl(database), USER, PASSWORD);
    }

    @Override
    public synchronized void start() {
        if (postgres != null) {
            if (isRunning()) {
                return;
            }
            // killed from outside: release zonky's hold on the data directory before starting again
            stop();
        }
        endLeftover();
        Net.requireFree(port, "PostgreSQL", "stop the server that holds it or choose another port (--pg-port)");
        try {
            Files.createDirectories(logFile.getParent());
            discardUnfinishedInitdb();
            Redirect log = Redirect.appendTo(logFile.toFile());
            postgres = EmbeddedPostgres.builder()
                    .setPort(port)
                    .setDataDirectory(dataDirectory)
                    .setCleanDataDirectory(false)
                    // the suite stops PostgreSQL last, after the services that use it
                    .setRegisterShutdownHook(false)
                    .setPGStartupWait(Duration.ofSeconds(60))
                    .setOutputRedirector(log)
                    .setErrorRedirector(log)
                    // zonky always passes -F (fsync off) and sets synchronous_commit off; a later -c wins over both
                    .setServerConfig("fsync", durable ? "on" : "off")
                    .setServerConfig("synchronous_commit", durable ? "on" : "off")
                    .setServerConfig("full_page_writes", durable ? "on" : "off")
                    .start();
        } catch (IOException | RuntimeException e) {
            throw new IllegalStateException("PostgreSQL did not start on port " + port + ": " + e.getMessage()
                    + "; see " + logFile, e);
        }
        createRoleAndDatabases();
    }

    @Override
    public synchronized void stop() {
        if (postgres == null) {
            return;
        }
        try {
            postgres.close();
        } catch (IOException e) {
            progress.accept("WARNING: PostgreSQL did not stop cleanly: " + e.getMessage());
        } finally {
            postgres = null;
        }
    }

    @Override
    public synchronized void kill() {
        if (postgres == null) {
            return;
        }
        postmaster().ifPresent(ManagedProcess::killTree);
        // close() now only fails to reach the dead server, but it releases zonky's lock on the data directory
        stop();
    }

    @Override
    public synchronized boolean isRunning() {
        return postgres != null && postmaster().isPresent();
    }

    @Override
    public synchronized boolean diedUnexpectedly() {
        return postgres != null && postmaster().isEmpty();
    }

    @Override
    public synchronized OptionalLong pid() {
        return postgres == null ? OptionalLong.empty()
                : postmaster().map(handle -> OptionalLong.of(handle.pid())).orElse(OptionalLong.empty());
    }

    @Override
    public synchronized OptionalLong residentMemoryKiB() {
        return postgres == null ? OptionalLong.empty()
                : postmaster().map(ManagedProcess::residentMemoryKiB).orElse(OptionalLong.empty());
    }

    private void createRoleAndDatabases() {
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
                Statement statement = connection.createStatement()) {
            // role and database names are constants of this class, never input: plain SQL is safe here
            statement.execute("DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '" + USER
                    + "') THEN CREATE ROLE " + USER + " LOGIN PASSWORD '" + PASSWORD + "'; END IF; END $$");
            for (String database : DATABASES) {
                if (!databaseExists(connection, database)) {
                    statement.execute("CREATE DATABASE " + database + " OWNER " + USER);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not create the role and databases: " + e.getMessage(), e);
        }
    }

    private static boolean databaseExists(Connection connection, String database) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
            query.setString(1, database);
            try (ResultSet result = query.executeQuery()) {
                return result.next();
            }
        }
    }

    /** A postmaster left running by a launcher that was killed still holds the port and the data directory. */
    void endLeftover() {
        postmaster().ifPresent(handle -> {
            progress.accept("stopping PostgreSQL left over by an earlier run (pid " + handle.pid() + ")");
            ManagedProcess.terminate(handle, Duration.ofSeconds(30));
        });
    }

    /**
     * The running postmaster of the data directory. pg_ctl starts it detached, so it is no child of this JVM: its pid
     * comes from {@code postmaster.pid}, and its command line must name the data directory, in case the pid was reused.
     */
    private Optional<ProcessHandle> postmaster() {
        Path pidFile = dataDirectory.resolve("postmaster.pid");
        if (!Files.isRegularFile(pidFile)) {
            return Optional.empty();
        }
        try {
            List<String> lines = Files.readAllLines(pidFile, StandardCharsets.UTF_8);
            long pid = Long.parseLong(lines.get(0).trim());
            return ProcessHandle.of(pid)
                    .filter(ProcessHandle::isAlive)
                    .filter(handle -> ManagedProcess.commandLine(handle).contains(dataDirectory.toString()));
        } catch (IOException | RuntimeException e) {
            // being written or removed right now: no postmaster to act on
            return Optional.empty();
        }
    }

    /** initdb refuses a non-empty directory; without postgresql.conf an earlier initdb never finished. */
    private void discardUnfinishedInitdb() throws IOException {
        if (Files.isDirectory(dataDirectory) && !Files.exists(dataDirectory.resolve("postgresql.conf"))) {
            DataDirectory.deleteRecursively(dataDirectory);
        }
    }
}
