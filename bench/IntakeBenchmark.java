import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Benchmark of intake-service against a running suite ({@code ./netra up}); run by bench/intake-benchmark.sh, not in
 * CI. Posts partner reports with real Keycloak tokens at full speed and at fixed rates, follows each report to the
 * clarification it opens, and writes the same rows with plain JDBC from as many connections, for comparison.
 * Settings come from environment variables (see the script). Needs only a JDK 17 and the PostgreSQL JDBC driver.
 */
public class IntakeBenchmark {

    static final String INTAKE = env("INTAKE_URL", "http://localhost:8081");
    static final String KEYCLOAK = env("KEYCLOAK_URL", "http://localhost:8180") + "/realms/netra/protocol/openid-connect/token";
    static final String CLIENT_ID = env("CLIENT_ID", "kipp-balikpapan");
    static final String CLIENT_SECRET = env("CLIENT_SECRET", "kipp-balikpapan-secret");
    /**
     * A partner's report waits for Bawaslu's initial review; only a trusted Bawaslu partner's finding is registered at
     * once and goes on to clarification. The clarification phase therefore files findings as this client.
     */
    static final String FINDING_CLIENT_ID = env("FINDING_CLIENT_ID", "bawaslu-monitor");
    static final String FINDING_CLIENT_SECRET = env("FINDING_CLIENT_SECRET", "bawaslu-monitor-secret");
    static final String DB_URL = env("DB_URL", "jdbc:postgresql://localhost:5432/intake");
    static final String CLARIFICATION_DB_URL = env("CLARIFICATION_DB_URL", "jdbc:postgresql://localhost:5432/clarification");
    static final String DB_USER = env("DB_USER", "netra");
    static final String DB_PASSWORD = env("DB_PASSWORD", "netra");
    // the local run's demo election takes this week's acts; a past election refuses them as outside its period
    static final String ELECTION = env("ELECTION", "DEMO");
    static final int THREADS = Integer.parseInt(env("THREADS", "8"));
    static final int FULL_SPEED_SECONDS = Integer.parseInt(env("FULL_SPEED_SECONDS", "20"));
    static final int LATENCY_RATE = Integer.parseInt(env("LATENCY_RATE", "200"));
    static final int CLARIFICATION_RATE = Integer.parseInt(env("CLARIFICATION_RATE", "100"));
    static final int RATE_SECONDS = Integer.parseInt(env("RATE_SECONDS", "20"));
    static final int WARMUP_SECONDS = Integer.parseInt(env("WARMUP_SECONDS", "60"));
    static final int SETTLE_SECONDS = Integer.parseInt(env("SETTLE_SECONDS", "10"));
    /** Which phases run, in their fixed order: clarification, rate, full, baseline (the baseline needs full). */
    static final List<String> PHASES = List.of(env("PHASES", "clarification,rate,full,baseline").split(","));
    /** The case numbers the baseline writes use this year, so they never meet the service's own and are removed. */
    static final int BASELINE_YEAR = 9999;

    static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    static final java.util.function.Consumer<Result> NOTHING = accepted -> {
    };
    /**
     * Each run starts at a random birth date in 1960-1998, so that two runs on the same database rarely share a NIP: a
     * report with a NIP and act filed before joins that case instead of opening one (and is not registered again).
     */
    static final AtomicLong NIP_SEQUENCE = new AtomicLong(ThreadLocalRandom.current().nextInt(0, 14_000) * 999L);

    public static void main(String[] args) throws Exception {
        String onlyBaseline = System.getenv("BASELINE_TEMPLATE_REPORT");
        if (onlyBaseline != null) {
            // the baseline alone, copying a report already filed (to repeat it, or to check it without the suite)
            baseline(UUID.fromString(onlyBaseline), Integer.parseInt(env("BASELINE_REPORTS", "1000")));
            System.exit(0);
        }
        Token partner = new Token(() -> form("grant_type", "client_credentials", "client_id", CLIENT_ID,
                "client_secret", CLIENT_SECRET));
        Token finder = new Token(() -> form("grant_type", "client_credentials", "client_id", FINDING_CLIENT_ID,
                "client_secret", FINDING_CLIENT_SECRET));
        partner.get();
        finder.get();
        System.out.printf("intake %s, clarification database %s, client %s, %d threads%n", INTAKE, CLARIFICATION_DB_URL, CLIENT_ID,
                THREADS);

        // the JIT of four JVMs on two cores takes minutes to settle: the warm-up runs every path the phases measure,
        // findings through clarification and sanction at half the clarification rate, then partner reports at full
        // speed; a shorter warm-up measures the compiler
        System.out.printf("warm-up %d s ...%n", WARMUP_SECONDS);
        fixedRate(finder, true, Math.max(1, CLARIFICATION_RATE / 2), WARMUP_SECONDS, NOTHING);
        fullSpeed(partner, Math.max(1, WARMUP_SECONDS / 10));

        // the latency to the clarification is measured first, on a pipeline that has caught up with the warm-up: the
        // phases after it overload intake on purpose, and their backlog of events would be measured instead
        if (PHASES.contains("clarification")) {
            settle();
            Follower follower = new Follower();
            Run followed = fixedRate(finder, true, CLARIFICATION_RATE, RATE_SECONDS, follower::follow);
            System.out.printf("%nfindings of %s at a fixed rate %d/s, %d s: %d accepted; latency p50 %.1f ms, p99 %.1f ms%n",
                    FINDING_CLIENT_ID, CLARIFICATION_RATE, RATE_SECONDS, followed.accepted.size(), followed.percentile(50),
                    followed.percentile(99));
            follower.report(followed.accepted.size());
        }
        // the fixed rate before full speed too: the backlog that full speed leaves would be measured instead
        if (PHASES.contains("rate")) {
            settle();
            Run steady = fixedRate(partner, false, LATENCY_RATE, RATE_SECONDS, NOTHING);
            System.out.printf("%nfixed rate %d/s, %d s: %d accepted, %d refused (%.1f/s); latency p50 %.1f ms, p99 %.1f ms,"
                    + " max %.1f ms (from the planned send time)%n", LATENCY_RATE, RATE_SECONDS, steady.accepted.size(),
                    steady.refused.get(), steady.perSecond(), steady.percentile(50), steady.percentile(99),
                    steady.percentile(100));
        }
        Run full = null;
        if (PHASES.contains("full")) {
            full = fullSpeed(partner, FULL_SPEED_SECONDS);
            System.out.printf("%nfull speed, %d threads, %d s: %d accepted, %d refused -> %.1f accepted reports/s;"
                    + " latency p50 %.1f ms, p99 %.1f ms, max %.1f ms%n", THREADS, FULL_SPEED_SECONDS, full.accepted.size(),
                    full.refused.get(), full.perSecond(), full.percentile(50), full.percentile(99), full.percentile(100));
        }
        if (full != null && PHASES.contains("baseline")) {
            // on a machine that no longer works off the full-speed backlog, as the service's own run began
            awaitOutboxDrained();
            settle();
            double baseline = baseline(UUID.fromString(full.accepted.get(full.accepted.size() - 1).reportId()),
                    full.accepted.size());
            System.out.printf("%nratio: service %.1f accepted reports/s / plain SQL %.1f reports/s = %.0f %%%n",
                    full.perSecond(), baseline, 100 * full.perSecond() / baseline);
        }
        System.exit(0);
    }

    /** Waits (at most 5 minutes) until intake's relay published every event the run caused. */
    static void awaitOutboxDrained() throws SQLException, InterruptedException {
        Instant giveUp = Instant.now().plus(Duration.ofMinutes(5));
        try (Connection connection = DriverManager.getConnection(DB_URL, DB_USER, DB_PASSWORD);
                PreparedStatement pending = connection.prepareStatement(
                        "SELECT count(*) FROM outbox_event WHERE published_at IS NULL")) {
            while (Instant.now().isBefore(giveUp)) {
                try (ResultSet row = pending.executeQuery()) {
                    row.next();
                    if (row.getLong(1) == 0) {
                        return;
                    }
                }
                TimeUnit.SECONDS.sleep(1);
            }
        }
    }

    static void settle() throws InterruptedException {
        System.out.printf("settling %d s ...%n", SETTLE_SECONDS);
        Thread.sleep(SETTLE_SECONDS * 1000L);
    }

    // --- the service

    /** One report: a new accused (unique NIP) each time, so every report opens its own case. */
    static String report(boolean finding) {
        long n = NIP_SEQUENCE.getAndIncrement();
        LocalDate born = LocalDate.of(1960, 1, 1).plusDays(n / 999);
        String nip = "%04d%02d%02d%04d%02d1%03d".formatted(born.getYear(), born.getMonthValue(), born.getDayOfMonth(),
                born.getYear() + 25, born.getMonthValue(), n % 999 + 1);
        // known yesterday in Balikpapan: always within the filing deadline
        LocalDate known = LocalDate.now(ZoneId.of("Asia/Makassar")).minusDays(1);
        return """
                {"electionCode":"%s",%s
                 "reporter":{"name":"Pelapor Benchmark","nik":"6471054505900001","placeOfBirth":"Balikpapan",
                             "dateOfBirth":"1990-05-05","gender":"FEMALE","occupation":"Guru",
                             "address":"Jl. Sudirman 1, Balikpapan","phone":"081234567890","confidential":true},
                 "accused":{"name":"ASN Benchmark %d","nip":"%s","position":"Staf","agency":"Dinas Benchmark",
                            "regionCode":"64.71"},
                 "incident":{"violationCode":"D7","occurredOn":"%s","knownOn":"%s","place":"Balikpapan",
                             "regionCode":"64.71","description":"Laporan uji beban intake-service."}}"""
                .formatted(ELECTION, finding ? "\"channel\":\"BAWASLU_FINDING\"," : "", n, nip, known.minusDays(1),
                        known);
    }

    static Result post(Token token, boolean finding) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(INTAKE + "/api/v1/reports"))
                .header("Authorization", "Bearer " + token.get()).header("Content-Type", "application/json")
                .timeout(Duration.ofSeconds(30)).POST(HttpRequest.BodyPublishers.ofString(report(finding))).build();
        try {
            HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
            Instant answered = Instant.now();
            if (response.statusCode() / 100 == 2) {
                return new Result(true, field(response.body(), "caseNumber"), field(response.body(), "reportId"),
                        answered, response.statusCode());
            }
            return new Result(false, response.body(), null, answered, response.statusCode());
        } catch (Exception e) {
            return new Result(false, e.toString(), null, Instant.now(), 0);
        }
    }

    static Run fullSpeed(Token token, int seconds) throws InterruptedException {
        Run run = new Run();
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        long start = System.nanoTime();
        for (int t = 0; t < THREADS; t++) {
            pool.execute(() -> {
                while (System.nanoTime() < end) {
                    long sent = System.nanoTime();
                    Result result = post(token, false);
                    run.record(result, (System.nanoTime() - sent) / 1e6);
                }
            });
        }
        pool.shutdown();
        pool.awaitTermination(seconds + 60L, TimeUnit.SECONDS);
        run.elapsedSeconds = (System.nanoTime() - start) / 1e9;
        return run;
    }

    /** Sends on a fixed schedule; latency counts from the planned send time, so a stall is not hidden. */
    static Run fixedRate(Token token, boolean findings, int perSecond, int seconds,
            java.util.function.Consumer<Result> onAccepted)
            throws InterruptedException {
        Run run = new Run();
        int total = perSecond * seconds;
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(THREADS, perSecond / 2));
        CountDownLatch done = new CountDownLatch(total);
        long start = System.nanoTime();
        for (int i = 0; i < total; i++) {
            long planned = start + (long) (i * 1e9 / perSecond);
            long wait = planned - System.nanoTime();
            if (wait > 0) {
                TimeUnit.NANOSECONDS.sleep(wait);
            }
            pool.execute(() -> {
                Result result = post(token, findings);
                run.record(result, (System.nanoTime() - planned) / 1e6);
                if (result.ok()) {
                    onAccepted.accept(result);
                }
                done.countDown();
            });
        }
        done.await(seconds + 120L, TimeUnit.SECONDS);
        run.elapsedSeconds = (System.nanoTime() - start) / 1e9;
        pool.shutdownNow();
        return run;
    }

    /**
     * Follows each accepted report to its clarification: from the 2xx to the clarification's own openedAt, stamped by
     * clarification-service when it opened it (same machine clock, so it can be slightly negative when the case opened
     * before the answer arrived). The openedAt values are read from clarification-service's database after the run,
     * a few queries in all: polling its API for every case would load the machine the pipeline runs on.
     */
    static final class Follower {
        private final Map<String, Instant> answered = new java.util.concurrent.ConcurrentHashMap<>();
        private final Duration timeout = Duration.ofSeconds(Long.parseLong(env("CLARIFICATION_TIMEOUT_SECONDS", "30")));

        void follow(Result accepted) {
            answered.put(accepted.caseNumber(), accepted.answered());
        }

        void report(int accepted) throws SQLException, InterruptedException {
            Map<String, Instant> opened = new HashMap<>();
            Instant giveUp = Instant.now().plus(timeout);
            try (Connection connection = DriverManager.getConnection(CLARIFICATION_DB_URL, DB_USER, DB_PASSWORD);
                    PreparedStatement query = connection.prepareStatement(
                            "SELECT case_number, opened_at FROM clarification WHERE case_number = ANY(?)")) {
                while (opened.size() < answered.size() && Instant.now().isBefore(giveUp)) {
                    List<String> waiting = answered.keySet().stream().filter(number -> !opened.containsKey(number))
                            .toList();
                    query.setArray(1, connection.createArrayOf("text", waiting.toArray()));
                    try (ResultSet rows = query.executeQuery()) {
                        while (rows.next()) {
                            opened.put(rows.getString(1), rows.getTimestamp(2).toInstant());
                        }
                    }
                    if (opened.size() < answered.size()) {
                        TimeUnit.MILLISECONDS.sleep(500);
                    }
                }
            }
            List<Double> latencies = new ArrayList<>();
            opened.forEach((number, at) -> latencies.add(Duration.between(answered.get(number), at).toNanos() / 1e6));
            System.out.printf("2xx -> clarification opened (openedAt), %d of %d: p50 %.1f ms, p99 %.1f ms, max %.1f ms;"
                    + " not opened within %d s: %d%n", latencies.size(), accepted, percentile(latencies, 50),
                    percentile(latencies, 99), percentile(latencies, 100), timeout.toSeconds(),
                    answered.size() - opened.size());
        }
    }

    // --- the plain-SQL baseline

    /**
     * The rows one accepted report writes (case sequence, case, report, its timeline steps, the outbox event), written
     * with plain JDBC, one transaction per report, from as many connections as the service run had threads. The rows
     * are copied from a report the service wrote in this run (so any column the schema gains is filled alike) and
     * removed afterwards; the copied outbox rows are marked published so the relay leaves them alone.
     */
    static double baseline(UUID templateReport, int reports) throws SQLException, InterruptedException {
        Map<String, String> inserts = new LinkedHashMap<>();
        UUID caseId;
        UUID eventId;
        try (Connection connection = DriverManager.getConnection(DB_URL, DB_USER, DB_PASSWORD)) {
            try (PreparedStatement find = connection.prepareStatement("SELECT case_id FROM report WHERE id = ?")) {
                find.setObject(1, templateReport);
                try (ResultSet row = find.executeQuery()) {
                    row.next();
                    caseId = (UUID) row.getObject(1);
                }
            }
            // the template's event, found once: copying it by its key keeps the baseline from scanning the outbox
            try (PreparedStatement find = connection.prepareStatement(
                    "SELECT id FROM outbox_event WHERE aggregate_id = ? ORDER BY seq LIMIT 1")) {
                find.setString(1, caseId.toString());
                try (ResultSet row = find.executeQuery()) {
                    row.next();
                    eventId = (UUID) row.getObject(1);
                }
            }
            inserts.put("case_file", copy(connection, "case_file", Map.of("id", "?", "case_number", "?"), "id = ?"));
            inserts.put("report", copy(connection, "report", Map.of("id", "?", "case_id", "?", "tracking_code", "?"),
                    "id = ?"));
            inserts.put("timeline_entry", copy(connection, "timeline_entry",
                    Map.of("id", "gen_random_uuid()", "case_id", "?", "event_id", "NULL"), "case_id = ? AND source = 'intake'"));
            inserts.put("outbox_event", copy(connection, "outbox_event", Map.of("id", "gen_random_uuid()",
                    "aggregate_id", "?", "subject", "?", "published_at", "now()", "seq", ""), "id = ?"));
        }
        AtomicInteger next = new AtomicInteger();
        AtomicInteger failed = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        long start = System.nanoTime();
        for (int t = 0; t < THREADS; t++) {
            pool.execute(() -> {
                try (Connection connection = DriverManager.getConnection(DB_URL, DB_USER, DB_PASSWORD)) {
                    connection.setAutoCommit(false);
                    PreparedStatement sequence = connection.prepareStatement("INSERT INTO case_sequence (region_code, year,"
                            + " last_value) VALUES ('64.71', " + BASELINE_YEAR + ", 1) ON CONFLICT (region_code, year) DO"
                            + " UPDATE SET last_value = case_sequence.last_value + 1 RETURNING last_value");
                    PreparedStatement caseFile = connection.prepareStatement(inserts.get("case_file"));
                    PreparedStatement report = connection.prepareStatement(inserts.get("report"));
                    PreparedStatement timeline = connection.prepareStatement(inserts.get("timeline_entry"));
                    PreparedStatement outbox = connection.prepareStatement(inserts.get("outbox_event"));
                    while (next.getAndIncrement() < reports) {
                        try {
                            int number;
                            try (ResultSet row = sequence.executeQuery()) {
                                row.next();
                                number = row.getInt(1);
                            }
                            UUID newCase = UUID.randomUUID();
                            String caseNumber = "64.71-%d-%06d".formatted(BASELINE_YEAR, number);
                            caseFile.setObject(1, newCase);
                            caseFile.setString(2, caseNumber);
                            caseFile.setObject(3, caseId);
                            caseFile.executeUpdate();
                            report.setObject(1, UUID.randomUUID());
                            report.setObject(2, newCase);
                            report.setString(3, "BENCH-" + UUID.randomUUID());
                            report.setObject(4, templateReport);
                            report.executeUpdate();
                            timeline.setObject(1, newCase);
                            timeline.setObject(2, caseId);
                            timeline.executeUpdate();
                            outbox.setString(1, newCase.toString());
                            outbox.setString(2, caseNumber);
                            outbox.setObject(3, eventId);
                            outbox.executeUpdate();
                            connection.commit();
                        } catch (SQLException e) {
                            connection.rollback();
                            if (failed.getAndIncrement() == 0) {
                                System.out.println("baseline insert failed: " + e.getMessage());
                            }
                        }
                    }
                } catch (SQLException e) {
                    System.out.println("baseline connection failed: " + e.getMessage());
                }
            });
        }
        pool.shutdown();
        pool.awaitTermination(10, TimeUnit.MINUTES);
        double seconds = (System.nanoTime() - start) / 1e9;
        double perSecond = (reports - failed.get()) / seconds;
        System.out.printf("%nplain SQL baseline, %d connections: %d reports (%d failed) in %.1f s -> %.1f reports/s%n",
                THREADS, reports - failed.get(), failed.get(), seconds, perSecond);
        try (Connection connection = DriverManager.getConnection(DB_URL, DB_USER, DB_PASSWORD);
                var statement = connection.createStatement()) {
            String cases = "SELECT id FROM case_file WHERE case_number LIKE '64.71-" + BASELINE_YEAR + "-%'";
            statement.executeUpdate("DELETE FROM outbox_event WHERE subject LIKE '64.71-" + BASELINE_YEAR + "-%'");
            statement.executeUpdate("DELETE FROM timeline_entry WHERE case_id IN (" + cases + ")");
            statement.executeUpdate("DELETE FROM report WHERE case_id IN (" + cases + ")");
            statement.executeUpdate("DELETE FROM case_file WHERE case_number LIKE '64.71-" + BASELINE_YEAR + "-%'");
            statement.executeUpdate("DELETE FROM case_sequence WHERE year = " + BASELINE_YEAR);
        }
        return perSecond;
    }

    /**
     * {@code INSERT INTO t (all columns) SELECT <override or column> FROM t WHERE <where> LIMIT n}: a copy of the
     * template's rows with the given columns replaced (an empty replacement leaves the column to its default). The
     * parameters are the replacements in column order, then the where clause's.
     */
    static String copy(Connection connection, String table, Map<String, String> overrides, String where)
            throws SQLException {
        List<String> columns = new ArrayList<>();
        List<String> values = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement("SELECT column_name FROM information_schema.columns"
                + " WHERE table_schema = current_schema() AND table_name = ? ORDER BY ordinal_position")) {
            query.setString(1, table);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    String column = rows.getString(1);
                    if ("".equals(overrides.get(column))) {
                        continue;
                    }
                    columns.add(column);
                    values.add(overrides.getOrDefault(column, column));
                }
            }
        }
        // parameters must come in the order of the override map's columns as they appear in the table
        return "INSERT INTO " + table + " (" + String.join(", ", columns) + ") SELECT " + String.join(", ", values)
                + " FROM " + table + " WHERE " + where;
    }

    // --- small helpers

    static String field(String json, String name) {
        Matcher matcher = Pattern.compile("\"" + name + "\"\\s*:\\s*\"([^\"]*)\"").matcher(json);
        return matcher.find() ? matcher.group(1) : null;
    }

    static String form(String... pairs) {
        StringBuilder body = new StringBuilder();
        for (int i = 0; i < pairs.length; i += 2) {
            body.append(i == 0 ? "" : "&").append(pairs[i]).append('=')
                    .append(URLEncoder.encode(pairs[i + 1], StandardCharsets.UTF_8));
        }
        return body.toString();
    }

    static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }

    static double percentile(List<Double> values, double p) {
        List<Double> sorted;
        synchronized (values) {
            sorted = new ArrayList<>(values);
        }
        if (sorted.isEmpty()) {
            return Double.NaN;
        }
        Collections.sort(sorted);
        int index = (int) Math.ceil(p / 100 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index)));
    }

    record Result(boolean ok, String caseNumber, String reportId, Instant answered, int status) {
    }

    /** The outcome of one phase. */
    static final class Run {
        final List<Result> accepted = Collections.synchronizedList(new ArrayList<>());
        final List<Double> latencies = Collections.synchronizedList(new ArrayList<>());
        final AtomicInteger refused = new AtomicInteger();
        final ConcurrentLinkedQueue<String> firstRefusals = new ConcurrentLinkedQueue<>();
        double elapsedSeconds;

        void record(Result result, double millis) {
            if (result.ok()) {
                accepted.add(result);
                latencies.add(millis);
            } else {
                refused.incrementAndGet();
                if (firstRefusals.size() < 3) {
                    firstRefusals.add(result.status() + " " + result.caseNumber());
                    System.out.println("refused: " + result.status() + " " + result.caseNumber());
                }
            }
        }

        double perSecond() {
            return accepted.size() / elapsedSeconds;
        }

        double percentile(double p) {
            return IntakeBenchmark.percentile(latencies, p);
        }
    }

    /** An access token from Keycloak, renewed a little before it expires. */
    static final class Token {
        private final java.util.function.Supplier<String> grant;
        private String value;
        private Instant renewAt = Instant.EPOCH;

        Token(java.util.function.Supplier<String> grant) {
            this.grant = grant;
        }

        synchronized String get() {
            if (Instant.now().isAfter(renewAt)) {
                try {
                    HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(KEYCLOAK))
                            .header("Content-Type", "application/x-www-form-urlencoded")
                            .POST(HttpRequest.BodyPublishers.ofString(grant.get())).build(),
                            HttpResponse.BodyHandlers.ofString());
                    value = field(response.body(), "access_token");
                    if (value == null) {
                        throw new IllegalStateException("no token from Keycloak: " + response.body());
                    }
                    Matcher expires = Pattern.compile("\"expires_in\"\\s*:\\s*(\\d+)").matcher(response.body());
                    long seconds = expires.find() ? Long.parseLong(expires.group(1)) : 60;
                    renewAt = Instant.now().plusSeconds(Math.max(10, seconds - 30));
                } catch (java.io.IOException e) {
                    throw new IllegalStateException("Keycloak not reachable at " + KEYCLOAK, e);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException(e);
                }
            }
            return value;
        }
    }
}
