package id.netra.devstack;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.common.Uuid;

/** A real Kafka broker (KRaft, combined broker and controller) as a child process, its log kept across restarts. */
public final class KafkaServer extends ProcessServer {

    private static final String SERVER_PROPERTIES = "server.properties";
    private final Path directory;
    private final int port;
    private final int controllerPort;
    private final List<Path> classpath;
    private final Duration readyTimeout;

    KafkaServer(Path directory, int port, int controllerPort, List<Path> classpath, Path logFile, Path pidFile,
            Duration readyTimeout, Consumer<String> progress) {
        super(new ManagedProcess("kafka", pidFile, logFile, directory.resolve(SERVER_PROPERTIES).toString(), progress),
                Duration.ofSeconds(30));
        this.directory = directory;
        this.port = port;
        this.controllerPort = controllerPort;
        this.classpath = classpath;
        this.readyTimeout = readyTimeout;
    }

    @Override
    public String name() {
        return "kafka";
    }

    public int port() {
        return port;
    }

    /** {@code localhost:<port>}, for {@code kafka.bootstrap.servers}. */
    public String bootstrapServers() {
        return "localhost:" + port;
    }

    public Path logFile() {
        return process.logFile();
    }

    void endLeftover() {
        process.reapLeftover();
    }

    @Override
    public void start() {
        launch();
        awaitReady();
    }

    synchronized void launch() {
        if (process.isAlive()) {
            return;
        }
        Net.requireFree(port, "Kafka", "stop the broker that holds it or choose another port (--kafka-port)");
        Net.requireFree(controllerPort, "the Kafka controller", "choose another Kafka port (--kafka-port)");
        try {
            Files.createDirectories(logDirectory());
            Files.writeString(serverProperties(), serverConfiguration(), StandardCharsets.UTF_8);
            Files.writeString(loggingProperties(), loggingConfiguration(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("could not write the Kafka configuration in " + directory, e);
        }
        if (!Files.exists(logDirectory().resolve("meta.properties"))) {
            format();
        }
        process.launch(javaCommand("kafka.Kafka", serverProperties().toString()), Map.of(), directory);
    }

    /** Waits until the broker answers an admin request, then makes sure the event topics exist. */
    void awaitReady() {
        Properties config = new Properties();
        config.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers());
        config.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 2000);
        config.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 3000);
        config.put(AdminClientConfig.RECONNECT_BACKOFF_MAX_MS_CONFIG, 500);
        long deadline = System.nanoTime() + readyTimeout.toNanos();
        try (Admin admin = Admin.create(config)) {
            while (true) {
                if (!process.isAlive()) {
                    throw new IllegalStateException("Kafka exited with code " + process.exitCode().orElse(-1)
                            + " while starting; see " + logFile() + System.lineSeparator() + process.logTail(20));
                }
                try {
                    if (!admin.describeCluster().nodes().get(3, TimeUnit.SECONDS).isEmpty()) {
                        EventTopics.create(admin);
                        return;
                    }
                } catch (ExecutionException | TimeoutException e) {
                    // not answering yet
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("interrupted while waiting for Kafka", e);
                }
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("Kafka did not answer on " + bootstrapServers() + " within "
                            + readyTimeout.toSeconds() + " s; see " + logFile());
                }
                Net.sleep(Duration.ofMillis(200));
            }
        }
    }

    private Path logDirectory() {
        return directory.resolve("data");
    }

    private Path serverProperties() {
        return directory.resolve(SERVER_PROPERTIES);
    }

    private Path loggingProperties() {
        return directory.resolve("logging.properties");
    }

    private void format() {
        // a fresh cluster id per log directory, as Kafka's quick start does
        List<String> command = javaCommand("kafka.tools.StorageTool", "format", "--standalone",
                "--cluster-id", Uuid.randomUuid().toString(), "--config", serverProperties().toString());
        try {
            Process formatter = new ProcessBuilder(command)
                    .directory(directory.toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(logFile().toFile()))
                    .start();
            if (!formatter.waitFor(60, TimeUnit.SECONDS)) {
                formatter.destroyForcibly();
                throw new IllegalStateException("formatting the Kafka log directory took over 60 s; see " + logFile());
            }
            if (formatter.exitValue() != 0) {
                throw new IllegalStateException("formatting the Kafka log directory failed with code "
                        + formatter.exitValue() + "; see " + logFile() + System.lineSeparator() + process.logTail(20));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not run Kafka's StorageTool", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while formatting the Kafka log directory", e);
        }
    }

    private List<String> javaCommand(String mainClass, String... arguments) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Xms128m");
        command.add("-Xmx512m");
        command.add("-XX:+UseG1GC");
        command.add("-Djava.awt.headless=true");
        // Kafka logs through SLF4J to JBoss LogManager, the binding that comes with the devstack's classpath
        command.add("-Djava.util.logging.manager=org.jboss.logmanager.LogManager");
        command.add("-Dlogging.configuration=" + loggingProperties().toUri());
        command.add("-cp");
        command.add(classpath.stream().map(Path::toString).collect(Collectors.joining(File.pathSeparator)));
        command.add(mainClass);
        command.addAll(List.of(arguments));
        return command;
    }

    private String serverConfiguration() {
        return String.join(System.lineSeparator(),
                "# written by the Netra devstack at every start; edit KafkaServer, not this file",
                "process.roles=broker,controller",
                "node.id=1",
                "controller.quorum.bootstrap.servers=localhost:" + controllerPort,
                "listeners=PLAINTEXT://localhost:" + port + ",CONTROLLER://localhost:" + controllerPort,
                "advertised.listeners=PLAINTEXT://localhost:" + port,
                "controller.listener.names=CONTROLLER",
                "inter.broker.listener.name=PLAINTEXT",
                "listener.security.protocol.map=PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT",
                "log.dirs=" + logDirectory(),
                "num.partitions=1",
                "auto.create.topics.enable=true",
                // a single broker: internal topics cannot have more than one replica
                "offsets.topic.replication.factor=1",
                "offsets.topic.num.partitions=1",
                "transaction.state.log.replication.factor=1",
                "transaction.state.log.min.isr=1",
                "share.coordinator.state.topic.replication.factor=1",
                "share.coordinator.state.topic.min.isr=1",
                // consumers of the local run and the system tests join at once instead of after 3 s
                "group.initial.rebalance.delay.ms=0",
                // after a kill the restarted broker waits for its old registration to expire: 4 s rather than 9 s
                "broker.session.timeout.ms=4000",
                "broker.heartbeat.interval.ms=1000",
                "");
    }

    private static String loggingConfiguration() {
        return String.join(System.lineSeparator(),
                "loggers=kafka,org.apache.kafka,state.change.logger,kafka.server.KafkaRaftServer",
                "logger.level=INFO",
                "logger.handlers=CONSOLE",
                // Kafka is chatty at INFO; warnings and the start and stop messages are enough here
                "logger.kafka.level=WARN",
                "logger.org.apache.kafka.level=WARN",
                "logger.state.change.logger.level=WARN",
                "logger.kafka.server.KafkaRaftServer.level=INFO",
                "handler.CONSOLE=org.jboss.logmanager.handlers.ConsoleHandler",
                "handler.CONSOLE.formatter=PATTERN",
                "formatter.PATTERN=org.jboss.logmanager.formatters.PatternFormatter",
                "formatter.PATTERN.properties=pattern",
                "formatter.PATTERN.pattern=%d{yyyy-MM-dd HH:mm:ss,SSS} %-5p [%c] %s%e%n",
                "");
    }
}
