package id.netra.integration.feed;

import static io.restassured.RestAssured.given;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.VertxContextSupport;
import io.restassured.response.Response;

import id.netra.devstack.DemoAccount;
import id.netra.devstack.test.KafkaProbe;
import id.netra.devstack.test.KafkaTestResource;
import id.netra.devstack.test.PostgresTestResource;
import id.netra.devstack.test.TestTokens;
import id.netra.integration.Events;

@QuarkusTest
class FeedTest {

    @Inject
    FeedRetention retention;

    @Test
    void shouldGiveEachRegionItsOwnEventsOnceInTheFeedsOrderPageByPage() throws SQLException {
        Events.Case balikpapan = Events.newCase("64.71");
        Events.Case samarinda = Events.newCase("64.72");
        Events.Case tarakan = Events.newCase("65.71");
        List<String> sent = List.of(Events.send(Events.registered(balikpapan)), Events.send(Events.overdue(balikpapan)),
                Events.send(Events.closed(balikpapan)), Events.send(Events.registered(samarinda)),
                Events.send(Events.registered(tarakan)));
        awaitStored(sent);

        List<Map<String, Object>> city = readAll(DemoAccount.PEMKOT_BALIKPAPAN);
        List<Map<String, Object>> province = readAll(DemoAccount.PEMPROV_KALTIM);
        List<Map<String, Object>> other = readAll(DemoAccount.PEMPROV_KALTARA);
        List<Map<String, Object>> national = readAll(DemoAccount.BKN);

        assertThat(city).allSatisfy(event -> assertThat(event.get("netraregion")).isEqualTo("64.71"));
        assertThat(province).allSatisfy(event -> assertThat((String) event.get("netraregion")).startsWith("64"));
        assertThat(other).allSatisfy(event -> assertThat((String) event.get("netraregion")).startsWith("65"));
        // each once, in the order the feed stored them
        List<String> stored = storedOrder(sent);
        assertThat(ids(city, sent)).isEqualTo(only(stored, sent.subList(0, 3)));
        assertThat(ids(province, sent)).isEqualTo(only(stored, sent.subList(0, 4)));
        assertThat(ids(other, sent)).containsExactly(sent.get(4));
        assertThat(ids(national, sent)).isEqualTo(stored);
    }

    @Test
    void shouldNotSkipAnEventWhoseTransactionCommitsAfterALaterOneStarted() throws Exception {
        long head = head();
        Events.Case held = Events.newCase("64.71");
        Events.Case later = Events.newCase("64.71");
        String heldId = "held-" + UUID.randomUUID();
        try (Connection connection = PostgresTestResource.connect()) {
            connection.setAutoCommit(false);
            // this transaction takes its place in the feed first and commits last
            Events.append(connection, heldId, held, Instant.now());
            String laterId = Events.send(Events.registered(later));
            Thread.sleep(1_500);

            assertThat(ids(read(DemoAccount.PEMKOT_BALIKPAPAN, FeedCursor.of(head), 0), List.of(heldId, laterId)))
                    .as("neither the uncommitted event nor the one after it").isEmpty();

            connection.commit();
            await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(
                    ids(read(DemoAccount.PEMKOT_BALIKPAPAN, FeedCursor.of(head), 0), List.of(heldId, laterId)))
                    .containsExactly(heldId, laterId));
        }
    }

    @Test
    void shouldStoreAPollsEventsOnceInTheirOrderAndParkOnlyTheRecordsThatFail() throws SQLException {
        Events.Case c = Events.newCase("64.71");
        // read fine, but its number is longer than the feed keeps: the database refuses it, and the poll with it
        Events.Case tooLong = new Events.Case(c.id(), c.number() + "-" + "9".repeat(60), c.region());
        String first = UUID.randomUUID().toString();
        String unreadable = UUID.randomUUID().toString();
        String refused = UUID.randomUUID().toString();
        String last = UUID.randomUUID().toString();
        ProducerRecord<String, String> template = Events.record(unreadable, Events.registered(c));
        Map<String, String> headers = new LinkedHashMap<>();
        template.headers().forEach(header -> headers.put(header.key(), new String(header.value(), UTF_8)));
        KafkaProbe.sendAll(KafkaTestResource.bootstrapServers(), List.of(
                Events.record(first, Events.registered(c)),
                KafkaProbe.record(template.topic(), template.key(), "{not json", headers),
                Events.record(refused, Events.registered(tooLong)),
                Events.record(first, Events.registered(c)),
                Events.record(last, Events.registered(c))));

        Set<String> seen = new HashSet<>();
        List<ConsumerRecord<String, String>> parked = KafkaProbe.readUntil(KafkaTestResource.bootstrapServers(),
                "netra.integration.dlq", record -> seen.add(KafkaProbe.header(record, "ce_id"))
                        && seen.containsAll(List.of(unreadable, refused)),
                Duration.ofSeconds(60));
        assertThat(parked).extracting(record -> KafkaProbe.header(record, "ce_id"))
                .contains(unreadable, refused).doesNotContain(first, last);
        awaitStored(List.of(first, last));
        assertThat(storedOrder(List.of(first, unreadable, refused, last))).containsExactly(first, last);
    }

    @Test
    void shouldAnswerALongPollWithinASecondOfTheEventBeingStored() throws Exception {
        long head = head();
        Events.Case c = Events.newCase("64.71");
        CompletableFuture<Instant> answered = CompletableFuture.supplyAsync(() -> {
            Response response = given().header("Authorization", TestTokens.bearer(DemoAccount.PEMKOT_BALIKPAPAN))
                    .queryParam("after", FeedCursor.of(head)).queryParam("wait", 20).get("/api/v1/feed");
            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.jsonPath().getList("subject", String.class)).contains(c.number());
            return Instant.now();
        });
        Thread.sleep(1_000);
        assertThat(answered).as("no event yet: the poll waits").isNotDone();

        String id = Events.send(Events.registered(c));
        Instant arrived = answered.get(30, java.util.concurrent.TimeUnit.SECONDS);
        Instant stored = storedAt(id);

        assertThat(Duration.between(stored, arrived)).isLessThan(Duration.ofSeconds(1));
    }

    @Test
    void shouldTellAReaderBehindTheRetentionToResynchroniseWith410() throws Throwable {
        Events.Case old = Events.newCase("64.71");
        String oldId = "old-" + UUID.randomUUID();
        long oldSeq;
        try (Connection connection = PostgresTestResource.connect()) {
            oldSeq = Events.append(connection, oldId, old, Instant.now().minus(Duration.ofDays(40)));
        }

        assertThat(VertxContextSupport.subscribeAndAwait(() -> retention.removeOld())).isPositive();

        given().header("Authorization", TestTokens.bearer(DemoAccount.PEMKOT_BALIKPAPAN))
                .queryParam("after", FeedCursor.of(oldSeq - 1)).get("/api/v1/feed")
                .then().statusCode(410).contentType("application/problem+json")
                .body("code", equalTo("CURSOR_EXPIRED"));
        given().header("Authorization", TestTokens.bearer(DemoAccount.PEMKOT_BALIKPAPAN))
                .queryParam("after", FeedCursor.of(oldSeq)).get("/api/v1/feed").then().statusCode(200);
    }

    @Test
    void shouldLetOutIdsNumbersCodesAndDatesButNeitherTheReporterNorTheAccused() throws SQLException {
        Events.Case c = Events.newCase("64.71");
        String id = Events.send(Events.registered(c));
        awaitStored(List.of(id));

        Response response = given().header("Authorization", TestTokens.bearer(DemoAccount.BKN))
                .queryParam("types", "id.netra.case.registered.v1").queryParam("limit", 500).get("/api/v1/feed");
        String body = response.asString();
        Map<String, Object> event = response.jsonPath().getList("", Map.class).stream()
                .filter(e -> id.equals(e.get("id"))).findFirst().map(e -> (Map<String, Object>) e).orElseThrow();

        assertThat(response.contentType()).startsWith(FeedResource.BATCH);
        assertThat(event).containsEntry("specversion", "1.0").containsEntry("type", "id.netra.case.registered.v1")
                .containsEntry("subject", c.number());
        @SuppressWarnings("unchecked")
        Map<String, Object> data = (Map<String, Object>) event.get("data");
        assertThat(data).containsEntry("caseNumber", c.number()).containsEntry("regionCode", "64.71")
                .containsEntry("electionCode", "DEMO").containsKeys("caseId", "registeredAt", "occurredOn")
                .doesNotContainKeys("accused", "reporterRef");
        assertThat(body).doesNotContain(Events.ACCUSED_NAME).doesNotContain(Events.ACCUSED_NIP)
                .doesNotContain("rep-4f1c2a");
    }

    @Test
    @SuppressWarnings("unchecked")
    void shouldCarryACandidacyWatchsObligationsCodesAndFlagsUnderTheWatchsIdAsSubject() {
        Events.Case d3 = Events.newCase("64.71");
        UUID watch = UUID.randomUUID();
        String registeredId = Events.send(Events.candidacyRegistered(watch, d3));
        String metId = Events.send(Events.resignationMet(watch, "64.71"));
        awaitStored(List.of(registeredId, metId));

        Response response = given().header("Authorization", TestTokens.bearer(DemoAccount.PEMKOT_BALIKPAPAN))
                .queryParam("types", "id.netra.candidacy.registered.v1,id.netra.candidacy.obligation_met.v1")
                .queryParam("limit", 500).get("/api/v1/feed");
        List<Map<String, Object>> events = response.jsonPath().getList("", Map.class).stream()
                .map(e -> (Map<String, Object>) e).filter(e -> watch.toString().equals(e.get("subject"))).toList();

        assertThat(events).extracting(e -> e.get("id")).containsExactly(registeredId, metId);
        Map<String, Object> registered = (Map<String, Object>) events.get(0).get("data");
        assertThat(registered).containsEntry("candidacyId", watch.toString()).containsEntry("cltnStatus", "NONE")
                .containsEntry("d5Flagged", true).containsEntry("d3CaseNumber", d3.number())
                .containsEntry("d3CaseId", d3.id().toString()).containsEntry("contestCode", "DPRD");
        assertThat((List<Map<String, Object>>) registered.get("obligations"))
                .extracting(o -> o.get("code"), o -> o.get("dueOn"), o -> o.get("confidence"))
                .containsExactly(tuple("RESIGNATION_LETTER", "2023-05-10", "P"),
                        tuple("DISMISSAL_WITH_HONOUR", "2023-11-30", "C"));
        Map<String, Object> met = (Map<String, Object>) events.get(1).get("data");
        assertThat(met).containsEntry("obligation", "RESIGNATION_LETTER").containsEntry("late", true)
                .containsEntry("metOn", "2023-05-20").containsEntry("dueOn", "2023-05-10").containsKey("documentId");
    }

    @Test
    void shouldRefuseWhatIsNotACursorALimitTypeOrWaitItDoesNotKnowAndOtherRoles() {
        given().header("Authorization", TestTokens.bearer(DemoAccount.PEMKOT_BALIKPAPAN))
                .queryParam("after", "12").queryParam("limit", 0).queryParam("types", "id.netra.nope.v1")
                .queryParam("wait", 31).get("/api/v1/feed")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItems("after", "limit", "types", "wait"));
        given().get("/api/v1/feed").then().statusCode(401);
        given().header("Authorization", TestTokens.bearer(DemoAccount.BKN)).get("/api/v1/feed").then().statusCode(200);
        assertThat(given().get("/q/metrics").then().statusCode(200).extract().asString())
                .contains("netra_feed_requests_total{wait=\"no\"");
        given().header("Authorization", TestTokens.bearer(DemoAccount.PPK_BALIKPAPAN)).get("/api/v1/feed")
                .then().statusCode(403);
        given().header("Authorization", TestTokens.bearer(DemoAccount.KIPP_BALIKPAPAN)).get("/api/v1/feed")
                .then().statusCode(403);
    }

    /** Follows the cursor from the start in pages of two until a page comes back empty. */
    private static List<Map<String, Object>> readAll(DemoAccount account) {
        List<Map<String, Object>> all = new ArrayList<>();
        String cursor = null;
        for (int page = 0; page < 10_000; page++) {
            var request = given().header("Authorization", TestTokens.bearer(account)).queryParam("limit", 2);
            if (cursor != null) {
                request.queryParam("after", cursor);
            }
            Response response = request.get("/api/v1/feed");
            assertThat(response.statusCode()).isEqualTo(200);
            List<Map<String, Object>> events = response.jsonPath().getList("");
            if (events.isEmpty()) {
                return all;
            }
            all.addAll(events);
            cursor = response.header(FeedResource.NEXT_CURSOR);
        }
        throw new AssertionError("the feed did not end");
    }

    private static List<Map<String, Object>> read(DemoAccount account, String after, int wait) {
        return given().header("Authorization", TestTokens.bearer(account)).queryParam("after", after)
                .queryParam("wait", wait).queryParam("limit", 500).get("/api/v1/feed").then().statusCode(200)
                .extract().jsonPath().getList("");
    }

    /** The ids of {@code events} that are among {@code mine}, in the order read. */
    private static List<String> ids(List<Map<String, Object>> events, List<String> mine) {
        return events.stream().map(event -> (String) event.get("id")).filter(mine::contains).toList();
    }

    private static List<String> only(List<String> order, List<String> wanted) {
        return order.stream().filter(wanted::contains).toList();
    }

    private static void awaitStored(List<String> ids) {
        await().atMost(Duration.ofSeconds(30)).until(() -> storedOrder(ids).size() == ids.size());
    }

    private static List<String> storedOrder(List<String> ids) throws SQLException {
        try (Connection connection = PostgresTestResource.connect();
                PreparedStatement query = connection.prepareStatement(
                        "SELECT event_id FROM feed_event WHERE event_id = ANY(?) ORDER BY seq")) {
            query.setArray(1, connection.createArrayOf("varchar", ids.toArray()));
            List<String> order = new ArrayList<>();
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    order.add(rows.getString(1));
                }
            }
            return order;
        }
    }

    private static Instant storedAt(String id) throws SQLException {
        try (Connection connection = PostgresTestResource.connect();
                PreparedStatement query = connection.prepareStatement(
                        "SELECT stored_at FROM feed_event WHERE event_id = ?")) {
            query.setString(1, id);
            try (ResultSet rows = query.executeQuery()) {
                rows.next();
                return rows.getTimestamp(1).toInstant();
            }
        }
    }

    private static long head() throws SQLException {
        try (Connection connection = PostgresTestResource.connect();
                PreparedStatement query = connection.prepareStatement("SELECT coalesce(max(seq), 0) FROM feed_event");
                ResultSet rows = query.executeQuery()) {
            rows.next();
            return rows.getLong(1);
        }
    }
}
