package id.netra.intake.cases;

import static id.netra.intake.Intake.report;
import static id.netra.intake.Intake.submit;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import jakarta.inject.Inject;

import org.hibernate.reactive.mutiny.Mutiny;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

import id.netra.devstack.DemoAccount;
import id.netra.devstack.test.TestTokens;
import id.netra.intake.Intake;
import id.netra.intake.PilkadaMorningTest;

/**
 * A submission runs the queries that were native selects once (the act lock, the Idempotency-Key lookup); each must
 * reuse its plan. A plan per call fills Hibernate's query plan cache, and every query of the service then pays
 * for the search through a full cache: the intake benchmark found a fifth of the request CPU spent there.
 */
@QuarkusTest
class QueryPlanCacheTest extends PilkadaMorningTest {

    /** Submissions after the first; each runs the same-act query (HQL), whose cached plan must be found. */
    private static final int ROUNDS = 30;

    @Inject
    Mutiny.SessionFactory sessions;

    @Test
    void shouldReuseThePlansOfItsNativeQueriesFromOneSubmissionToTheNext() {
        Statistics statistics = sessions.getStatistics();
        submitWithRetry();
        long missesAfterFirst = statistics.getQueryPlanCacheMissCount();
        long hitsAfterFirst = statistics.getQueryPlanCacheHitCount();

        for (int i = 0; i < ROUNDS; i++) {
            submitWithRetry();
        }

        assertThat(statistics.getQueryPlanCacheMissCount() - missesAfterFirst).as(() -> missedQueries(statistics))
                .isZero();
        assertThat(statistics.getQueryPlanCacheHitCount() - hitsAfterFirst).isGreaterThanOrEqualTo(ROUNDS);
    }

    private static String missedQueries(Statistics statistics) {
        StringBuilder missed = new StringBuilder("queries whose plan was not found in the cache:");
        for (String query : statistics.getQueries()) {
            long misses = statistics.getQueryStatistics(query).getPlanCacheMissCount();
            if (misses > 0) {
                missed.append("\n  ").append(misses).append(" × ").append(query);
            }
        }
        return missed.toString();
    }

    /** A report with a NIP (the act lock), sent twice with one Idempotency-Key (the key's lookup). */
    private static void submitWithRetry() {
        String body = report().with("accused.nip", Intake.freshNip()).with("accused.name", Intake.freshName()).json();
        String key = UUID.randomUUID().toString();
        String authorization = TestTokens.bearer(DemoAccount.KIPP_BALIKPAPAN);
        submit(body, authorization, key).statusCode(201);
        submit(body, authorization, key).statusCode(201);
    }
}
