package id.netra.devstack;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** A real Keycloak (the Quarkus distribution in dev mode) with the {@code netra} realm, as a child process. */
public final class KeycloakServer extends ProcessServer {

    public static final String REALM = "netra";
    /** The realm file on the classpath; Keycloak imports it on its first start and skips it afterwards. */
    public static final String REALM_RESOURCE = "/keycloak/netra-realm.json";
    /** Account of the master realm's admin console; local run only. */
    public static final String CONSOLE_USER = "admin";
    public static final String CONSOLE_PASSWORD = "admin";

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path home;
    private final Path distribution;
    private final int port;
    private final Duration readyTimeout;
    private final Consumer<String> progress;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    KeycloakServer(Path home, Path distribution, int port, Path logFile, Path pidFile, Duration readyTimeout,
            Consumer<String> progress) {
        super(new ManagedProcess("keycloak", pidFile, logFile, home.toString(), progress), Duration.ofSeconds(30));
        this.home = home;
        this.distribution = distribution;
        this.port = port;
        this.readyTimeout = readyTimeout;
        this.progress = progress;
    }

    @Override
    public String name() {
        return "keycloak";
    }

    public int port() {
        return port;
    }

    /** {@code http://localhost:<port>} */
    public String url() {
        return "http://localhost:" + port;
    }

    /** {@code http://localhost:<port>/realms/netra}, the services' {@code quarkus.oidc.auth-server-url}. */
    public String realmUrl() {
        return url() + "/realms/" + REALM;
    }

    public String tokenUrl() {
        return realmUrl() + "/protocol/openid-connect/token";
    }

    public String adminConsoleUrl() {
        return url() + "/admin/master/console/#/" + REALM;
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
        Net.requireFree(port, "Keycloak", "stop the server that holds it or choose another port (--keycloak-port)");
        unpackOnce();
        copyRealm();
        List<String> command = List.of(home.resolve("bin/kc.sh").toString(), "start-dev", "--http-port=" + port,
                "--import-realm");
        Map<String, String> environment = Map.of(
                "KC_BOOTSTRAP_ADMIN_USERNAME", CONSOLE_USER,
                "KC_BOOTSTRAP_ADMIN_PASSWORD", CONSOLE_PASSWORD,
                // the same JDK as the launcher, whatever java the PATH finds
                "JAVA_HOME", System.getProperty("java.home"));
        process.launch(command, environment, home);
    }

    /** Waits until the realm's OpenID Connect discovery document answers. */
    void awaitReady() {
        URI discovery = URI.create(realmUrl() + "/.well-known/openid-configuration");
        long deadline = System.nanoTime() + readyTimeout.toNanos();
        while (Net.status(discovery) != 200) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Keycloak exited with code " + process.exitCode().orElse(-1)
                        + " while starting; see " + logFile() + System.lineSeparator() + process.logTail(20));
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("Keycloak did not answer " + discovery + " within "
                        + readyTimeout.toSeconds() + " s; see " + logFile());
            }
            Net.sleep(Duration.ofMillis(500));
        }
    }

    /** An access token for a confidential client by the client-credentials grant. */
    public String clientCredentialsToken(String clientId, String clientSecret) {
        return requestToken(Map.of("grant_type", "client_credentials", "client_id", clientId,
                "client_secret", clientSecret));
    }

    /** An access token for a user by the password grant of the public client {@value DemoAccount#CLI_CLIENT}. */
    public String passwordToken(String username, String password) {
        return requestToken(Map.of("grant_type", "password", "client_id", DemoAccount.CLI_CLIENT,
                "username", username, "password", password));
    }

    /** An access token for one of the {@link DemoAccount}, by the grant that fits its kind. */
    public String token(DemoAccount demo) {
        return demo.isClient() ? clientCredentialsToken(demo.username(), demo.secret())
                : passwordToken(demo.username(), DemoAccount.PASSWORD);
    }

    private String requestToken(Map<String, String> form) {
        String body = form.entrySet().stream()
                .map(entry -> entry.getKey() + "=" + URLEncoder.encode(entry.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        HttpRequest request = HttpRequest.newBuilder(URI.create(tokenUrl()))
                .timeout(Duration.ofSeconds(10))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            JsonNode json = JSON.readTree(response.body());
            if (response.statusCode() != 200 || !json.hasNonNull("access_token")) {
                throw new IllegalStateException("Keycloak refused the token request (" + response.statusCode() + "): "
                        + response.body());
            }
            return json.get("access_token").asText();
        } catch (IOException e) {
            throw new UncheckedIOException("could not reach " + tokenUrl(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while requesting a token", e);
        }
    }

    /** Unpacks the distribution into the data directory on the first start; later starts reuse it. */
    private void unpackOnce() {
        if (Files.isExecutable(home.resolve("bin/kc.sh"))) {
            return;
        }
        if (!Files.isRegularFile(distribution)) {
            throw new IllegalStateException("the Keycloak distribution " + distribution
                    + " is missing; build the devstack first: ./mvnw -B -q -DskipTests -pl netra-devstack -am package");
        }
        progress.accept("unpacking Keycloak into " + home);
        Path unpacking = home.resolveSibling(home.getFileName() + ".unpacking");
        try {
            DataDirectory.deleteRecursively(unpacking);
            DataDirectory.deleteRecursively(home);
            Files.createDirectories(unpacking);
            // the system tar keeps the scripts' execute bits and is several times faster than a Java untar
            Process tar = new ProcessBuilder("tar", "-xzf", distribution.toString(), "-C", unpacking.toString())
                    .redirectErrorStream(true).start();
            String output = new String(tar.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (tar.waitFor() != 0) {
                throw new IllegalStateException("tar could not unpack " + distribution + ": " + output);
            }
            Path unpacked;
            try (Stream<Path> entries = Files.list(unpacking)) {
                unpacked = entries.filter(Files::isDirectory).findFirst()
                        .orElseThrow(() -> new IllegalStateException(distribution + " holds no directory"));
            }
            // an atomic rename: a half unpacked distribution is never taken for a complete one
            Files.move(unpacked, home, StandardCopyOption.ATOMIC_MOVE);
            DataDirectory.deleteRecursively(unpacking);
        } catch (IOException e) {
            throw new UncheckedIOException("could not unpack Keycloak into " + home, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while unpacking Keycloak", e);
        }
    }

    private void copyRealm() {
        Path target = home.resolve("data/import/netra-realm.json");
        try (InputStream realm = KeycloakServer.class.getResourceAsStream(REALM_RESOURCE)) {
            if (realm == null) {
                throw new IllegalStateException(REALM_RESOURCE + " is not on the classpath");
            }
            byte[] content = realm.readAllBytes();
            // Keycloak imports a realm only once, when its database does not hold it yet
            if (Files.isRegularFile(target) && !Arrays.equals(content, Files.readAllBytes(target))) {
                progress.accept("WARNING: the realm file changed since Keycloak imported it; start with --fresh"
                        + " (or a fresh suite) to import it again");
            }
            Files.createDirectories(target.getParent());
            Files.write(target, content);
        } catch (IOException e) {
            throw new UncheckedIOException("could not copy the realm to " + target, e);
        }
    }
}
