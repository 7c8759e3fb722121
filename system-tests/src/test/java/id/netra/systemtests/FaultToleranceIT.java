package id.netra.systemtests;

import static io.restassured.RestAssured.given;
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
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import io.restassured.http.ContentType;
import io.restassured.response.Response;

import id.netra.devstack.DemoAccount;
import id.netra.devstack.Suite;
import id.netra.devstack.test.WebhookReceiver;

/**
 * Nothing lost, nothing twice: while partners keep posting, intake, clarification and integration are killed
 * (SIGKILL) at once, the first process of each (the second of intake and clarification goes on serving; integration
 * runs as one process, so its feed and webhooks stop until it is back) and restarted, and the Kafka broker is stopped
 * and restarted. Every report that got a 2xx and was
 * registered by Bawaslu's initial review
 * must end with exactly one clarification; and the city's webhook receiver, which refused the first deliveries, must
 * get every event of those cases although integration-service was killed while it was retrying them.
 */
class FaultToleranceIT {

    /** How many deliveries the city's receiver refuses before it takes them. */
    private static final int REFUSED_DELIVERIES = 5;

    private final Set<String> accepted = ConcurrentHashMap.newKeySet();
    private final AtomicInteger refused = new AtomicInteger();
    private final AtomicBoolean posting = new AtomicBoolean(true);

    @Test
    void shouldOpenExactlyOneClarificationForEveryAcceptedReportThroughCrashesAndABrokerOutage() throws Exception {
        Suite suite = SystemSuite.get();
        WebhookReceiver city = new WebhookReceiver();
        for (int i = 0; i < REFUSED_DELIVERIES; i++) {
            city.answer(503, -1);
        }
        given().baseUri(SystemSuite.integration()).header("Authorization", Tokens.bearer(DemoAccount.PEMKOT_BALIKPAPAN))
                .contentType(ContentType.JSON).body(Map.of("url", city.url())).when().post("/api/v1/webhooks")
                .then().statusCode(201);
        ExecutorService partners = Executors.newFixedThreadPool(3);
        for (int i = 0; i < 3; i++) {
            partners.submit(this::postUntilStopped);
        }
        try {
            await().atMost(Duration.ofMinutes(1)).until(() -> accepted.size() >= 10);
            // the receiver refused a delivery, so retries wait in the database when the service dies
            await().atMost(Duration.ofMinutes(1)).until(() -> city.requests().stream().anyMatch(r -> r.answered() == 503));
            // three services crash at once and come back together, each started on a thread of its own
            int beforeKill = accepted.size();
            List<String> crashed = List.of("integration", "clarification", "intake");
            log("kill " + crashed);
            crashed.forEach(name -> suite.service(name).kill());
            pause(Duration.ofSeconds(2));
            log("start " + crashed);
            ExecutorService starters = Executors.newFixedThreadPool(crashed.size());
            try {
                crashed.stream().map(name -> CompletableFuture.runAsync(() -> suite.service(name).start(), starters))
                        .toList().forEach(CompletableFuture::join);
            } finally {
                starters.shutdown();
            }

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

        try (city) {
            // every event of the accepted cases, as the feed holds it, reached the receiver; a kill between an
            // answer and its record may send one twice, with the same webhook-id, which a receiver ignores
            // every case's events, received to clarified, are in the feed (which the services' topics reach
            // later than the clarification's own table) and delivered
            await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofSeconds(2)).until(() -> {
                Set<String> fed = fedEvents();
                Set<String> missing = new java.util.HashSet<>(fed);
                missing.removeAll(accepted(city));
                log("feed events " + fed.size() + ", not yet delivered " + missing.size());
                return fed.size() >= 3 * accepted.size() && missing.isEmpty();
            });
            assertThat(city.requests().stream().filter(r -> r.answered() == 503)).hasSize(REFUSED_DELIVERIES);
            long twice = city.requests().stream().filter(r -> r.answered() == 200).count() - accepted(city).size();
            System.out.printf("[fault] webhook: %d events delivered, %d sent again after the kill%n",
                    accepted(city).size(), twice);
        }
    }

    /** The feed's event ids of the accepted cases. */
    private Set<String> fedEvents() throws SQLException {
        Set<String> ids = new java.util.HashSet<>();
        try (Connection connection = SystemSuite.database("integration");
                PreparedStatement query = connection
                        .prepareStatement("SELECT event_id FROM feed_event WHERE subject = ANY(?)")) {
            query.setArray(1, connection.createArrayOf("text", List.copyOf(accepted).toArray()));
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    ids.add(rows.getString(1));
                }
            }
        }
        return ids;
    }

    /** The webhook-ids the receiver accepted (answered 200), each once. */
    private static Set<String> accepted(WebhookReceiver receiver) {
        Set<String> ids = new java.util.HashSet<>();
        receiver.requests().stream().filter(r -> r.answered() == 200).forEach(r -> ids.add(r.header("webhook-id")));
        return ids;
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
            // steady traffic, not a flood: what is tested is each report's fate through the faults, and a flood on
            // two cores only makes the restarted services slower to come back
            pause(Duration.ofMillis(150));
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
