import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * intake's case list at the size the database has (seed it with bench/seed-cases.sh): every combination of the
 * filters, as a national admin and as a province's Inspektorat (whose scope covers its kabupaten/kota), the first page
 * of 50 and the page after it. Prints p50 and p99 per combination, the worst ones, and PostgreSQL's plan of the
 * slowest for a statement written after the service's (all columns, the filters, ordered by case number, 50 rows),
 * with the values in place: the service binds them as parameters, and its plans may differ (a cached generic plan).
 */
public class ListBenchmark {

    static final String INTAKE = env("INTAKE_URL", "http://localhost:8081");
    static final String CLARIFICATION = env("CLARIFICATION_URL", "http://localhost:8082");
    static final String SANCTION = env("SANCTION_URL", "http://localhost:8083");
    static final String TOKEN_URL = env("KEYCLOAK_URL", "http://localhost:8180") + "/realms/netra/protocol/openid-connect/token";
    static final String DB_URL = env("DB_URL", "jdbc:postgresql://localhost:5432/intake");
    static final int ROUNDS = Integer.parseInt(env("ROUNDS", "20"));
    static final int WARMUP_ROUNDS = Integer.parseInt(env("WARMUP_ROUNDS", "5"));
    static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    static final Pattern NEXT = Pattern.compile("\"next\":\"([^\"]+)\"");

    record Combination(String caller, Map<String, String> filters, boolean secondPage) {
        String label() {
            String f = filters.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining("&"));
            return caller + (f.isEmpty() ? " (no filter)" : " " + f) + (secondPage ? " [page 2]" : "");
        }
    }

    /** {@code after}: the cursor of the measured page, null for the first. */
    record Figure(Combination combination, double p50, double p99, int rows, String after) {
    }

    public static void main(String[] args) throws Exception {
        if (!env("PARTS", "cases,others").contains("cases")) {
            otherServices();
            return;
        }
        Map<String, String> tokens = new LinkedHashMap<>();
        tokens.put("admin", token("admin"));
        tokens.put("inspektorat.kaltim", token("inspektorat.kaltim"));
        long cases;
        try (Connection connection = DriverManager.getConnection(DB_URL, env("DB_USER", "netra"), env("DB_PASSWORD", "netra"));
                Statement statement = connection.createStatement(); ResultSet count = statement.executeQuery("SELECT count(*) FROM case_file")) {
            count.next();
            cases = count.getLong(1);
        }
        System.out.printf("intake's case list with %,d cases in the database, %d rounds per combination%n", cases, ROUNDS);

        List<Combination> combinations = new ArrayList<>();
        for (String caller : tokens.keySet()) {
            for (Map<String, String> filters : filterCombinations()) {
                combinations.add(new Combination(caller, filters, false));
                combinations.add(new Combination(caller, filters, true));
            }
        }
        List<Figure> figures = new ArrayList<>();
        for (Combination combination : combinations) {
            figures.add(measure(combination, tokens.get(combination.caller())));
        }
        List<Double> p99s = figures.stream().map(Figure::p99).sorted().toList();
        figures.sort(Comparator.comparingDouble(Figure::p99).reversed());
        System.out.printf("%d combinations; p99 over combinations: median %.1f ms, worst %.1f ms (target < 20 ms)%n",
                figures.size(), p99s.get(p99s.size() / 2), p99s.get(p99s.size() - 1));
        System.out.println("the ten slowest (p50 / p99, rows on the page):");
        figures.stream().limit(10).forEach(f -> System.out.printf("  %7.1f / %7.1f ms  %3d rows  %s%n", f.p50(), f.p99(),
                f.rows(), f.combination().label()));
        try (Connection connection = DriverManager.getConnection(DB_URL, env("DB_USER", "netra"), env("DB_PASSWORD", "netra"))) {
            try (Statement statement = connection.createStatement()) {
                // as the service's connections do (the kit's configuration)
                statement.execute("SET max_parallel_workers_per_gather = 0");
            }
            for (Figure figure : figures.subList(0, Math.min(3, figures.size()))) {
                System.out.println();
                System.out.println("plan of " + figure.combination().label() + ":");
                try (Statement statement = connection.createStatement();
                        ResultSet plan = statement.executeQuery("EXPLAIN (ANALYZE, BUFFERS) " + sql(figure))) {
                    while (plan.next()) {
                        System.out.println("  " + plan.getString(1));
                    }
                }
            }
        }
        if (env("PARTS", "cases,others").contains("others")) {
            otherServices();
        }
    }

    /**
     * The other services' lists and the statistics, at whatever size their databases have (bench/seed-cases.sh fills
     * them for the seeded cases): each filter as a national caller and as a province's, first page and the next.
     */
    static void otherServices() throws Exception {
        Map<String, String> tokens = new LinkedHashMap<>();
        for (String user : new String[] { "admin", "inspektorat.kaltim" }) {
            tokens.put(user, token(user));
        }
        tokens.put("pemprov-kaltim", clientToken("pemprov-kaltim", "pemprov-kaltim-secret"));
        List<String[]> probes = new ArrayList<>();
        for (String caller : new String[] { "admin", "inspektorat.kaltim" }) {
            for (String filter : new String[] { "", "status=OPEN", "status=CONCLUDED", "overdue=true", "overdue=false" }) {
                probes.add(new String[] { caller, CLARIFICATION + "/api/v1/clarifications?limit=50&" + filter });
            }
        }
        for (String caller : new String[] { "admin", "pemprov-kaltim" }) {
            for (String filter : new String[] { "", "status=ISSUED", "status=DECIDED", "status=CLOSED", "overdue=true",
                    "overdue=false", "region=64.71", "region=64" }) {
                probes.add(new String[] { caller, SANCTION + "/api/v1/recommendations?limit=50&" + filter });
            }
        }
        // blocks are BKN's and the admins' (and the PPK's own region's)
        for (String filter : new String[] { "", "active=true", "active=false" }) {
            probes.add(new String[] { "admin", SANCTION + "/api/v1/blocks?limit=50&" + filter });
        }
        for (String caller : tokens.keySet()) {
            for (String filter : new String[] { "", "election=PILKADA_2024", "region=64.71" }) {
                probes.add(new String[] { caller, SANCTION + "/api/v1/statistics?" + filter });
            }
        }
        System.out.printf("%nthe other services' lists (first page and the next) and the statistics, %d rounds each%n",
                ROUNDS);
        List<double[]> all = new ArrayList<>();
        for (String[] probe : probes) {
            String token = tokens.get(probe[0]);
            boolean list = !probe[1].contains("/statistics");
            String url = probe[1].endsWith("&") || probe[1].endsWith("?") ? probe[1].substring(0, probe[1].length() - 1)
                    : probe[1];
            for (boolean second : list ? new boolean[] { false, true } : new boolean[] { false }) {
                String target = url;
                if (second) {
                    Matcher next = NEXT.matcher(get(url, token));
                    if (!next.find()) {
                        continue;
                    }
                    target = url + "&after=" + URLEncoder.encode(next.group(1), StandardCharsets.UTF_8);
                }
                List<Double> times = new ArrayList<>();
                for (int round = 0; round < WARMUP_ROUNDS + ROUNDS; round++) {
                    long started = System.nanoTime();
                    get(target, token);
                    if (round >= WARMUP_ROUNDS) {
                        times.add((System.nanoTime() - started) / 1e6);
                    }
                }
                double p99 = percentile(times, 99);
                all.add(new double[] { p99, list ? 1 : 0 });
                System.out.printf("  %7.1f / %7.1f ms  %-18s %s%s%n", percentile(times, 50), p99, probe[0],
                        url.replaceFirst("^https?://[^/]+", ""), second ? " [page 2]" : "");
            }
        }
        System.out.printf("worst p99: lists %.1f ms (target < 20 ms), statistics %.1f ms (target < 100 ms)%n",
                all.stream().filter(f -> f[1] == 1).mapToDouble(f -> f[0]).max().orElse(0),
                all.stream().filter(f -> f[1] == 0).mapToDouble(f -> f[0]).max().orElse(0));
    }

    static String clientToken(String client, String secret) throws Exception {
        return requestToken("grant_type=client_credentials&client_id=" + client + "&client_secret=" + secret);
    }

    /** status, election, violation, overdue and a received range, each on or off; the region none, a city or a province. */
    static List<Map<String, String>> filterCombinations() {
        List<Map<String, String>> all = new ArrayList<>();
        for (String region : new String[] { null, "64.71", "64" }) {
            for (int mask = 0; mask < 32; mask++) {
                Map<String, String> filters = new LinkedHashMap<>();
                if (region != null) filters.put("region", region);
                if ((mask & 1) != 0) filters.put("status", "KLARIFIKASI");
                if ((mask & 2) != 0) filters.put("election", "PILKADA_2024");
                if ((mask & 4) != 0) filters.put("violation", "D7");
                if ((mask & 8) != 0) filters.put("overdue", "true");
                if ((mask & 16) != 0) {
                    filters.put("receivedFrom", "2024-10-01");
                    filters.put("receivedTo", "2024-10-31");
                }
                all.add(filters);
            }
        }
        return all;
    }

    static Figure measure(Combination combination, String token) throws Exception {
        String query = combination.filters().entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
        String first = INTAKE + "/api/v1/cases?limit=50" + (query.isEmpty() ? "" : "&" + query);
        String url = first;
        String after = null;
        if (combination.secondPage()) {
            Matcher next = NEXT.matcher(get(first, token));
            if (!next.find()) {
                return new Figure(combination, 0, 0, 0, null);
            }
            after = next.group(1);
            url = first + "&after=" + URLEncoder.encode(after, StandardCharsets.UTF_8);
        }
        List<Double> times = new ArrayList<>();
        String body = "";
        for (int round = 0; round < WARMUP_ROUNDS + ROUNDS; round++) {
            long started = System.nanoTime();
            body = get(url, token);
            if (round >= WARMUP_ROUNDS) {
                times.add((System.nanoTime() - started) / 1e6);
            }
        }
        int rows = body.split("\"caseNumber\"", -1).length - 1;
        return new Figure(combination, percentile(times, 50), percentile(times, 99), rows, after);
    }

    /**
     * The statement the service's list runs for these filters (CaseRepository.list), for EXPLAIN: regions as ranges of
     * case numbers, the other filters as words of the facets' array, with the regions' words beside them.
     */
    static String sql(Figure figure) {
        Combination combination = figure.combination();
        List<String> conditions = new ArrayList<>();
        List<String> regions = new ArrayList<>();
        List<String> facets = new ArrayList<>();
        if (figure.after() != null) {
            conditions.add("case_number > '" + figure.after() + "'");
        }
        if (combination.caller().equals("inspektorat.kaltim")) {
            regions.add("64");
        }
        combination.filters().forEach((name, value) -> {
            switch (name) {
                case "region" -> regions.add(value);
                case "status" -> facets.add("s:" + value);
                case "election" -> facets.add("e:" + value);
                case "violation" -> facets.add("v:" + value);
                case "overdue" -> {
                    conditions.add("review_due_at <= now()");
                    facets.add("s:KAJIAN_AWAL");
                }
                case "receivedFrom" -> conditions.add("received_on >= '" + value + "'");
                case "receivedTo" -> conditions.add("received_on <= '" + value + "'");
                default -> throw new IllegalArgumentException(name);
            }
        });
        for (String region : regions) {
            boolean province = region.length() == 2;
            conditions.add("case_number >= '" + region + "-' AND case_number < '" + region + (province ? "/" : ".") + "'");
            if (!facets.isEmpty()) {
                facets.add((province ? "p:" : "r:") + region);
            }
        }
        if (!facets.isEmpty()) {
            conditions.add("facets @> ARRAY['" + String.join("','", facets.stream().distinct().toList()) + "']");
        }
        return "SELECT * FROM case_file" + (conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions))
                + " ORDER BY case_number LIMIT 50";
    }

    static String get(String url, String token) throws Exception {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(url))
                .header("Authorization", "Bearer " + token).GET().build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException(url + " answered " + response.statusCode() + ": " + response.body());
        }
        return response.body();
    }

    static String token(String user) throws Exception {
        return requestToken("grant_type=password&client_id=netra-cli&username=" + user + "&password=demo");
    }

    static String requestToken(String form) throws Exception {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(TOKEN_URL))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        Matcher token = Pattern.compile("\"access_token\":\"([^\"]+)\"").matcher(response.body());
        if (!token.find()) {
            throw new IllegalStateException("no token for " + form.replaceAll("secret=[^&]*", "secret=…") + ": "
                    + response.body());
        }
        return token.group(1);
    }

    static double percentile(List<Double> values, double p) {
        List<Double> sorted = values.stream().sorted().toList();
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100 * sorted.size()) - 1));
    }

    static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
