package id.netra.devstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** The layout of the suite's data directory, its lock against a second suite, and the fresh-start wipe. */
final class DataDirectory implements AutoCloseable {

    static final String PID_FILE = "suite.pid";
    static final String KEYCLOAK = "keycloak";
    static final String SECRETS = "local-secrets.properties";

    private final Path root;
    private FileChannel lockChannel;
    private FileLock lock;

    DataDirectory(Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    Path root() {
        return root;
    }

    Path postgres() {
        return root.resolve("postgres");
    }

    Path kafka() {
        return root.resolve("kafka");
    }

    /** Holds the unpacked Keycloak distribution; its {@code data/} sub-directory holds Keycloak's database. */
    Path keycloak() {
        return root.resolve(KEYCLOAK);
    }

    Path logs() {
        return root.resolve("logs");
    }

    Path log(String name) {
        return logs().resolve(name + ".log");
    }

    Path pidFile(String name) {
        return root.resolve("run").resolve(name + ".pid");
    }

    /**
     * The services' secrets for the local run (reporter-identity keys, the webhook secrets' key), made once per data
     * directory from a secure random source and kept, so that what was encrypted stays readable after a restart; a
     * key added later is made when first missing. Never used in production.
     */
    synchronized Map<String, String> localSecrets() {
        Path file = root.resolve(SECRETS);
        Properties secrets = new Properties();
        try {
            Files.createDirectories(root);
            if (Files.exists(file)) {
                try (var in = Files.newInputStream(file)) {
                    secrets.load(in);
                }
            }
            SecureRandom random = new SecureRandom();
            boolean added = false;
            for (String name : List.of("NETRA_REPORTER_ENCRYPTION_KEY", "NETRA_REPORTER_PSEUDONYM_KEY",
                    "NETRA_WEBHOOK_SECRET_KEY")) {
                if (secrets.getProperty(name) == null) {
                    byte[] key = new byte[32];
                    random.nextBytes(key);
                    secrets.setProperty(name, Base64.getEncoder().encodeToString(key));
                    added = true;
                }
            }
            if (added) {
                try (var out = Files.newOutputStream(file)) {
                    secrets.store(out, "local-run keys of the Netra services; never use them elsewhere");
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not read or write " + file, e);
        }
        Map<String, String> map = new TreeMap<>();
        secrets.stringPropertyNames().forEach(name -> map.put(name, secrets.getProperty(name)));
        return map;
    }

    /** Takes the lock that keeps a second suite off this directory and records this JVM's pid for {@code stop}. */
    void lock() {
        try {
            Files.createDirectories(root);
            lockChannel = FileChannel.open(root.resolve(PID_FILE), StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                    StandardOpenOption.READ);
            try {
                lock = lockChannel.tryLock();
            } catch (OverlappingFileLockException e) {
                lockChannel.close();
                throw new IllegalStateException("another Netra suite of this JVM is running on " + root);
            }
            if (lock == null) {
                lockChannel.close();
                throw new IllegalStateException("another Netra suite is running on " + root
                        + runningPid(root).map(pid -> " (pid " + pid + ")").orElse("")
                        + "; stop it first (./netra stop) or use another --data-dir");
            }
            lockChannel.truncate(0);
            lockChannel.write(ByteBuffer.wrap(Long.toString(ProcessHandle.current().pid()).getBytes(StandardCharsets.UTF_8)));
            lockChannel.force(false);
        } catch (IOException e) {
            throw new UncheckedIOException("could not lock " + root, e);
        }
    }

    /** Deletes all data; keeps only the unpacked Keycloak distribution (minus its database) to spare the unpacking. */
    void wipe() {
        try (Stream<Path> children = Files.list(root)) {
            for (Path child : children.collect(Collectors.toList())) {
                String name = child.getFileName().toString();
                // the local keys may outlive the data they protect; a fresh start simply has nothing encrypted yet
                if (name.equals(PID_FILE) || name.equals(SECRETS)) {
                    continue;
                }
                if (name.equals(KEYCLOAK)) {
                    deleteRecursively(child.resolve("data"));
                    continue;
                }
                deleteRecursively(child);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not wipe " + root, e);
        }
    }

    @Override
    public void close() {
        try {
            if (lock != null) {
                Files.deleteIfExists(root.resolve(PID_FILE));
                lock.release();
                lockChannel.close();
            }
        } catch (IOException e) {
            // the lock goes away with the JVM anyway
        } finally {
            lock = null;
        }
    }

    /** The pid of the suite that runs on this directory, if one does: its lock is held, so a stale pid is never used. */
    static Optional<Long> runningPid(Path root) {
        Path pidFile = root.resolve(PID_FILE);
        if (!Files.isRegularFile(pidFile)) {
            return Optional.empty();
        }
        try (FileChannel channel = FileChannel.open(pidFile, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
            FileLock probe = channel.tryLock();
            if (probe != null) {
                probe.release();
                return Optional.empty();
            }
        } catch (OverlappingFileLockException e) {
            // held by this very JVM: it runs
        } catch (IOException e) {
            return Optional.empty();
        }
        try {
            return Optional.of(Long.parseLong(Files.readString(pidFile, StandardCharsets.UTF_8).trim()));
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    static void deleteRecursively(Path path) throws IOException {
        if (!Files.exists(path, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        List<Path> all;
        try (Stream<Path> walk = Files.walk(path)) {
            all = walk.sorted(Comparator.reverseOrder()).collect(Collectors.toList());
        }
        for (Path each : all) {
            Files.deleteIfExists(each);
        }
    }
}
