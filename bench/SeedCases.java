import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.stream.Collectors;

import org.postgresql.copy.CopyManager;
import org.postgresql.core.BaseConnection;

/**
 * Fills intake's database with N cases for the list benchmark, in set-based SQL (a million in about a minute): each
 * case with one report, spread over every regency of the region list, the four elections, the violation codes and the
 * statuses in proportions like a busy election year's (most cases settled, a few under review). Case numbers
 * continue each region's sequence and the sequence is moved past them, so the running service goes on numbering
 * without a clash. Every seeded row is marked (submitted by {@code bench-seed}) and {@code REMOVE=true} takes them
 * out again.
 *
 * <p>
 * The cases that reached a clarification get one in clarification-service's database (open while the case is in
 * KLARIFIKASI, concluded after it), and the concluded ones their row in sanction-service's: closed as not proven, or a
 * recommendation issued, overdue, blocked or decided as the case's status says, with one recommended item. Every
 * notice a deadline sweep would raise is marked raised, and the open recommendations' next deadline lies after today,
 * so that the running suite does not work through a million old deadlines during a benchmark. They are
 * copied out of intake's rows (COPY through a file), so the three services agree on every number, region and status.
 */
public class SeedCases {

    static final String DB_URL = env("DB_URL", "jdbc:postgresql://localhost:5432/intake");
    static final String DB_USER = env("DB_USER", "netra");
    static final String DB_PASSWORD = env("DB_PASSWORD", "netra");
    static final int CASES = Integer.parseInt(env("CASES", "1000000"));
    static final boolean REMOVE = Boolean.parseBoolean(env("REMOVE", "false"));
    static final String SEED = "bench-seed";
    static final String CLARIFICATION_DB_URL = env("CLARIFICATION_DB_URL", DB_URL.replaceAll("/intake$", "/clarification"));
    static final String SANCTION_DB_URL = env("SANCTION_DB_URL", DB_URL.replaceAll("/intake$", "/sanction"));
    /** The seeded cases the other services know of: a clarification was opened for each. */
    static final String FOLLOWED = "('KLARIFIKASI', 'TIDAK_TERBUKTI', 'REKOMENDASI_KE_PPK', 'BELUM_DITINDAKLANJUTI', "
            + "'DATA_DIBLOKIR', 'DITINDAKLANJUTI')";

    public static void main(String[] args) throws Exception {
        try (Connection connection = DriverManager.getConnection(DB_URL, DB_USER, DB_PASSWORD);
                Statement statement = connection.createStatement()) {
            connection.setAutoCommit(false);
            long started = System.nanoTime();
            if (REMOVE) {
                removeFollowOn();
                // the running service's deadline sweeps add timeline steps to seeded cases (overdue reviews): the lock
                // keeps new ones out until the cases are gone
                statement.execute("SELECT count(*) FROM (SELECT 1 FROM case_file WHERE accused_name LIKE 'Seed ASN %' "
                        + "FOR UPDATE) AS locked");
                statement.executeUpdate("DELETE FROM timeline_entry WHERE case_id IN "
                        + "(SELECT id FROM case_file WHERE accused_name LIKE 'Seed ASN %')");
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
                        accused_region_code, accused_name_key, accused_agency_key, received_on, review_due_at,
                        review_overdue_raised)
                    SELECT case_id,
                           region_code || '-' || extract(year FROM received_on) || '-' || lpad(seq::text, 6, '0'),
                           region_code, election_code, status, 'Seed ASN ' || i, NULL, 'Kepala Seksi', 'Dinas Seed',
                           violation_code, received_on - 2, received_on + time '09:00', received_on + time '09:00',
                           region_code, 'seed asn ' || i, 'dinas seed', received_on,
                           received_on + time '09:00' + interval '2 days', status = 'KAJIAN_AWAL'
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
            followOn(connection);
        }
    }

    /** Clarifications and sanction rows for the seeded cases that got so far (see the class). */
    static void followOn(Connection intake) throws Exception {
        long started = System.nanoTime();
        Path file = Files.createTempFile("netra-seed", ".copy");
        try {
            try (var out = Files.newOutputStream(file)) {
                new CopyManager(intake.unwrap(BaseConnection.class)).copyOut("""
                        COPY (SELECT id, case_number, region_code, election_code, status, accused_name,
                                     coalesce(violation_code, 'D7'), received_on
                              FROM case_file WHERE accused_name LIKE 'Seed ASN %%' AND status IN %s) TO STDOUT"""
                        .formatted(FOLLOWED), out);
            }
            String stage = """
                    CREATE TEMP TABLE seed_case (case_id uuid, case_number text, region_code text, election_code text,
                        status text, accused_name text, violation_code text, received_on date) ON COMMIT DROP""";
            int clarifications = copyInto(CLARIFICATION_DB_URL, file, stage, """
                    INSERT INTO clarification (id, case_id, case_number, region_code, election_code, accused_name,
                        accused_position, accused_agency, alleged_violation_codes, status, opened_at, due_at, outcome,
                        violation_codes, act_date, reason, concluded_at, concluded_by, due_date, remind_at,
                        reminder_sent_at, overdue_sent_at)
                    SELECT gen_random_uuid(), case_id, case_number, region_code, election_code, accused_name,
                           'Kepala Seksi', 'Dinas Seed', ARRAY[violation_code],
                           CASE WHEN status = 'KLARIFIKASI' THEN 'OPEN' ELSE 'CONCLUDED' END,
                           received_on + 3 + time '09:00', received_on + 17 + time '16:00',
                           CASE WHEN status = 'KLARIFIKASI' THEN NULL WHEN status = 'TIDAK_TERBUKTI' THEN 'NOT_PROVEN'
                                ELSE 'PROVEN' END,
                           CASE WHEN status IN ('KLARIFIKASI', 'TIDAK_TERBUKTI') THEN '{}' ELSE ARRAY[violation_code] END,
                           CASE WHEN status IN ('KLARIFIKASI', 'TIDAK_TERBUKTI') THEN NULL ELSE received_on - 2 END,
                           CASE WHEN status = 'KLARIFIKASI' THEN NULL ELSE 'Seeded for the list benchmark' END,
                           CASE WHEN status = 'KLARIFIKASI' THEN NULL ELSE received_on + 12 + time '10:00' END,
                           CASE WHEN status = 'KLARIFIKASI' THEN NULL ELSE 'bench-seed' END,
                           received_on + 17, received_on + 16 + time '09:00',
                           CASE WHEN status = 'KLARIFIKASI' THEN received_on + 16 + time '09:00' END,
                           CASE WHEN status = 'KLARIFIKASI' THEN received_on + 18 + time '00:00' END
                    FROM seed_case""");
            int recommendations = copyInto(SANCTION_DB_URL, file, stage, """
                    INSERT INTO recommendation (id, case_id, case_number, region_code, election_code, accused_name,
                        status, level, rule_version, act_date, concluded_at, issued_at, decision_due_at, closed_outcome,
                        closed_at, overdue_at, block_requested_at, block_due_at, decided_at, decided_by,
                        decision_level, decision_compliant, decree_number, decree_date, base_level, minimum_level)
                    SELECT gen_random_uuid(), case_id, case_number, region_code, election_code, accused_name,
                           CASE status WHEN 'TIDAK_TERBUKTI' THEN 'CLOSED' WHEN 'DITINDAKLANJUTI' THEN 'DECIDED'
                                ELSE 'ISSUED' END,
                           level, CASE WHEN level IS NULL THEN NULL ELSE 'seed' END,
                           CASE WHEN level IS NULL THEN NULL ELSE received_on - 2 END,
                           received_on + 12 + time '10:00',
                           CASE WHEN level IS NULL THEN NULL ELSE received_on + 12 + time '10:00' END,
                           -- a recommendation still within its time is due after today, so no sweep acts on it
                           CASE WHEN level IS NULL THEN NULL
                                WHEN status = 'REKOMENDASI_KE_PPK' THEN current_date + 10 + time '16:00'
                                ELSE received_on + 26 + time '16:00' END,
                           CASE WHEN level IS NULL THEN 'NOT_PROVEN' END,
                           CASE WHEN level IS NULL THEN received_on + 12 + time '10:00' END,
                           CASE WHEN status IN ('BELUM_DITINDAKLANJUTI', 'DATA_DIBLOKIR') THEN received_on + 27 + time '00:00' END,
                           CASE WHEN status = 'DATA_DIBLOKIR' THEN received_on + 34 + time '00:00' END,
                           CASE WHEN status = 'BELUM_DITINDAKLANJUTI' THEN current_date + 5 + time '16:00'
                                WHEN status = 'DATA_DIBLOKIR' THEN received_on + 33 + time '16:00' END,
                           CASE WHEN status = 'DITINDAKLANJUTI' THEN received_on + 20 + time '10:00' END,
                           CASE WHEN status = 'DITINDAKLANJUTI' THEN 'ppk.seed' END,
                           CASE WHEN status = 'DITINDAKLANJUTI' THEN level END,
                           CASE WHEN status = 'DITINDAKLANJUTI' THEN true END,
                           CASE WHEN status = 'DITINDAKLANJUTI' THEN 'SEED/' || case_number END,
                           CASE WHEN status = 'DITINDAKLANJUTI' THEN received_on + 20 END,
                           level, level
                    FROM (SELECT *, CASE WHEN status = 'TIDAK_TERBUKTI' THEN NULL
                                         WHEN violation_code LIKE 'KE%' THEN 'MORAL'
                                         WHEN (hashtext(case_number) & 1) = 0 THEN 'SEDANG' ELSE 'BERAT' END AS level
                          FROM seed_case WHERE status <> 'KLARIFIKASI') AS c;
                    INSERT INTO recommendation_item (recommendation_id, position, violation_code, requested_code, stage,
                        level, legal_basis, disputed)
                    SELECT r.id, 0, s.violation_code, s.violation_code,
                           CASE WHEN s.violation_code LIKE 'KE%' THEN 'ETHICS' ELSE 'DISCIPLINE' END, r.level,
                           'Seeded for the list benchmark', false
                    FROM recommendation r JOIN seed_case s ON s.case_id = r.case_id WHERE r.level IS NOT NULL""");
            System.out.printf("seeded %d clarifications and %d sanction rows in %.1f s%n", clarifications,
                    recommendations, seconds(started));
        } finally {
            Files.deleteIfExists(file);
        }
    }

    /** Stages the copied cases in {@code url}'s database and runs {@code insert}; the rows its first statement wrote. */
    static int copyInto(String url, Path file, String stage, String insert) throws Exception {
        try (Connection connection = DriverManager.getConnection(url, DB_USER, DB_PASSWORD);
                Statement statement = connection.createStatement()) {
            connection.setAutoCommit(false);
            statement.execute(stage);
            try (var in = Files.newInputStream(file)) {
                new CopyManager(connection.unwrap(BaseConnection.class)).copyIn("COPY seed_case FROM STDIN", in);
            }
            statement.execute(insert);
            int rows = statement.getUpdateCount();
            connection.commit();
            connection.setAutoCommit(true);
            for (String table : new String[] { "clarification", "recommendation", "recommendation_item" }) {
                statement.execute("DO $$ BEGIN IF to_regclass('" + table + "') IS NOT NULL THEN EXECUTE 'ANALYZE "
                        + table + "'; END IF; END $$");
            }
            compactTallies(statement);
            return rows;
        }
    }

    /**
     * Sanction's statistics tallies after a bulk load or removal: its triggers rewrote each tally row once per
     * seeded recommendation of its region and election inside one transaction, leaving hundreds of dead versions per
     * live row that no pruning could take while it ran. A live suite changes them one recommendation at a time and
     * keeps them compact (V10), so the benchmark measures them compacted, as they would be. Clarification's database
     * has no tallies.
     */
    static void compactTallies(Statement statement) throws Exception {
        for (String table : new String[] { "statistics_region", "statistics_code", "statistics_stage" }) {
            boolean exists;
            try (ResultSet found = statement.executeQuery("SELECT to_regclass('" + table + "') IS NOT NULL")) {
                exists = found.next() && found.getBoolean(1);
            }
            if (exists) {
                statement.execute("VACUUM (FULL, ANALYZE) " + table);
            }
        }
    }

    static void removeFollowOn() throws Exception {
        try (Connection clarification = DriverManager.getConnection(CLARIFICATION_DB_URL, DB_USER, DB_PASSWORD);
                Connection sanction = DriverManager.getConnection(SANCTION_DB_URL, DB_USER, DB_PASSWORD);
                Statement c = clarification.createStatement(); Statement s = sanction.createStatement()) {
            int clarifications = c.executeUpdate("DELETE FROM clarification WHERE accused_name LIKE 'Seed ASN %'");
            int recommendations = s.executeUpdate("DELETE FROM recommendation WHERE accused_name LIKE 'Seed ASN %'");
            compactTallies(s);
            System.out.printf("removed %d seeded clarifications and %d sanction rows%n", clarifications, recommendations);
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
