package id.netra.devstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.stream.Stream;

/**
 * A service's ahead-of-time cache (JDK 25: JEP 483, 514, 515): the classes it loaded and linked and the methods it
 * profiled in one run, mapped in by the next one, which then starts in well under half the time. The JVM writes
 * the cache when the recording run exits normally. It is valid only for the exact class path it was recorded with,
 * so it is recorded again once any file of the packaged service is newer, and it is named for the JDK that wrote it
 * (a JVM silently ignores another release's cache).
 */
final class StartupCache {

    /** What a service's process does with the cache. */
    enum Use {
        /** Runs without one. */
        NONE,
        /** Maps it in when it is current. */
        READ,
        /** Maps it in when it is current, else records it: one process per service, so that two never write it. */
        RECORD
    }

    private final Path packaged;
    private final Path file;
    private final Path recording;

    /**
     * @param packaged the service's {@code target/quarkus-app}
     * @param jdk the JDK that runs it
     */
    StartupCache(Path packaged, ServiceJdk jdk) {
        this.packaged = packaged;
        // beside the packaged directory, not in it: a rebuild may empty that, and images copy from it
        this.file = packaged.resolveSibling("startup-cache-" + jdk.version() + ".aot");
        this.recording = packaged.resolveSibling(file.getFileName() + ".recording");
    }

    Path file() {
        return file;
    }

    /** Whether the cache exists and was written after every file of the packaged service. */
    boolean isCurrent() {
        if (!Files.isRegularFile(file)) {
            return false;
        }
        try (Stream<Path> files = Files.walk(packaged)) {
            FileTime written = Files.getLastModifiedTime(file);
            return files.filter(Files::isRegularFile).allMatch(f -> modified(f).compareTo(written) < 0);
        } catch (IOException | UncheckedIOException e) {
            return false;
        }
    }

    /** Options for a run that maps the cache in. */
    List<String> useOptions() {
        return List.of("-XX:AOTCache=" + file, "-Xlog:aot*=error", "-Xlog:cds*=error");
    }

    /**
     * Options for a run that records it. The JVM writes to a file beside the cache, which {@link #keepRecording()}
     * moves into place only after a normal exit: a run killed while writing leaves no half cache behind.
     */
    List<String> recordOptions() {
        try {
            Files.deleteIfExists(recording);
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new UncheckedIOException("could not remove the outdated start-up cache " + file, e);
        }
        // the warnings name each class that cannot be cached (proxies, classes of optional native libraries): noise
        return List.of("-XX:AOTCacheOutput=" + recording, "-Xlog:aot*=error", "-Xlog:cds*=error");
    }

    /** After the recording run exited by itself: the cache it wrote becomes the one to use. */
    boolean keepRecording() {
        if (!Files.isRegularFile(recording)) {
            return false;
        }
        try {
            Files.move(recording, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static FileTime modified(Path file) {
        try {
            return Files.getLastModifiedTime(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
