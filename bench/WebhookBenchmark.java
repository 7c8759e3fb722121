import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.sun.net.httpserver.HttpServer;

/**
 * Benchmark of integration-service's webhooks against a running suite ({@code ./netra up}); run by
 * bench/webhook-benchmark.sh, not in CI. Subscribes receivers on this machine as pemkot-balikpapan, files partner
 * reports of Balikpapan at a fixed rate, and measures for every delivery the time from the event's {@code time} (set
 * in the transaction that commits the report) to its arrival at a receiver. Two phases: every receiver up, then one
 * of them down the whole time (nothing listens on its port), to see whether it slows the others. Then, from the
 * suite's databases, where the time went: from the commit to Kafka (intake's relay) and to integration's feed; the
 * rest is queueing and sending. Plain JDK 17 and the PostgreSQL JDBC driver.
 */
public class WebhookBenchmark {

    static final String INTAKE = env("INTAKE_URL", "http://localhost:8081");
    static final String INTEGRATION = env("INTEGRATION_URL", "http://localhost:8084");
    static final String KEYCLOAK = env("KEYCLOAK_URL", "http://localhost:8180/realms/netra/protocol/openid-connect/token");
    static final int RATE = Integer.parseInt(env("RATE", "100"));
    static final int SECONDS = Integer.parseInt(env("SECONDS", "60"));
    static final int SUBSCRIBERS = Integer.parseInt(env("SUBSCRIBERS", "10"));
    static final int WARMUP_SECONDS = Integer.parseInt(env("WARMUP_SECONDS", "20"));
    static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    static final Pattern TIME = Pattern.compile("\"time\"\\s*:\\s*\"([^\"]+)\"");
    static final AtomicInteger REPORTS = new AtomicInteger();
    /** The suite's databases: intake's and integration's, by name after this prefix. */
    static final String DB = env("DB_URL_PREFIX", "jdbc:postgresql://localhost:5432/");
    static final String DB_USER = env("DB_USER", "netra");
    static final String DB_PASSWORD = env("DB_PASSWORD", "netra");

    public static void main(String[] args) throws Exception {
        String partner = token("kipp-balikpapan", "kipp-balikpapan-secret");
        String pemda = token("pemkot-balikpapan", "pemkot-balikpapan-secret");
        System.out.printf("warm-up: %d s at %d reports/s with %d receivers%n", WARMUP_SECONDS, RATE, SUBSCRIBERS);
        phase("warm-up", partner, pemda, SUBSCRIBERS, 0, WARMUP_SECONDS, false);
        phase("every receiver up", partner, pemda, SUBSCRIBERS, 0, SECONDS, true);
        phase("one receiver down", partner, pemda, SUBSCRIBERS - 1, 1, SECONDS, true);
        // the receivers' and the HTTP client's threads would keep the JVM alive
        System.exit(0);
    }

    static void phase(String name, String partner, String pemda, int alive, int dead, int seconds, boolean print)
            throws Exception {
        List<Receiver> receivers = new ArrayList<>();
        List<String> subscriptions = new ArrayList<>();
        for (int i = 0; i < alive; i++) {
            Receiver receiver = new Receiver();
            receivers.add(receiver);
            subscriptions.add(subscribe(pemda, receiver.url()));
        }
        for (int i = 0; i < dead; i++) {
            int port;
            try (ServerSocket socket = new ServerSocket(0)) {
                port = socket.getLocalPort();
            }
            subscriptions.add(subscribe(pemda, "http://127.0.0.1:" + port + "/down"));
        }
        AtomicInteger accepted = new AtomicInteger();
        ScheduledExecutorService pace = Executors.newScheduledThreadPool(4);
        long total = (long) RATE * seconds;
        Instant began = Instant.now();
        AtomicLong sent = new AtomicLong();
        pace.scheduleAtFixedRate(() -> {
            if (sent.incrementAndGet() > total) {
                return;
            }
            HTTP.sendAsync(HttpRequest.newBuilder(URI.create(INTAKE + "/api/v1/reports"))
                    .header("Authorization", "Bearer " + partner).header("Content-Type", "application/json")
                    .timeout(Duration.ofSeconds(30)).POST(HttpRequest.BodyPublishers.ofString(report())).build(),
                    HttpResponse.BodyHandlers.discarding())
                    .thenAccept(response -> {
                        if (response.statusCode() == 201) {
                            accepted.incrementAndGet();
                        }
                    });
        }, 0, 1_000_000 / RATE, TimeUnit.MICROSECONDS);
        Thread.sleep(seconds * 1000L);
        pace.shutdown();
        // let the deliveries drain: until no receiver got anything for 5 s, at most 120 s
        Instant deadline = Instant.now().plusSeconds(120);
        long last = -1;
        while (Instant.now().isBefore(deadline)) {
            Thread.sleep(5_000);
            long now = receivers.stream().mapToLong(r -> r.latencies.size()).sum();
            if (now == last) {
                break;
            }
            last = now;
        }
        if (print) {
            List<Long> all = new ArrayList<>();
            receivers.forEach(r -> all.addAll(r.latencies));
            Collections.sort(all);
            System.out.printf("%n%s: %d reports/s for %d s, %d accepted; %d receivers up, %d down%n", name, RATE,
                    seconds, accepted.get(), alive, dead);
            System.out.printf("  deliveries received: %d (per receiver: %s)%n", all.size(),
                    receivers.stream().map(r -> Integer.toString(r.latencies.size())).toList());
            System.out.printf("  from the event's commit to its arrival: p50 %d ms, p99 %d ms, max %d ms%n",
                    percentile(all, 50), percentile(all, 99), all.isEmpty() ? 0 : all.get(all.size() - 1));
            // to the end of the drain: events committed late in the phase count too
            stages(began, Instant.now());
        }
        for (String id : subscriptions) {
            HTTP.send(HttpRequest.newBuilder(URI.create(INTEGRATION + "/api/v1/webhooks/" + id))
                    .header("Authorization", "Bearer " + pemda).DELETE().build(), HttpResponse.BodyHandlers.discarding());
        }
        receivers.forEach(Receiver::close);
    }

    /** Where the time went for the events committed in [from, to): the stages before the sender. */
    static void stages(Instant from, Instant to) {
        try (Connection intake = DriverManager.getConnection(DB + "intake", DB_USER, DB_PASSWORD);
                Connection integration = DriverManager.getConnection(DB + "integration", DB_USER, DB_PASSWORD)) {
            System.out.printf("  from the commit to Kafka (intake's relay): %s%n",
                    lag(intake, "outbox_event", "published_at", from, to));
            System.out.printf("  from the commit to integration's feed: %s%n",
                    lag(integration, "feed_event", "stored_at", from, to));
        } catch (SQLException e) {
            System.out.println("  (no stage figures: " + e.getMessage() + ")");
        }
    }

    static String lag(Connection db, String table, String column, Instant from, Instant to) throws SQLException {
        try (PreparedStatement query = db.prepareStatement("SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY ms), "
                + "percentile_cont(0.99) WITHIN GROUP (ORDER BY ms), count(*) FROM (SELECT extract(epoch FROM "
                + column + " - occurred_at) * 1000 AS ms FROM " + table + " WHERE occurred_at >= ? AND occurred_at < ? "
                + "AND " + column + " IS NOT NULL) lags")) {
            query.setTimestamp(1, Timestamp.from(from));
            query.setTimestamp(2, Timestamp.from(to));
            try (ResultSet row = query.executeQuery()) {
                row.next();
                return "p50 %.0f ms, p99 %.0f ms (%d events)".formatted(row.getDouble(1), row.getDouble(2),
                        row.getLong(3));
            }
        }
    }

    static long percentile(List<Long> sorted, int p) {
        if (sorted.isEmpty()) {
            return 0;
        }
        int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(index, sorted.size() - 1)));
    }

    static String subscribe(String pemda, String url) throws Exception {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(INTEGRATION + "/api/v1/webhooks"))
                .header("Authorization", "Bearer " + pemda).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"url\":\"" + url + "\"}")).build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 201) {
            throw new IllegalStateException("subscription refused: " + response.body());
        }
        return field(response.body(), "id");
    }

    static String report() {
        int n = REPORTS.incrementAndGet();
        LocalDate born = LocalDate.of(1960, 1, 1).plusDays(n % 9000);
        String nip = "%04d%02d%02d%04d%02d1%03d".formatted(born.getYear(), born.getMonthValue(), born.getDayOfMonth(),
                born.getYear() + 25, born.getMonthValue(), n % 999 + 1);
        LocalDate known = LocalDate.now(ZoneId.of("Asia/Makassar")).minusDays(1);
        return """
                {"electionCode":"DEMO",
                 "reporter":{"name":"Pelapor Benchmark","nik":"6471054505900001","placeOfBirth":"Balikpapan",
                             "dateOfBirth":"1990-05-05","gender":"FEMALE","occupation":"Guru",
                             "address":"Jl. Sudirman 1, Balikpapan","phone":"081234567890","confidential":true},
                 "accused":{"name":"ASN Benchmark %d","nip":"%s","position":"Staf","agency":"Dinas Benchmark",
                            "regionCode":"64.71"},
                 "incident":{"violationCode":"D7","occurredOn":"%s","knownOn":"%s","place":"Balikpapan",
                             "regionCode":"64.71","description":"Uji beban webhook."}}"""
                .formatted(n, nip, known.minusDays(1), known);
    }

    static String token(String client, String secret) throws Exception {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(KEYCLOAK))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials&client_id=" + client
                        + "&client_secret=" + secret)).build(), HttpResponse.BodyHandlers.ofString());
        String token = field(response.body(), "access_token");
        if (token == null) {
            throw new IllegalStateException("no token for " + client + ": " + response.body());
        }
        return token;
    }

    static String field(String json, String name) {
        Matcher matcher = Pattern.compile("\"" + name + "\"\\s*:\\s*\"([^\"]*)\"").matcher(json);
        return matcher.find() ? matcher.group(1) : null;
    }

    static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }

    /** A receiver that answers 200 at once and notes each event's latency (each webhook-id once). */
    static final class Receiver implements AutoCloseable {
        final List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
        final Map<String, Boolean> seen = new ConcurrentHashMap<>();
        final HttpServer server;

        Receiver() throws IOException {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 256);
            server.setExecutor(Executors.newFixedThreadPool(4));
            server.createContext("/hook", exchange -> {
                Instant arrived = Instant.now();
                String body;
                try (InputStream in = exchange.getRequestBody()) {
                    body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                }
                String id = exchange.getRequestHeaders().getFirst("webhook-id");
                Matcher time = TIME.matcher(body);
                if (id != null && seen.putIfAbsent(id, true) == null && time.find()) {
                    latencies.add(Duration.between(Instant.parse(time.group(1)), arrived).toMillis());
                }
                exchange.sendResponseHeaders(200, -1);
                exchange.close();
            });
            server.start();
        }

        String url() {
            return "http://127.0.0.1:" + server.getAddress().getPort() + "/hook";
        }

        @Override
        public void close() {
            server.stop(0);
        }
    }
}
