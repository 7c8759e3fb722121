package id.netra.devstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The JDK the services run on. The local run prefers one that can keep a start-up cache (JDK 25's ahead-of-time
 * cache, {@link StartupCache}), found beside the launcher's own, as the machines keep a JDK 25 beside the default 17.
 */
public record ServiceJdk(Path home, String version) {

    /** Names a JDK for the services and overrides the choice ({@code ./netra up} only). */
    public static final String HOME_VARIABLE = "NETRA_SERVICE_JAVA_HOME";
    static final int STARTUP_CACHE_SINCE = 25;
    private static final Pattern JAVA_VERSION = Pattern.compile("(?m)^JAVA_VERSION=\"([^\"]+)\"");

    /** The JDK this launcher runs on. */
    public static ServiceJdk launcher() {
        Path home = Path.of(System.getProperty("java.home"));
        return at(home).orElseGet(() -> new ServiceJdk(home, System.getProperty("java.version")));
    }

    /**
     * {@value #HOME_VARIABLE} when set; else the launcher's JDK if it keeps start-up caches; else the newest JDK that
     * does in the directory holding the launcher's (such as {@code /usr/lib/jvm}); else the launcher's.
     */
    public static ServiceJdk choose(Map<String, String> environment) {
        String named = environment.get(HOME_VARIABLE);
        if (named != null && !named.isBlank()) {
            return at(Path.of(named)).orElseThrow(() -> new IllegalArgumentException(
                    HOME_VARIABLE + "=" + named + " is not a JDK: it has no bin/java and release file"));
        }
        ServiceJdk launcher = launcher();
        if (launcher.keepsStartupCache()) {
            return launcher;
        }
        return newestBeside(launcher.home()).filter(ServiceJdk::keepsStartupCache).orElse(launcher);
    }

    /** The JDK installed at {@code home}, read from its {@code release} file. */
    static Optional<ServiceJdk> at(Path home) {
        Path release = home.resolve("release");
        if (!Files.isRegularFile(release) || !Files.isExecutable(home.resolve("bin/java"))) {
            return Optional.empty();
        }
        try {
            Matcher matcher = JAVA_VERSION.matcher(Files.readString(release, StandardCharsets.UTF_8));
            return matcher.find() ? Optional.of(new ServiceJdk(home.toAbsolutePath().normalize(), matcher.group(1)))
                    : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** The newest JDK among the siblings of {@code home}; links to the same JDK count once. */
    static Optional<ServiceJdk> newestBeside(Path home) {
        Path parent = home.toAbsolutePath().normalize().getParent();
        if (parent == null || !Files.isDirectory(parent)) {
            return Optional.empty();
        }
        try (Stream<Path> siblings = Files.list(parent)) {
            return siblings.filter(Files::isDirectory).map(ServiceJdk::at).flatMap(Optional::stream)
                    .max(Comparator.comparingInt(ServiceJdk::feature));
        } catch (IOException | UncheckedIOException e) {
            return Optional.empty();
        }
    }

    /** The release's feature number: 17 for {@code 17.0.15}, 8 for {@code 1.8.0_402}. */
    public int feature() {
        String[] parts = version.split("[^0-9]+");
        int first = parts.length > 0 && !parts[0].isEmpty() ? Integer.parseInt(parts[0]) : 0;
        return first == 1 && parts.length > 1 ? Integer.parseInt(parts[1]) : first;
    }

    /** Whether it records and uses an ahead-of-time cache in one step ({@code -XX:AOTCacheOutput}, JDK 25). */
    public boolean keepsStartupCache() {
        return feature() >= STARTUP_CACHE_SINCE;
    }

    public Path java() {
        return home.resolve("bin").resolve("java");
    }
}
