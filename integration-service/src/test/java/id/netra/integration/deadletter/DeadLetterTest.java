package id.netra.integration.deadletter;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.VertxContextSupport;
import io.restassured.path.json.JsonPath;

import id.netra.contracts.EventCodec;
import id.netra.devstack.DemoAccount;
import id.netra.devstack.test.KafkaProbe;
import id.netra.devstack.test.KafkaTestResource;
import id.netra.devstack.test.PostgresTestResource;
import id.netra.devstack.test.TestTokens;
import id.netra.integration.Events;
import id.netra.kit.inbox.Redrive;

/**
 * Dead letters end to end on a real broker and database: a poison record parked by this service's own consumer and
 * listed with its reason; an event parked while its cause stood, redriven, taken once, each redrive on record.
 */
@QuarkusTest
class DeadLetterTest {

    private static final Duration SOON = Duration.ofSeconds(30);

    @Inject
    DeadLetterService service;

    @Test
    void shouldListAPoisonRecordWithTheReasonItsConsumerGaveAndTheHeadersItCameWith() {
        String eventId = UUID.randomUUID().toString();
        KafkaProbe.send(KafkaTestResource.bootstrapServers(), "netra.intake.events", "k-" + eventId,
                "{not json, \"reporterRef\":\"rep-9f2e77\"",
                Map.of("ce_specversion", "1.0", "ce_id", eventId, "ce_type", "id.netra.case.registered.v1",
                        "ce_source", "/test", "ce_subject", "64.71-2026-999999"));

        String id = awaitListed(eventId);
        JsonPath detail = given().header("Authorization", TestTokens.bearer(DemoAccount.AUDITOR))
                .get("/api/v1/dead-letters/" + id).then().statusCode(200).extract().jsonPath();
        assertThat(detail.getString("deadLetter.consumer")).isEqualTo("integration-service");
        assertThat(detail.getString("deadLetter.originalTopic")).isEqualTo("netra.intake.events");
        assertThat(detail.getString("deadLetter.reason")).isNotBlank();
        assertThat(detail.getString("deadLetter.eventType")).isEqualTo("id.netra.case.registered.v1");
        // what could not be read is shown as it is, but for a reporter's reference
        assertThat(detail.getString("payload")).isEqualTo("{not json, \"reporterRef\":\"***\"");
        assertThat(detail.prettify()).doesNotContain("rep-9f2e77");
        assertThat(detail.getString("key")).isEqualTo("k-" + eventId);
        assertThat(detail.getList("headers.name", String.class)).contains("ce_id", "ce_type")
                .noneMatch(name -> name.startsWith("dead-letter-"));
        assertThat(detail.getList("redrives")).isEmpty();
    }

    @Test
    void shouldRedriveAParkedEventIntoTheFeedOnceAndRecordEveryRedrive() throws Exception {
        Events.Case c = Events.newCase("64.71");
        String eventId = UUID.randomUUID().toString();
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("ce_specversion", "1.0");
        headers.put("ce_id", eventId);
        headers.put("ce_source", "/netra/intake");
        headers.put("ce_type", "id.netra.case.registered.v1");
        headers.put("ce_subject", c.number());
        headers.put("dead-letter-reason", "the database was away for longer than the retries");
        headers.put("dead-letter-topic", "netra.intake.events");
        headers.put("dead-letter-partition", "1");
        headers.put("dead-letter-offset", "42");
        // as the feed's consumer parked it while its cause stood
        KafkaProbe.send(KafkaTestResource.bootstrapServers(), "netra.integration.dlq", c.id().toString(),
                new EventCodec().toJson(Events.registered(c)), headers);
        String id = awaitListed(eventId);
        assertThat(feedCount(eventId)).isZero();

        given().header("Authorization", TestTokens.bearer(DemoAccount.AUDITOR)).post(redrive(id)).then()
                .statusCode(403);
        given().header("Authorization", TestTokens.bearer(DemoAccount.ADMIN)).post(redrive(id)).then()
                .statusCode(202).body("status", equalTo("SENT")).body("targetTopic", equalTo("netra.intake.events"))
                .body("redrivenBy", equalTo("admin"));
        await().atMost(SOON).until(() -> feedCount(eventId) == 1);

        // sent back a second time: recorded again, taken no second time
        given().header("Authorization", TestTokens.bearer(DemoAccount.ADMIN)).post(redrive(id)).then()
                .statusCode(202);
        List<ConsumerRecord<String, String>> back = KafkaProbe.readUntil(KafkaTestResource.bootstrapServers(),
                "netra.intake.events", r -> eventId.equals(KafkaProbe.header(r, "ce_id")), SOON);
        ConsumerRecord<String, String> redriven = back.get(back.size() - 1);
        assertThat(KafkaProbe.header(redriven, Redrive.ID)).isNotNull();
        assertThat(KafkaProbe.header(redriven, Redrive.FOR)).isEqualTo("integration-service");
        assertThat(KafkaProbe.header(redriven, "dead-letter-reason")).isNull();
        assertThat(redriven.key()).isEqualTo(c.id().toString());
        Thread.sleep(2000);
        assertThat(feedCount(eventId)).isEqualTo(1);
        given().header("Authorization", TestTokens.bearer(DemoAccount.AUDITOR)).get("/api/v1/dead-letters/" + id)
                .then().statusCode(200).body("deadLetter.redriveCount", equalTo(2))
                .body("redrives.redrivenBy", hasItems("admin", "admin")).body("redrives.status", not(hasItem("PENDING")))
                .body("payload", not(containsString("rep-4f1c2a")));
    }

    @Test
    void shouldSendARedriveThatWasRecordedButNotSentWhenItsReplicaStoppedInBetween() throws Throwable {
        Events.Case c = Events.newCase("64.72");
        String eventId = UUID.randomUUID().toString();
        KafkaProbe.send(KafkaTestResource.bootstrapServers(), "netra.integration.dlq", c.id().toString(),
                new EventCodec().toJson(Events.registered(c)), Map.of("ce_specversion", "1.0", "ce_id", eventId,
                        "ce_type", "id.netra.case.registered.v1", "ce_subject", c.number(), "dead-letter-topic",
                        "netra.intake.events", "dead-letter-reason", "timeout"));
        String id = awaitListed(eventId);
        // the redrive was recorded, then the replica stopped before the broker took it
        given().header("Authorization", TestTokens.bearer(DemoAccount.ADMIN)).post(redrive(id)).then()
                .statusCode(202);
        execute("UPDATE dead_letter_redrive SET status = 'PENDING', sent_at = NULL, "
                + "last_attempt_at = now() - interval '1 minute' WHERE dead_letter_id = ?::uuid", id);

        assertThat(VertxContextSupport.subscribeAndAwait(service::sendStalled)).isGreaterThanOrEqualTo(1);
        assertThat(VertxContextSupport.subscribeAndAwait(service::sendStalled)).as("sent once, not again").isZero();
        given().header("Authorization", TestTokens.bearer(DemoAccount.ADMIN)).get("/api/v1/dead-letters/" + id)
                .then().statusCode(200).body("redrives.status", equalTo(List.of("SENT")));
    }

    @Test
    void shouldLetOnlyAdminsAndAuditorsReadAndRefuseWhatIsNotAFilterOrAnId() {
        for (DemoAccount other : new DemoAccount[] { DemoAccount.BKN, DemoAccount.PEMKOT_BALIKPAPAN,
                DemoAccount.BAWASLU_BALIKPAPAN }) {
            given().header("Authorization", TestTokens.bearer(other)).get("/api/v1/dead-letters").then()
                    .statusCode(403);
        }
        given().get("/api/v1/dead-letters").then().statusCode(401);
        given().header("Authorization", TestTokens.bearer(DemoAccount.ADMIN)).queryParam("consumer", "kafka")
                .queryParam("before", "12").queryParam("limit", "0").get("/api/v1/dead-letters").then()
                .statusCode(400).contentType("application/problem+json")
                .body("errors.code", hasItems("CONSUMER_INVALID", "INVALID_CURSOR", "LIMIT_RANGE"));
        given().header("Authorization", TestTokens.bearer(DemoAccount.ADMIN))
                .get("/api/v1/dead-letters/" + UUID.randomUUID()).then().statusCode(404)
                .body("code", equalTo("DEAD_LETTER_NOT_FOUND"));
        given().header("Authorization", TestTokens.bearer(DemoAccount.ADMIN))
                .post(redrive(UUID.randomUUID().toString())).then().statusCode(404);
    }

    private static String redrive(String id) {
        return "/api/v1/dead-letters/" + id + "/redrive";
    }

    private static String awaitListed(String eventId) {
        String[] found = new String[1];
        await().atMost(SOON).until(() -> {
            JsonPath page = given().header("Authorization", TestTokens.bearer(DemoAccount.ADMIN))
                    .queryParam("limit", 200).get("/api/v1/dead-letters").then().statusCode(200).extract().jsonPath();
            List<Map<String, Object>> items = page.getList("items");
            items.stream().filter(i -> eventId.equals(i.get("eventId"))).findFirst()
                    .ifPresent(i -> found[0] = (String) i.get("deadLetterId"));
            return found[0] != null;
        });
        return found[0];
    }

    private static long feedCount(String eventId) throws SQLException {
        return count("SELECT count(*) FROM feed_event WHERE event_id = ?", eventId);
    }

    private static long count(String sql, String parameter) throws SQLException {
        return PostgresTestResource.number(sql, parameter);
    }

    private static void execute(String sql, String parameter) throws SQLException {
        try (Connection connection = PostgresTestResource.connect();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, parameter);
            statement.executeUpdate();
        }
    }
}
