package id.netra.devstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which JDK the services get, when their start-up cache is current, and that a real JDK 25 accepts it. */
class StartupCacheTest {

    @TempDir
    Path dir;

    @Test
    void shouldReadAJdksVersionFromItsReleaseFile() throws IOException {
        Path jdk17 = fakeJdk("java-17-openjdk-amd64", "17.0.15");
        Path jdk8 = fakeJdk("jdk8", "1.8.0_402");

        assertThat(ServiceJdk.at(jdk17)).hasValueSatisfying(jdk -> {
            assertThat(jdk.version()).isEqualTo("17.0.15");
            assertThat(jdk.feature()).isEqualTo(17);
            assertThat(jdk.keepsStartupCache()).isFalse();
        });
        assertThat(ServiceJdk.at(jdk8).map(ServiceJdk::feature)).hasValue(8);
        assertThat(ServiceJdk.at(dir.resolve("nothing-here"))).isEmpty();
    }

    @Test
    void shouldPreferTheNewestJdkBesideTheLaunchersOne() throws IOException {
        Path jdk17 = fakeJdk("java-17-openjdk-amd64", "17.0.15");
        fakeJdk("temurin-25-jdk-amd64", "25.0.3");
        fakeJdk("temurin-21-jdk-amd64", "21.0.7");
        Files.createDirectories(dir.resolve("not-a-jdk"));

        Optional<ServiceJdk> newest = ServiceJdk.newestBeside(jdk17);

        assertThat(newest.map(ServiceJdk::version)).hasValue("25.0.3");
        assertThat(newest.map(ServiceJdk::keepsStartupCache)).hasValue(true);
    }

    @Test
    void shouldTakeTheNamedJdkAndRefuseANameThatIsNoJdk() throws IOException {
        Path jdk21 = fakeJdk("temurin-21-jdk-amd64", "21.0.7");

        assertThat(ServiceJdk.choose(Map.of(ServiceJdk.HOME_VARIABLE, jdk21.toString())).version()).isEqualTo("21.0.7");
        assertThatThrownBy(() -> ServiceJdk.choose(Map.of(ServiceJdk.HOME_VARIABLE, dir.resolve("x").toString())))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(ServiceJdk.HOME_VARIABLE);
    }

    @Test
    void shouldCountTheCacheCurrentOnlyWhileNoFileOfTheServiceIsNewer() throws IOException {
        Path packaged = packagedService();
        StartupCache cache = new StartupCache(packaged, new ServiceJdk(dir, "25.0.3"));
        assertThat(cache.isCurrent()).isFalse();

        Files.writeString(cache.file(), "cache");
        Files.setLastModifiedTime(cache.file(), FileTime.from(Instant.parse("2026-12-02T10:00:00Z")));
        assertThat(cache.isCurrent()).isTrue();

        // a rebuild rewrites one library
        Files.setLastModifiedTime(packaged.resolve("lib/main/a.jar"), FileTime.from(Instant.parse("2026-12-02T11:00:00Z")));
        assertThat(cache.isCurrent()).isFalse();
        assertThat(cache.file().getFileName().toString()).isEqualTo("startup-cache-25.0.3.aot");
        assertThat(cache.file().getParent()).isEqualTo(packaged.getParent());
    }

    @Test
    void shouldRecordBesideTheCacheAndKeepOnlyAFinishedRecording() throws IOException {
        StartupCache cache = new StartupCache(packagedService(), new ServiceJdk(dir, "25.0.3"));
        Files.writeString(cache.file(), "outdated");

        List<String> options = cache.recordOptions();

        assertThat(cache.file()).doesNotExist();
        Path recording = Path.of(options.get(0).substring("-XX:AOTCacheOutput=".length()));
        assertThat(recording.getFileName().toString()).isEqualTo("startup-cache-25.0.3.aot.recording");
        assertThat(cache.keepRecording()).as("nothing was written").isFalse();

        Files.writeString(recording, "recorded");
        assertThat(cache.keepRecording()).isTrue();
        assertThat(cache.file()).hasContent("recorded");
        assertThat(recording).doesNotExist();
    }

    @Test
    void shouldBeRecordedAndUsedByARealJdk25() throws Exception {
        Optional<ServiceJdk> jdk = ServiceJdk.newestBeside(ServiceJdk.launcher().home())
                .filter(ServiceJdk::keepsStartupCache);
        // the machines this project builds on keep a JDK 25 beside the default 17; elsewhere there is nothing to run
        assumeTrue(jdk.isPresent(), "no JDK 25 or later beside " + ServiceJdk.launcher().home());
        StartupCache cache = new StartupCache(packagedService(), jdk.get());

        assertThat(run(jdk.get(), cache.recordOptions())).isZero();
        assertThat(cache.keepRecording()).isTrue();
        // AOTMode=on: the JVM fails instead of starting without a cache it cannot map
        List<String> use = new ArrayList<>(cache.useOptions());
        use.add("-XX:AOTMode=on");
        assertThat(run(jdk.get(), use)).isZero();
        assertThat(cache.isCurrent()).isTrue();
    }

    private int run(ServiceJdk jdk, List<String> options) throws Exception {
        List<String> command = new ArrayList<>();
        command.add(jdk.java().toString());
        command.addAll(options);
        command.add("-version");
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(dir.resolve("jvm.log").toFile()).start();
        assertThat(process.waitFor(2, TimeUnit.MINUTES)).as("the JVM ended").isTrue();
        return process.exitValue();
    }

    private Path packagedService() throws IOException {
        Path packaged = dir.resolve("sanction-service/target/quarkus-app");
        Files.createDirectories(packaged.resolve("lib/main"));
        Files.writeString(packaged.resolve("quarkus-run.jar"), "runner");
        Files.writeString(packaged.resolve("lib/main/a.jar"), "library");
        FileTime built = FileTime.from(Instant.parse("2026-12-02T09:00:00Z"));
        Files.setLastModifiedTime(packaged.resolve("quarkus-run.jar"), built);
        Files.setLastModifiedTime(packaged.resolve("lib/main/a.jar"), built);
        return packaged;
    }

    private Path fakeJdk(String name, String version) throws IOException {
        Path home = dir.resolve(name);
        Files.createDirectories(home.resolve("bin"));
        Path java = Files.writeString(home.resolve("bin/java"), "#!/bin/sh\n");
        Files.setPosixFilePermissions(java, PosixFilePermissions.fromString("rwxr-xr-x"));
        Files.writeString(home.resolve("release"), "IMPLEMENTOR=\"test\"\nJAVA_VERSION=\"" + version + "\"\n",
                StandardCharsets.UTF_8);
        return home;
    }
}
