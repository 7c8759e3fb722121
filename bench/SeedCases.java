import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Fills intake's database with N cases for the list benchmark, in set-based SQL (a million in about a minute): each
 * case with one report, spread over every regency of the region list, the four elections, the violation codes and the
 * statuses in proportions like a busy election year's (most cases settled, a few under review). Case numbers
 * continue each region's sequence and the sequence is moved past them, so the running service goes on numbering
 * without a clash. Every seeded row is marked (submitted by {@code bench-seed}) and {@code REMOVE=true} takes them
 * out again.
 *
 * <p>
 * Only intake is seeded: clarification's and sanction's rows for these cases are not written (yet), so their lists
 * are not measured at this size.
 */
public class SeedCases {

    static final String DB_URL = env("DB_URL", "jdbc:postgresql://localhost:5432/intake");
    static final String DB_USER = env("DB_USER", "netra");
    static final String DB_PASSWORD = env("DB_PASSWORD", "netra");
    static final int CASES = Integer.parseInt(env("CASES", "1000000"));
    static final boolean REMOVE = Boolean.parseBoolean(env("REMOVE", "false"));
    static final String SEED = "bench-seed";

    public static void main(String[] args) throws Exception {
        try (Connection connection = DriverManager.getConnection(DB_URL, DB_USER, DB_PASSWORD);
                Statement statement = connection.createStatement()) {
            connection.setAutoCommit(false);
            long started = System.nanoTime();
            if (REMOVE) {
                int reports = statement.executeUpdate("DELETE FROM report WHERE submitted_by = '" + SEED + "'");
                int cases = statement.executeUpdate("DELETE FROM case_file WHERE accused_name LIKE 'Seed ASN %'");
                connection.commit();
                System.out.printf("removed %d seeded cases and %d reports in %.1f s%n", cases, reports, seconds(started));
                return;
            }
            regions(connection);
            // one pass computes every case's attributes; the case and its report are then written from it
            statement.execute("""
                    CREATE TEMP TABLE seed ON COMMIT DROP AS
                    SELECT i, gen_random_uuid() AS case_id, gen_random_uuid() AS report_id,
                           r.code AS region_code, e.code AS election_code, e.year,
                           (ARRAY['KE1','KE2','KE3','KE4','KE5','KE6','KE7','D1','D2','D3','D4','D5','D6','D7','D8',
                                  'D9','D10','D11','D12','D13'])[1 + (hashint8(i * 7) & 2147483647) %% 20] AS violation_code,
                           CASE WHEN s < 3 THEN 'KAJIAN_AWAL' WHEN s < 5 THEN 'PERLU_DILENGKAPI'
                                WHEN s < 15 THEN 'TIDAK_DIREGISTRASI' WHEN s < 17 THEN 'DITERUSKAN'
                                WHEN s < 22 THEN 'KLARIFIKASI' WHEN s < 45 THEN 'TIDAK_TERBUKTI'
                                WHEN s < 55 THEN 'REKOMENDASI_KE_PPK' WHEN s < 60 THEN 'BELUM_DITINDAKLANJUTI'
                                WHEN s < 62 THEN 'DATA_DIBLOKIR' ELSE 'DITINDAKLANJUTI' END AS status,
                           e.start_on + ((hashint8(i * 13) & 2147483647) %% e.days)::int AS received_on
                    FROM generate_series(1, %d) AS i
                    CROSS JOIN LATERAL (SELECT (hashint8(i * 3) & 2147483647) %% 100 AS s) AS pick
                    JOIN seed_region r ON r.n = (hashint8(i) & 2147483647) %% (SELECT count(*) FROM seed_region)
                    JOIN (VALUES (0, 'PEMILU_2019', 2019, date '2018-09-23', 240), (1, 'PILKADA_2020', 2020, date '2020-09-01', 120),
                                 (2, 'PEMILU_2024', 2024, date '2023-11-28', 90), (3, 'PILKADA_2024', 2024, date '2024-08-27', 120))
                         AS e (n, code, year, start_on, days)
                      ON e.n = CASE WHEN (hashint8(i * 5) & 2147483647) %% 100 < 5 THEN 0
                                    WHEN (hashint8(i * 5) & 2147483647) %% 100 < 15 THEN 1
                                    WHEN (hashint8(i * 5) & 2147483647) %% 100 < 50 THEN 2 ELSE 3 END
                    """.formatted(CASES));
            // numbers continue after the highest a region already has that year
            statement.execute("""
                    CREATE TEMP TABLE seed_numbered ON COMMIT DROP AS
                    SELECT s.*, coalesce(q.last_value, 0)
                               + row_number() OVER (PARTITION BY s.region_code, extract(year FROM s.received_on) ORDER BY s.i) AS seq
                    FROM seed s LEFT JOIN case_sequence q
                      ON q.region_code = s.region_code AND q.year = extract(year FROM s.received_on)
                    """);
            int cases = statement.executeUpdate("""
                    INSERT INTO case_file (id, case_number, region_code, election_code, status, accused_name, accused_nip,
                        accused_position, accused_agency, violation_code, occurred_on, created_at, updated_at,
                        accused_region_code, accused_name_key, accused_agency_key, received_on, review_due_at)
                    SELECT case_id,
                           region_code || '-' || extract(year FROM received_on) || '-' || lpad(seq::text, 6, '0'),
                           region_code, election_code, status, 'Seed ASN ' || i, NULL, 'Kepala Seksi', 'Dinas Seed',
                           violation_code, received_on - 2, received_on + time '09:00', received_on + time '09:00',
                           region_code, 'seed asn ' || i, 'dinas seed', received_on,
                           received_on + time '09:00' + interval '2 days'
                    FROM seed_numbered""");
            int reports = statement.executeUpdate("""
                    INSERT INTO report (id, case_id, tracking_code, channel, submitted_by, reporter_ref,
                        reporter_confidential, reporter_identity, description, known_on, submitted_at, election_code,
                        accused_name, violation_code, occurred_on, accused_region_code)
                    SELECT report_id, case_id, 'NTR-SEED-' || lpad(to_hex(i), 8, '0') || '-' || substr(md5(report_id::text), 1, 4),
                           'PARTNER', '%s', 'rep-seed', false, '\\x00'::bytea, 'Seeded for the list benchmark', received_on - 1,
                           received_on + time '09:00', election_code, 'Seed ASN ' || i, violation_code, received_on - 2,
                           region_code
                    FROM seed_numbered""".formatted(SEED));
            statement.execute("""
                    INSERT INTO case_sequence (region_code, year, last_value)
                    SELECT region_code, extract(year FROM received_on)::int, max(seq) FROM seed_numbered
                    GROUP BY 1, 2
                    ON CONFLICT (region_code, year) DO UPDATE SET last_value = greatest(case_sequence.last_value,
                        excluded.last_value)""");
            connection.commit();
            connection.setAutoCommit(true);
            statement.execute("ANALYZE case_file");
            statement.execute("ANALYZE report");
            System.out.printf("seeded %d cases and %d reports in %.1f s%n", cases, reports, seconds(started));
        }
    }

    /** The regencies of the kit's region list, numbered from 0. */
    static void regions(Connection connection) throws Exception {
        List<String> codes = Files.readAllLines(Path.of("netra-kit/src/main/resources/netra/regions/regencies.csv"))
                .stream().skip(1).map(line -> line.split(",", 2)[0]).collect(Collectors.toList());
        try (Statement statement = connection.createStatement()) {
            statement.execute("CREATE TEMP TABLE seed_region (n int, code text) ON COMMIT DROP");
        }
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO seed_region VALUES (?, ?)")) {
            for (int n = 0; n < codes.size(); n++) {
                insert.setInt(1, n);
                insert.setString(2, codes.get(n));
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    static double seconds(long started) {
        return (System.nanoTime() - started) / 1e9;
    }

    static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
