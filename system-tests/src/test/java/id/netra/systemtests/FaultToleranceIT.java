package id.netra.systemtests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import io.restassured.response.Response;

import id.netra.devstack.Suite;

/**
 * Nothing lost, nothing twice: while partners keep posting, a service is killed (SIGKILL) and restarted, and the
 * Kafka broker is stopped and restarted. Every report that got a 2xx and was registered by Bawaslu's initial review
 * must end with exactly one clarification.
 */
class FaultToleranceIT {

    private final Set<String> accepted = ConcurrentHashMap.newKeySet();
    private final AtomicInteger refused = new AtomicInteger();
    private final AtomicBoolean posting = new AtomicBoolean(true);

    @Test
    void shouldOpenExactlyOneClarificationForEveryAcceptedReportThroughCrashesAndABrokerOutage() throws Exception {
        Suite suite = SystemSuite.get();
        ExecutorService partners = Executors.newFixedThreadPool(3);
        for (int i = 0; i < 3; i++) {
            partners.submit(this::postUntilStopped);
        }
        try {
            await().atMost(Duration.ofMinutes(1)).until(() -> accepted.size() >= 10);
            pause(Duration.ofSeconds(2));
            int beforeKill = accepted.size();
            log("suite.service(\"clarification\").kill();");
            suite.service("clarification").kill();
            pause(Duration.ofSeconds(3));
            log("suite.service(\"clarification\").start();");
            suite.service("clarification").start();

            log("suite.service(\"intake\").kill();");
            suite.service("intake").kill();
            pause(Duration.ofSeconds(2));
            log("suite.service(\"intake\").start();");
            suite.service("intake").start();

            log("suite.kafka().stop();");
            suite.kafka().stop();
            int beforeOutage = accepted.size();
            pause(Duration.ofSeconds(5));
            int duringOutage = accepted.size() - beforeOutage;
            log("suite.kafka().start();");
            suite.kafka().start();
            pause(Duration.ofSeconds(4));

            assertThat(beforeKill).as("reports accepted before the first crash").isPositive();
            // the outbox lets intake accept reports while the broker is down: they wait in its database
            assertThat(duringOutage).as("reports accepted while Kafka was down").isPositive();
        } finally {
            posting.set(false);
            partners.shutdown();
            partners.awaitTermination(1, TimeUnit.MINUTES);
        }

        System.out.printf("[fault] accepted %d reports, %d attempts failed during the faults%n", accepted.size(),
                refused.get());
        await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofSeconds(2))
                .until(() -> {
                    int opened = clarificationsPerCase().size();
                    log("clarifications opened " + opened + ", intake outbox pending " + pendingOutbox());
                    return opened == accepted.size();
                });
        Map<String, Integer> perCase = clarificationsPerCase();
        assertThat(perCase.keySet()).containsExactlyInAnyOrderElementsOf(accepted);
        assertThat(perCase.values()).allMatch(count -> count == 1);
        assertThat(perCase).hasSize(accepted.size());
        // the unique case number alone would hide a second opening; the opened events show there was none
        Map<String, Integer> openedEvents = count("clarification",
                "SELECT subject, count(*) FROM outbox_event WHERE type = 'id.netra.clarification.opened.v1' "
                        + "AND subject = ANY(?) GROUP BY subject");
        assertThat(openedEvents).hasSize(accepted.size());
        assertThat(openedEvents.values()).allMatch(count -> count == 1);
        Map<String, Integer> registeredEvents = count("intake",
                "SELECT subject, count(*) FROM outbox_event WHERE type = 'id.netra.case.registered.v1' "
                        + "AND subject = ANY(?) GROUP BY subject");
        assertThat(registeredEvents.values()).allMatch(count -> count == 1);
        assertThat(registeredEvents).hasSize(accepted.size());
    }

    private void postUntilStopped() {
        while (posting.get()) {
            // a partner retries with the same key and body until it gets an answer, as the API asks
            String key = "fault-" + UUID.randomUUID();
            String body = Reports.photoWithCandidate();
            String caseNumber = null;
            for (int attempt = 0; attempt < 20 && posting.get() && caseNumber == null; attempt++) {
                try {
                    Response response = Reports.submit(key, body);
                    if (response.statusCode() == 201) {
                        caseNumber = response.path("caseNumber");
                    } else {
                        refused.incrementAndGet();
                        log("answer " + response.statusCode() + ": " + response.asString());
                        pause(Duration.ofMillis(250));
                    }
                } catch (Exception connectionRefused) {
                    // RestAssured throws the connection's checked exceptions unchecked: catch them all, or the
                    // partner thread dies silently at the first crash
                    refused.incrementAndGet();
                    log("no answer: " + connectionRefused);
                    pause(Duration.ofMillis(250));
                }
            }
            if (caseNumber != null && register(caseNumber)) {
                accepted.add(caseNumber);
            }
        }
    }

    /**
     * Bawaslu's initial review registers the case, retried through the faults; a 409 CASE_NOT_UNDER_REVIEW after a lost
     * answer means an earlier attempt registered it. Only registered cases go to clarification, so only they are counted.
     */
    private boolean register(String caseNumber) {
        for (int attempt = 0; attempt < 60; attempt++) {
            try {
                Response response = Reports.register(caseNumber);
                if (response.statusCode() == 200
                        || response.statusCode() == 409 && "CASE_NOT_UNDER_REVIEW".equals(response.path("code"))) {
                    return true;
                }
                refused.incrementAndGet();
                log("review answer " + response.statusCode() + ": " + response.asString());
            } catch (Exception connectionRefused) {
                refused.incrementAndGet();
                log("no review answer: " + connectionRefused);
            }
            pause(Duration.ofMillis(250));
        }
        return false;
    }

    private Map<String, Integer> clarificationsPerCase() throws SQLException {
        return count("clarification",
                "SELECT case_number, count(*) FROM clarification WHERE case_number = ANY(?) GROUP BY case_number");
    }

    private static long pendingOutbox() throws SQLException {
        try (Connection connection = SystemSuite.database("intake");
                ResultSet rows = connection.createStatement()
                        .executeQuery("SELECT count(*) FROM outbox_event WHERE published_at IS NULL")) {
            rows.next();
            return rows.getLong(1);
        }
    }

    /** Runs a grouped count over the accepted case numbers. */
    private Map<String, Integer> count(String database, String sql) throws SQLException {
        Map<String, Integer> counts = new HashMap<>();
        try (Connection connection = SystemSuite.database(database);
                PreparedStatement query = connection.prepareStatement(sql)) {
            Array numbers = connection.createArrayOf("text", List.copyOf(accepted).toArray());
            query.setArray(1, numbers);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    counts.put(rows.getString(1), rows.getInt(2));
                }
            }
        }
        return counts;
    }

    private void log(String what) {
        System.out.printf("[fault] %s accepted=%d refused=%d %s%n", java.time.LocalTime.now(), accepted.size(),
                refused.get(), what);
    }

    private static void pause(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
