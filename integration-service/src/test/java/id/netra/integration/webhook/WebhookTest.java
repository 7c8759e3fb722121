package id.netra.integration.webhook;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.standardwebhooks.Webhook;
import com.standardwebhooks.exceptions.WebhookVerificationException;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

import id.netra.devstack.DemoAccount;
import id.netra.devstack.test.PostgresTestResource;
import id.netra.devstack.test.TestTokens;
import id.netra.devstack.test.WebhookReceiver;
import id.netra.integration.Events;
import id.netra.integration.feed.FeedCursor;
import id.netra.kit.time.AdjustableClock;

/**
 * Webhooks against real PostgreSQL and Kafka, to receivers on the loopback address; every delivery is checked with
 * the official Standard Webhooks library, signed with the wall clock as its verifier expects.
 */
@QuarkusTest
class WebhookTest {

    @Inject
    Clock clock;

    @Inject
    WebhookBacklog backlog;

    @AfterEach
    void resetTheClock() {
        ((AdjustableClock) clock).reset();
    }

    @Test
    void shouldPushEachEventOfTheRegionOnceInTheFeedsOrderSignedAndNoneOfAnotherRegion() throws Exception {
        try (WebhookReceiver city = new WebhookReceiver(); WebhookReceiver otherProvince = new WebhookReceiver()) {
            String secret = subscribe(DemoAccount.PEMKOT_BALIKPAPAN, city.url()).getString("secret");
            subscribe(DemoAccount.PEMPROV_KALTARA, otherProvince.url());
            Events.Case balikpapan = Events.newCase("64.71");
            Events.Case tarakan = Events.newCase("65.71");
            List<String> sent = List.of(Events.send(Events.registered(balikpapan)),
                    Events.send(Events.overdue(balikpapan)), Events.send(Events.closed(balikpapan)));
            String tarakanId = Events.send(Events.registered(tarakan));

            await().atMost(Duration.ofSeconds(30)).until(() -> ids(city, balikpapan.number()).size() == 3);
            await().atMost(Duration.ofSeconds(30)).until(() -> ids(otherProvince, tarakan.number()).size() == 1);

            assertThat(ids(city, balikpapan.number())).as("each once, in the feed's order").isEqualTo(fedOrder(sent));
            assertThat(city.requests()).noneMatch(r -> r.body().contains(tarakan.number()));
            assertThat(otherProvince.requests()).noneMatch(r -> r.body().contains(balikpapan.number()));
            assertThat(ids(otherProvince, tarakan.number())).containsExactly(tarakanId);
            Webhook verifier = new Webhook(secret);
            for (WebhookReceiver.Request request : city.requests()) {
                verifier.verify(request.body(), request.headers());
                assertThat(request.header("content-type")).isEqualTo("application/cloudevents+json");
                assertThat(JsonPath.from(request.body()).getString("specversion")).isEqualTo("1.0");
                assertThat(request.body()).doesNotContain(Events.ACCUSED_NAME).doesNotContain(Events.ACCUSED_NIP);
            }
        }
    }

    @Test
    void shouldRetryWithGrowingWaitsHonourRetryAfterAndHaveTheEventAcceptedOnce() throws Exception {
        try (WebhookReceiver receiver = new WebhookReceiver()) {
            String id = subscribe(DemoAccount.PEMKOT_BALIKPAPAN, receiver.url()).getString("id");
            receiver.answer(500, -1);
            receiver.answer(500, -1);
            receiver.answer(503, 2);
            Events.Case c = Events.newCase("64.71");
            String eventId = Events.send(Events.registered(c));

            await().atMost(Duration.ofSeconds(40)).until(() -> receiver.requests().stream()
                    .anyMatch(r -> eventId.equals(r.header("webhook-id")) && r.answered() == 200));

            List<WebhookReceiver.Request> tries = receiver.requests().stream()
                    .filter(r -> eventId.equals(r.header("webhook-id"))).toList();
            assertThat(tries).extracting(WebhookReceiver.Request::answered).containsExactly(500, 500, 503, 200);
            // the third wait is the receiver's Retry-After of 2 s, longer than the backoff's
            assertThat(Duration.between(tries.get(2).at(), tries.get(3).at())).isGreaterThanOrEqualTo(
                    Duration.ofMillis(1_900));
            Thread.sleep(1_000);
            assertThat(receiver.requests().stream().filter(r -> eventId.equals(r.header("webhook-id"))
                    && r.answered() == 200)).as("accepted once, never sent again").hasSize(1);
            given().header("Authorization", TestTokens.bearer(DemoAccount.PEMKOT_BALIKPAPAN))
                    .get("/api/v1/webhooks/{id}/deliveries", id).then().statusCode(200)
                    .body("findAll { it.eventId == '" + eventId + "' }.statusCode", equalTo(List.of(200, 503, 500,
                            500)))
                    .body("[0].latencyMs", org.hamcrest.Matchers.greaterThanOrEqualTo(0))
                    .body("[0]", org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasKey("body")));
        }
    }

    @Test
    void shouldDisableTheSubscriptionOfAReceiverThatAnswers410() throws Throwable {
        try (WebhookReceiver receiver = new WebhookReceiver()) {
            String id = subscribe(DemoAccount.PEMKOT_BALIKPAPAN, receiver.url()).getString("id");
            receiver.answer(410, -1);
            Events.send(Events.registered(Events.newCase("64.71")));

            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given()
                    .header("Authorization", TestTokens.bearer(DemoAccount.PEMKOT_BALIKPAPAN))
                    .get("/api/v1/webhooks/{id}", id).then().statusCode(200)
                    .body("status", equalTo("DISABLED")).body("disabledReason", equalTo("RECEIVER_GONE")));
            int before = receiver.requests().size();
            Events.send(Events.registered(Events.newCase("64.71")));
            Thread.sleep(2_000);
            assertThat(receiver.requests()).hasSize(before);
            // and an event says so, recorded with the change of status
            try (Connection connection = PostgresTestResource.connect();
                    PreparedStatement query = connection.prepareStatement("SELECT payload FROM outbox_event "
                            + "WHERE aggregate_id = ? AND type = 'id.netra.webhook.disabled.v1'")) {
                query.setString(1, id);
                try (ResultSet rows = query.executeQuery()) {
                    assertThat(rows.next()).isTrue();
                    assertThat(rows.getString(1)).contains("RECEIVER_GONE").contains("pemkot-balikpapan");
                    assertThat(rows.next()).as("once").isFalse();
                }
            }
            // the events it will not get wait in its backlog, which the metrics show
            io.quarkus.vertx.VertxContextSupport.subscribeAndAwait(() -> backlog.measure());
            String metrics = given().get("/q/metrics").then().statusCode(200).extract().asString();
            assertThat(metrics).containsPattern("netra_webhooks_backlog\\{subscription=\"" + id + "\"[^}]*} [1-9]")
                    .contains("netra_webhooks_deliveries_total{outcome=\"gone\"");
        }
    }

    @Test
    void shouldSignWithBothSecretsDuringTheRotationsOverlapAndWithTheNewOneAfter() throws Exception {
        try (WebhookReceiver receiver = new WebhookReceiver()) {
            JsonPath subscribed = subscribe(DemoAccount.PEMKOT_BALIKPAPAN, receiver.url());
            String id = subscribed.getString("id");
            String old = subscribed.getString("secret");
            String rotated = given().header("Authorization", TestTokens.bearer(DemoAccount.PEMKOT_BALIKPAPAN))
                    .post("/api/v1/webhooks/{id}/secret", id).then().statusCode(200)
                    .body("secret", startsWith("whsec_")).extract().path("secret");
            assertThat(rotated).isNotEqualTo(old);

            Events.Case during = Events.newCase("64.71");
            Events.send(Events.registered(during));
            WebhookReceiver.Request first = await().atMost(Duration.ofSeconds(30))
                    .until(() -> last(receiver, during.number()), r -> r != null);
            assertThat(first.header("webhook-signature").split(" ")).hasSize(2);
            new Webhook(old).verify(first.body(), first.headers());
            new Webhook(rotated).verify(first.body(), first.headers());

            ((AdjustableClock) clock).set(Instant.now().plus(Duration.ofHours(25)));
            Events.Case after = Events.newCase("64.71");
            Events.send(Events.registered(after));
            WebhookReceiver.Request second = await().atMost(Duration.ofSeconds(30))
                    .until(() -> last(receiver, after.number()), r -> r != null);
            assertThat(second.header("webhook-signature").split(" ")).hasSize(1);
            new Webhook(rotated).verify(second.body(), second.headers());
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> new Webhook(old).verify(second.body(),
                    second.headers())).isInstanceOf(WebhookVerificationException.class);
        }
    }

    @Test
    void shouldDeliverWhatADeadSenderHeldOnceItsLeasePassesAndReplayFromACursor() throws Exception {
        try (WebhookReceiver receiver = new WebhookReceiver()) {
            Events.Case c = Events.newCase("64.71");
            String eventId = "leased-" + UUID.randomUUID();
            long seq;
            try (Connection connection = PostgresTestResource.connect()) {
                seq = Events.append(connection, eventId, c, Instant.now());
            }
            String id = subscribe(DemoAccount.PEMKOT_BALIKPAPAN, receiver.url()).getString("id");
            // as a replica that leased the delivery and died would leave it
            try (Connection connection = PostgresTestResource.connect();
                    PreparedStatement insert = connection.prepareStatement(
                            "INSERT INTO webhook_delivery (id, subscription_id, seq, event_id, subject, status, "
                                    + "next_attempt_at, lease_until) VALUES (?, ?, ?, ?, ?, 'PENDING', ?, ?)")) {
                insert.setObject(1, UUID.randomUUID());
                insert.setObject(2, UUID.fromString(id));
                insert.setLong(3, seq);
                insert.setString(4, eventId);
                insert.setString(5, c.number());
                insert.setTimestamp(6, Timestamp.from(Instant.now()));
                insert.setTimestamp(7, Timestamp.from(Instant.now().plus(Duration.ofSeconds(60))));
                insert.executeUpdate();
            }
            Thread.sleep(1_500);
            assertThat(ids(receiver, c.number())).as("still held by the dead sender").isEmpty();

            ((AdjustableClock) clock).set(Instant.now().plus(Duration.ofSeconds(61)));
            await().atMost(Duration.ofSeconds(20)).until(() -> ids(receiver, c.number()).size() == 1);

            given().header("Authorization", TestTokens.bearer(DemoAccount.PEMKOT_BALIKPAPAN))
                    .contentType(ContentType.JSON).body(Map.of("after", FeedCursor.of(seq - 1)))
                    .post("/api/v1/webhooks/{id}/replay", id).then().statusCode(202)
                    .body("queued", org.hamcrest.Matchers.greaterThanOrEqualTo(1));
            await().atMost(Duration.ofSeconds(20)).until(() -> ids(receiver, c.number()).size() == 2);
            assertThat(ids(receiver, c.number())).containsExactly(eventId, eventId);
        }
    }

    /**
     * Queueing runs many times a second: its cost must follow what is new since each subscription's position, not the
     * size of the feed (a plain join read the whole feed on every round, 121 ms a round at 53,000 events).
     */
    @Test
    void shouldQueueBeyondEachSubscriptionsPositionWithoutReadingTheWholeFeed() throws Exception {
        try (Connection connection = PostgresTestResource.connect()) {
            connection.setAutoCommit(false);
            try (java.sql.Statement sql = connection.createStatement()) {
                sql.executeUpdate("""
                        INSERT INTO feed_event (seq, event_id, type, source, subject, region_code, province_code,
                                                occurred_at, stored_at, data)
                        SELECT nextval('feed_seq'), 'bulk-' || gen_random_uuid(), 'id.netra.case.closed.v1', '/test',
                               'K-' || n, '64.71', '64', now(), now(), '{}'
                        FROM generate_series(1, 20000) n""");
                sql.executeUpdate("""
                        INSERT INTO webhook_subscription (id, owner, scope_region, url, status, after_seq, created_at)
                        SELECT gen_random_uuid(), 'plan-test', '64', 'http://127.0.0.1:9/hook', 'ACTIVE',
                               max(seq) - 5, now()
                        FROM feed_event""");
                // other tests' subscriptions have nothing new, so that the plan reads for this one alone
                sql.executeUpdate("UPDATE webhook_subscription SET after_seq = (SELECT max(seq) FROM feed_event) "
                        + "WHERE owner <> 'plan-test'");
                // the statistics of a feed this long, as autovacuum would have them: the planner's choice depends on them
                sql.execute("ANALYZE feed_event, webhook_subscription");
                String explain = "EXPLAIN (ANALYZE, FORMAT JSON) " + WebhookStore.QUEUE.replace("$1", "now()")
                        .replace("$2", "(now() + interval '60 seconds')").replace("$3", "'{}'::uuid[]")
                        .replace("$4", "16");
                try (ResultSet plan = sql.executeQuery(explain)) {
                    plan.next();
                    long read = rowsRead(new ObjectMapper().readTree(plan.getString(1))
                            .get(0).get("Plan"), "feed_event");
                    assertThat(read).as("feed rows read for 5 new events among 20,000").isLessThan(100);
                }
                // and it did its work: the 5 new events queued, the position at the head
                try (ResultSet queued = sql.executeQuery("""
                        SELECT count(d.id), s.after_seq = (SELECT max(seq) FROM feed_event)
                        FROM webhook_subscription s LEFT JOIN webhook_delivery d ON d.subscription_id = s.id
                        WHERE s.owner = 'plan-test' GROUP BY s.after_seq""")) {
                    queued.next();
                    assertThat(queued.getLong(1)).isEqualTo(5);
                    assertThat(queued.getBoolean(2)).isTrue();
                }
            } finally {
                connection.rollback();
            }
        }
    }

    /** The rows a plan's scans of {@code table} read (returned or filtered out), over all their loops. */
    private static long rowsRead(JsonNode node, String table) {
        long read = table.equals(node.path("Relation Name").asText())
                ? (node.path("Actual Rows").asLong() + node.path("Rows Removed by Filter").asLong()
                        + node.path("Rows Removed by Index Recheck").asLong()) * node.path("Actual Loops").asLong()
                : 0;
        for (JsonNode child : node.path("Plans")) {
            read += rowsRead(child, table);
        }
        return read;
    }

    @Test
    void shouldRefuseAReceiverItMayNotCallAndHideAnotherSubscribersWebhook() throws Exception {
        webhook(DemoAccount.PEMKOT_BALIKPAPAN, "ftp://127.0.0.1/hook").then().statusCode(400)
                .body("errors[0].code", equalTo("URL_SCHEME_NOT_ALLOWED"));
        // the cloud metadata address, as a literal: refused by the address check, no request is made
        webhook(DemoAccount.PEMKOT_BALIKPAPAN, "http://169.254.169.254/latest/meta-data").then().statusCode(400)
                .body("errors[0].code", equalTo("URL_ADDRESS_NOT_ALLOWED"));
        webhook(DemoAccount.PEMKOT_BALIKPAPAN, "http://[fd00:ec2::254]/").then().statusCode(400)
                .body("errors[0].code", equalTo("URL_ADDRESS_NOT_ALLOWED"));
        given().header("Authorization", TestTokens.bearer(DemoAccount.PEMKOT_BALIKPAPAN)).contentType(ContentType.JSON)
                .body(Map.of("url", "http://127.0.0.1:9/hook", "types", List.of("id.netra.nope.v1")))
                .post("/api/v1/webhooks").then().statusCode(400).body("errors.field", hasItem("types[0]"));

        try (WebhookReceiver receiver = new WebhookReceiver()) {
            String id = subscribe(DemoAccount.PEMKOT_BALIKPAPAN, receiver.url()).getString("id");
            given().header("Authorization", TestTokens.bearer(DemoAccount.PEMPROV_KALTARA))
                    .get("/api/v1/webhooks/{id}", id).then().statusCode(404);
            given().header("Authorization", TestTokens.bearer(DemoAccount.PEMPROV_KALTARA))
                    .delete("/api/v1/webhooks/{id}", id).then().statusCode(404);
            given().header("Authorization", TestTokens.bearer(DemoAccount.ADMIN)).get("/api/v1/webhooks/{id}", id)
                    .then().statusCode(200).body("secret", org.hamcrest.Matchers.nullValue());
            given().header("Authorization", TestTokens.bearer(DemoAccount.PPK_BALIKPAPAN)).get("/api/v1/webhooks")
                    .then().statusCode(403);
            given().header("Authorization", TestTokens.bearer(DemoAccount.PEMKOT_BALIKPAPAN))
                    .delete("/api/v1/webhooks/{id}", id).then().statusCode(204);
        }
    }

    private static io.restassured.response.Response webhook(DemoAccount account, String url) {
        return given().header("Authorization", TestTokens.bearer(account)).contentType(ContentType.JSON)
                .body(Map.of("url", url)).post("/api/v1/webhooks");
    }

    private static JsonPath subscribe(DemoAccount account, String url) {
        return webhook(account, url).then().statusCode(201).body("secret", startsWith("whsec_")).extract().jsonPath();
    }

    /** The webhook-ids the receiver got for a case, in arrival order (retries included). */
    private static List<String> ids(WebhookReceiver receiver, String caseNumber) {
        return receiver.requests().stream().filter(r -> r.body().contains("\"" + caseNumber + "\""))
                .filter(r -> r.answered() == 200).map(r -> r.header("webhook-id")).toList();
    }

    private static WebhookReceiver.Request last(WebhookReceiver receiver, String caseNumber) {
        List<WebhookReceiver.Request> of = receiver.requests().stream()
                .filter(r -> r.body().contains("\"" + caseNumber + "\"")).toList();
        return of.isEmpty() ? null : of.get(of.size() - 1);
    }

    private static List<String> fedOrder(List<String> ids) throws SQLException {
        try (Connection connection = PostgresTestResource.connect();
                PreparedStatement query = connection.prepareStatement(
                        "SELECT event_id FROM feed_event WHERE event_id = ANY(?) ORDER BY seq")) {
            query.setArray(1, connection.createArrayOf("varchar", ids.toArray()));
            List<String> order = new java.util.ArrayList<>();
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    order.add(rows.getString(1));
                }
            }
            return order;
        }
    }
}
