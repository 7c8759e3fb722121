package id.netra.sanction.statistics;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

import id.netra.contracts.ClarificationConcluded;
import id.netra.devstack.DemoAccount;
import id.netra.devstack.test.PostgresTestResource;
import id.netra.devstack.test.TestTokens;
import id.netra.sanction.Conclusions;

/**
 * The statistics' tallies are kept by triggers; each check here compares them with a recount from the recommendations
 * themselves, after changes written straight in SQL (so that every kind of change is covered, whatever code makes it)
 * and over everything the other tests of this service have stored.
 */
@QuarkusTest
class StatisticsTalliesTest {

    /** Rows where the tallies and a recount disagree, for the elections whose code is like {@code election}. */
    private static final String MISMATCHES = """
            WITH recount AS (
                SELECT election_code, region_code, count(*) AS cases, count(*) FILTER (WHERE closed_outcome IS NULL) AS proven,
                       count(*) FILTER (WHERE closed_outcome = 'NOT_PROVEN') AS not_proven,
                       count(*) FILTER (WHERE status = 'DECIDED') AS sanctioned,
                       count(*) FILTER (WHERE decided_at IS NOT NULL AND decision_due_at <= decided_at) AS decided_late,
                       count(*) FILTER (WHERE decided_at IS NULL AND overdue_at IS NOT NULL
                                        AND decision_due_at <= overdue_at) AS undecided_overdue,
                       count(*) FILTER (WHERE block_requested_at IS NOT NULL) AS blocked
                FROM recommendation WHERE election_code LIKE ?1 GROUP BY 1, 2),
            tally AS (SELECT * FROM statistics_region WHERE election_code LIKE ?1
                AND (cases, proven, not_proven, sanctioned, decided_late, undecided_overdue, blocked) <> (0, 0, 0, 0, 0, 0, 0)),
            code_recount AS (
                SELECT r.election_code, r.region_code, i.violation_code, i.stage, count(DISTINCT r.id) AS recommendations
                FROM recommendation r JOIN recommendation_item i ON i.recommendation_id = r.id
                WHERE r.election_code LIKE ?1 GROUP BY 1, 2, 3, 4),
            code_tally AS (SELECT * FROM statistics_code WHERE election_code LIKE ?1 AND recommendations <> 0),
            stage_recount AS (
                SELECT r.election_code, r.region_code, i.stage, count(DISTINCT r.id) AS recommendations
                FROM recommendation r JOIN recommendation_item i ON i.recommendation_id = r.id
                WHERE r.election_code LIKE ?1 GROUP BY 1, 2, 3),
            stage_tally AS (SELECT * FROM statistics_stage WHERE election_code LIKE ?1 AND recommendations <> 0)
            SELECT (SELECT count(*) FROM ((SELECT * FROM recount EXCEPT SELECT * FROM tally)
                        UNION ALL (SELECT * FROM tally EXCEPT SELECT * FROM recount)) AS d)
                 + (SELECT count(*) FROM ((SELECT * FROM code_recount EXCEPT SELECT * FROM code_tally)
                        UNION ALL (SELECT * FROM code_tally EXCEPT SELECT * FROM code_recount)) AS d)
                 + (SELECT count(*) FROM ((SELECT * FROM stage_recount EXCEPT SELECT * FROM stage_tally)
                        UNION ALL (SELECT * FROM stage_tally EXCEPT SELECT * FROM stage_recount)) AS d)
            """.replace("?1", "?");

    @Test
    void shouldKeepTheTalliesEqualToARecountThroughEveryKindOfChange() throws SQLException {
        String election = "TALLY_" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        UUID issued = UUID.randomUUID();
        UUID closed = UUID.randomUUID();
        try (Connection db = PostgresTestResource.connect()) {
            execute(db, """
                    INSERT INTO recommendation (id, case_id, case_number, region_code, election_code, status, level,
                        concluded_at, issued_at, decision_due_at)
                    VALUES (?, gen_random_uuid(), ?, '64.71', ?, 'ISSUED', 'SEDANG', now() - interval '20 days',
                        now() - interval '20 days', now() - interval '5 days')""", issued, "64.71-2099-" + election, election);
            // two items of one code and stage: the recommendation counts once for it
            execute(db, """
                    INSERT INTO recommendation_item (recommendation_id, position, violation_code, requested_code, stage,
                        level, legal_basis, disputed)
                    VALUES (?1, 0, 'D7', 'D7', 'DISCIPLINE', 'SEDANG', 'x', false),
                           (?1, 1, 'D7', 'KE7', 'DISCIPLINE', 'SEDANG', 'x', false),
                           (?1, 2, 'KE1', 'KE1', 'ETHICS', 'MORAL', 'x', false)""".replace("?1", "'" + issued + "'"));
            assertAgrees(election);
            assertThat(number("SELECT recommendations FROM statistics_code WHERE election_code = ? AND violation_code = 'D7'",
                    election)).isEqualTo(1);

            // a correction moves the recommendation and its items to another region; a late decision and a block
            execute(db, "UPDATE recommendation SET region_code = '64.72', case_number = ? WHERE id = ?",
                    "64.72-2099-" + election, issued);
            assertAgrees(election);
            execute(db, "UPDATE recommendation SET overdue_at = now() WHERE id = ?", issued);
            assertAgrees(election);
            assertThat(number("SELECT sum(undecided_overdue) FROM statistics_region WHERE election_code = ?", election))
                    .isEqualTo(1);
            execute(db, "UPDATE recommendation SET block_requested_at = now() WHERE id = ?", issued);
            execute(db, """
                    UPDATE recommendation SET status = 'DECIDED', decided_at = now(), decided_by = 'ppk',
                        decision_compliant = true WHERE id = ?""", issued);
            assertAgrees(election);
            assertThat(number("SELECT sum(decided_late + blocked + sanctioned) FROM statistics_region WHERE election_code = ?",
                    election)).isEqualTo(3);

            // one of the two D7 items goes: still counted once; then the ethics item changes its code
            execute(db, "DELETE FROM recommendation_item WHERE recommendation_id = ? AND position = 1", issued);
            assertAgrees(election);
            execute(db, "UPDATE recommendation_item SET violation_code = 'KE2' WHERE recommendation_id = ? AND position = 2",
                    issued);
            assertAgrees(election);

            execute(db, """
                    INSERT INTO recommendation (id, case_id, case_number, region_code, election_code, status, concluded_at,
                        closed_outcome, closed_at)
                    VALUES (?, gen_random_uuid(), ?, '64.72', ?, 'CLOSED', now(), 'NOT_PROVEN', now())""", closed,
                    "64.72-2098-" + election, election);
            assertAgrees(election);
            assertThat(number("SELECT sum(cases * 10 + not_proven) FROM statistics_region WHERE election_code = ?", election))
                    .isEqualTo(21);

            // removed with their items (cascade): nothing left counted
            execute(db, "DELETE FROM recommendation WHERE election_code = ?", election);
            assertAgrees(election);
            assertThat(number("""
                    SELECT (SELECT coalesce(sum(cases), 0) FROM statistics_region WHERE election_code = ?1)
                         + (SELECT coalesce(sum(recommendations), 0) FROM statistics_code WHERE election_code = ?1)
                         + (SELECT coalesce(sum(recommendations), 0) FROM statistics_stage WHERE election_code = ?1)"""
                    .replace("?1", "'" + election + "'"))).isZero();
        }
    }

    @Test
    void shouldAgreeWithARecountOverEverythingTheServiceStored() throws SQLException {
        // two stored by the service itself, beside whatever the tests before this one left
        ClarificationConcluded proven = Conclusions.provenD7("12.71");
        ClarificationConcluded notProven = Conclusions.notProven("12.71");
        Conclusions.send(proven);
        Conclusions.send(notProven);
        Conclusions.awaitRecorded(proven.caseNumber());
        Conclusions.awaitRecorded(notProven.caseNumber());
        assertThat(number("SELECT count(*) FROM recommendation WHERE case_number IN (?, ?)", proven.caseNumber(),
                notProven.caseNumber())).isEqualTo(2);
        assertAgrees("%");
    }

    @Test
    void shouldAnswerTheNationalTotalsThatTheFormerGroupedScansCounted() throws SQLException {
        // one overdue notice raised ahead of the due day (a replica's clock ahead): tallied, and taken back when asked
        UUID ahead = UUID.randomUUID();
        try (Connection db = PostgresTestResource.connect()) {
            execute(db, """
                    INSERT INTO recommendation (id, case_id, case_number, region_code, election_code, status, level,
                        concluded_at, issued_at, decision_due_at, overdue_at)
                    VALUES (?, gen_random_uuid(), ?, '12.71', 'PILKADA_2024', 'ISSUED', 'SEDANG', now(), now(),
                        now() + interval '3 days', now() + interval '4 days')""", ahead, "12.71-2099-" + ahead);
        }
        Conclusions.sendAndAwait(Conclusions.provenD7("12.71"));
        String former = """
                SELECT count(*) * 1000000 + count(*) FILTER (WHERE closed_outcome IS NULL) * 10000
                     + count(*) FILTER (WHERE decision_due_at IS NOT NULL AND decision_due_at <= coalesce(decided_at, now()))
                FROM recommendation""";
        long expected = number(former);
        JsonPath totals = given().header("Authorization", TestTokens.bearer(DemoAccount.ADMIN)).get("/api/v1/statistics")
                .then().statusCode(200).extract().jsonPath();
        long answered = totals.getLong("totals.cases") * 1000000 + totals.getLong("totals.proven") * 10000
                + totals.getLong("totals.overdue");
        assertThat(answered).as("cases, proven and overdue as the former queries counted them").isEqualTo(expected);
    }

    @Test
    void shouldStoreTheTalliesWithRoomForNewVersionsAndFrequentVacuums() throws SQLException {
        // a tally row is rewritten by every recommendation of its region: room beside it keeps that a HOT update
        for (String table : List.of("statistics_region", "statistics_code", "statistics_stage")) {
            assertThat(number("SELECT count(*) FROM pg_class WHERE oid = ?::regclass AND reloptions @> "
                    + "ARRAY['fillfactor=50', 'autovacuum_vacuum_scale_factor=0', 'autovacuum_vacuum_threshold=200']",
                    table)).as(table).isEqualTo(1);
        }
    }

    private static void assertAgrees(String election) throws SQLException {
        assertThat(number(MISMATCHES, election, election, election, election, election, election))
                .as("tallies that differ from a recount").isZero();
    }

    private static long number(String sql, Object... parameters) throws SQLException {
        return PostgresTestResource.number(sql, parameters);
    }

    private static void execute(Connection db, String sql, Object... parameters) throws SQLException {
        try (PreparedStatement statement = db.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            statement.executeUpdate();
        }
    }
}
