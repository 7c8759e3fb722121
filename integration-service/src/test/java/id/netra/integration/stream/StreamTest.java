package id.netra.integration.stream;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

import id.netra.devstack.DemoAccount;
import id.netra.devstack.test.TestTokens;
import id.netra.integration.Events;

/**
 * The live stream over HTTP as a browser reads it: filters and the caller's scope, the whole payload without the
 * reporter, heartbeats, resuming with Last-Event-ID, the end of a token, and who may watch.
 */
@QuarkusTest
class StreamTest {

    private static final Duration SOON = Duration.ofSeconds(20);
    private static final Duration QUIET = Duration.ofSeconds(2);

    @TestHTTPResource("/api/v1/stream")
    URI stream;

    /**
     * The stream's consumer starts at the newest records once Kafka assigned it its partitions: until an event sent
     * now comes through, later ones might not either.
     */
    @BeforeEach
    void untilTheStreamReadsTheTopics() throws InterruptedException {
        Events.Case probe = Events.newCase("64.71");
        try (SseClient client = open(DemoAccount.ADMIN, "?case=" + probe.number(), null)) {
            long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            while (System.nanoTime() < deadline) {
                Events.send(Events.registered(probe));
                if (!client.eventsWithin(Duration.ofSeconds(1)).isEmpty()) {
                    return;
                }
            }
            throw new AssertionError("the stream never read an event");
        }
    }

    @Test
    void shouldSendEachEventToTheClientsWhoseFiltersAndScopeItFitsWholeButForTheReporter() throws Exception {
        Events.Case balikpapan = Events.newCase("64.71");
        Events.Case tarakan = Events.newCase("65.71");
        try (SseClient cityCases = open(DemoAccount.BKN, "?region=64.71&types=id.netra.case.", null);
                SseClient oneCase = open(DemoAccount.AUDITOR, "?case=" + tarakan.number(), null);
                SseClient kaltara = client("Bearer " + TestTokens.token("bkn.kaltara", Set.of("bkn"), "65"), "", null)) {
            String registered = Events.send(Events.registered(balikpapan));
            Events.send(Events.overdue(balikpapan));
            String elsewhere = Events.send(Events.registered(tarakan));

            List<SseClient.Message> city = cityCases.until(m -> registered.equals(m.eventId()), SOON);
            assertThat(city).filteredOn(m -> m.data() != null).extracting(SseClient.Message::eventId)
                    .containsExactly(registered);
            SseClient.Message event = city.get(city.size() - 1);
            assertThat(event.data()).contains("\"type\":\"id.netra.case.registered.v1\"",
                    "\"subject\":\"" + balikpapan.number() + "\"", "\"netraregion\":\"64.71\"",
                    "\"nip\":\"" + Events.ACCUSED_NIP + "\"").doesNotContain("rep-4f1c2a", "reporterRef");
            assertThat(oneCase.until(m -> elsewhere.equals(m.eventId()), SOON)).filteredOn(m -> m.data() != null)
                    .extracting(SseClient.Message::eventId).containsExactly(elsewhere);
            // a regional BKN account sees its own province, never Kalimantan Timur
            assertThat(kaltara.until(m -> elsewhere.equals(m.eventId()), SOON)).filteredOn(m -> m.data() != null)
                    .extracting(SseClient.Message::eventId).doesNotContain(registered);
            assertThat(cityCases.eventsWithin(QUIET)).extracting(SseClient.Message::eventId).doesNotContain(elsewhere);
        }
    }

    @Test
    void shouldBeatWhileNothingHappensAndEndWhenTheTokenExpires() throws Exception {
        String shortLived = "Bearer " + TestTokens.token("admin", Set.of("admin"), null, 4);
        try (SseClient quiet = client(shortLived, "?case=64.71-1999-000001", null)) {
            assertThat(quiet.status()).isEqualTo(200);
            assertThat(quiet.contentType()).startsWith("text/event-stream");
            assertThat(quiet.until(m -> "heartbeat".equals(m.comment()), SOON)).isNotEmpty();
            assertThat(quiet.endsWithin(Duration.ofSeconds(15))).as("ended at the token's expiry").isTrue();
        }
    }

    @Test
    void shouldSendWhatWasMissedAfterTheLastEventIdOrSayResetForAnUnknownOne() throws Exception {
        Events.Case c = Events.newCase("64.72");
        String first;
        String second;
        String third;
        String resumeFrom;
        try (SseClient client = open(DemoAccount.ADMIN, "?case=" + c.number(), null)) {
            first = Events.send(Events.registered(c));
            List<SseClient.Message> seen = client.until(m -> first.equals(m.eventId()), SOON);
            resumeFrom = seen.get(seen.size() - 1).id();
            assertThat(resumeFrom).endsWith(":" + first);
        }
        second = Events.send(Events.overdue(c));
        third = Events.send(Events.closed(c));
        try (SseClient watcher = open(DemoAccount.ADMIN, "?case=" + c.number(), null)) {
            Events.send(Events.registered(Events.newCase("64.72")));
            // the two were read by this replica: wait until it has the third before reconnecting
            watcher.eventsWithin(QUIET);
        }

        try (SseClient resumed = open(DemoAccount.ADMIN, "?case=" + c.number(), resumeFrom)) {
            assertThat(resumed.until(m -> third.equals(m.eventId()), SOON)).filteredOn(m -> m.data() != null)
                    .extracting(SseClient.Message::eventId).containsExactly(second, third);
        }
        // an id of this replica that it no longer has, and one of another replica: neither can be resumed from
        try (SseClient unknown = open(DemoAccount.ADMIN, "?case=" + c.number(),
                resumeFrom.substring(0, resumeFrom.indexOf(':') + 1) + UUID.randomUUID())) {
            assertThat(unknown.until(m -> m.data() != null, SOON)).last().extracting(SseClient.Message::name)
                    .isEqualTo("reset");
        }
        try (SseClient unknown = open(DemoAccount.ADMIN, "?case=" + c.number(), "another-replica:" + first)) {
            assertThat(unknown.until(m -> m.data() != null, SOON)).last().extracting(SseClient.Message::name)
                    .isEqualTo("reset");
        }
    }

    @Test
    void shouldRefuseOtherRolesNoTokenAndWrongFiltersAsProblems() {
        try (SseClient pemda = open(DemoAccount.PEMKOT_BALIKPAPAN, "", null);
                SseClient inspektorat = open(DemoAccount.INSPEKTORAT_BALIKPAPAN, "", null);
                SseClient anonymous = client(null, "", null);
                SseClient wrong = open(DemoAccount.ADMIN, "?types=ID.NETRA*&region=99.99&case=a%20b", null)) {
            assertThat(pemda.status()).isEqualTo(403);
            assertThat(inspektorat.status()).isEqualTo(403);
            assertThat(anonymous.status()).isEqualTo(401);
            assertThat(wrong.status()).isEqualTo(400);
            assertThat(wrong.contentType()).startsWith("application/problem+json");
            assertThat(wrong.body()).contains("TYPE_PREFIX_INVALID", "CASE_FILTER_INVALID", "\"region\"");
        }
    }

    private SseClient open(DemoAccount account, String query, String lastEventId) {
        return client(TestTokens.bearer(account), query, lastEventId);
    }

    private SseClient client(String authorization, String query, String lastEventId) {
        return SseClient.open(URI.create(stream + query), authorization, lastEventId);
    }
}
