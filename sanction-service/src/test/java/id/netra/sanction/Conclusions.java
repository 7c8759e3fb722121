package id.netra.sanction;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;

import id.netra.contracts.Accused;
import id.netra.contracts.CaseEvent;
import id.netra.contracts.ClarificationConcluded;
import id.netra.contracts.ClarificationCorrected;
import id.netra.contracts.CloudEventHeaders;
import id.netra.contracts.EventCodec;
import id.netra.contracts.EventType;
import id.netra.contracts.Outcome;
import id.netra.contracts.PositionCategory;
import id.netra.contracts.Topics;
import id.netra.devstack.DemoAccount;
import id.netra.devstack.test.KafkaTestResource;
import id.netra.devstack.test.TestTokens;

/** Builds {@code clarification.concluded} events and sends them as the clarification service would. */
public final class Conclusions {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();
    private static final AtomicInteger PEOPLE = new AtomicInteger();
    private static KafkaProducer<String, String> producer;

    private Conclusions() {
    }

    /** A case number no other test uses, in the given region. */
    public static String nextCaseNumber(String region) {
        return String.format("%s-2024-%06d", region, SEQUENCE.incrementAndGet());
    }

    /**
     * A civil servant no other test accuses: each has a NIP of their own (born one day after the previous one), so
     * no test's case makes another's accused a repeat offender.
     */
    public static Accused newAccused() {
        LocalDate born = LocalDate.of(1960, 1, 1).plusDays(PEOPLE.incrementAndGet());
        String nip = born.toString().replace("-", "") + "198803" + "1" + "001";
        return new Accused("Budi Santoso", nip, "Sekretaris Dinas", "Pemerintah Kota Balikpapan");
    }

    /** A contract servant (PPPK: appointment code 21 in the NIP) no other test accuses. */
    public static Accused newPppk() {
        LocalDate born = LocalDate.of(1960, 1, 1).plusDays(PEOPLE.incrementAndGet());
        String nip = born.toString().replace("-", "") + "202121" + "2" + "001";
        return new Accused("Rina Lestari", nip, "Guru Ahli Pertama", "Dinas Pendidikan Kota Balikpapan");
    }

    public static ClarificationConcluded proven(String region, String election, LocalDate actDate, Instant concludedAt,
            String... codes) {
        return proven(region, election, actDate, concludedAt, newAccused(), null, codes);
    }

    /** A proven case of a given accused and position (null: the producer did not say). */
    public static ClarificationConcluded proven(String region, String election, LocalDate actDate, Instant concludedAt,
            Accused accused, PositionCategory position, String... codes) {
        return new ClarificationConcluded(UUID.randomUUID(), nextCaseNumber(region), region, election,
                UUID.randomUUID(), Outcome.PROVEN, List.of(codes), actDate, accused, null, null, position, concludedAt);
    }

    /** A photo with a candidate (D7) in Balikpapan, after Pilkada 2024's candidates were set. */
    public static ClarificationConcluded provenD7(String region) {
        return proven(region, "PILKADA_2024", LocalDate.of(2024, 10, 5), Instant.now(), "D7");
    }

    public static ClarificationConcluded notProven(String region) {
        return notProven(region, "PILKADA_2024", Instant.now());
    }

    public static ClarificationConcluded notProven(String region, String election, Instant concludedAt) {
        return new ClarificationConcluded(UUID.randomUUID(), nextCaseNumber(region), region, election,
                UUID.randomUUID(), Outcome.NOT_PROVEN, List.of(), null, newAccused(),
                "Foto diambil sebelum masa jabatan", null, null, concludedAt);
    }

    /** Sends the event with a new CloudEvents id; returns that id. */
    public static String send(ClarificationConcluded event) {
        String id = UUID.randomUUID().toString();
        send(event, id);
        return id;
    }

    /** Sends the event with the given CloudEvents id (the same id again is a redelivery). */
    public static void send(ClarificationConcluded event, String eventId) {
        sendEvent(event, eventId);
    }

    /** Sends a correction as the clarification service would, with the given CloudEvents id. */
    public static void send(ClarificationCorrected event, String eventId) {
        sendEvent(event, eventId);
    }

    /** A correction of {@code original} to the given outcome and codes, naming what changed and why. */
    public static ClarificationCorrected correction(ClarificationConcluded original, Outcome outcome,
            List<String> changedFields, String... codes) {
        return new ClarificationCorrected(original.caseId(), original.caseNumber(), original.regionCode(),
                original.electionCode(), original.clarificationId(), outcome, List.of(codes),
                outcome == Outcome.PROVEN ? original.actDate() : null, original.accused(),
                outcome == Outcome.PROVEN ? null : "Bukti foto ternyata rekayasa", original.candidacyStage(),
                original.positionCategory(), changedFields, "Salah ketik kode pelanggaran pada kesimpulan.",
                "inspektorat.balikpapan", Instant.now(), original.contestCode());
    }

    private static void sendEvent(CaseEvent event, String eventId) {
        ProducerRecord<String, String> record = new ProducerRecord<>(Topics.CLARIFICATION, event.caseId().toString(),
                new EventCodec().toJson(event));
        Map<String, String> headers = Map.of(
                CloudEventHeaders.SPEC_VERSION, CloudEventHeaders.SPEC_VERSION_VALUE,
                CloudEventHeaders.ID, eventId,
                CloudEventHeaders.SOURCE, "/netra/clarification",
                CloudEventHeaders.TYPE, EventType.of(event).type(),
                CloudEventHeaders.SUBJECT, event.caseNumber(),
                CloudEventHeaders.TIME, Instant.now().toString(),
                CloudEventHeaders.CONTENT_TYPE, CloudEventHeaders.JSON);
        headers.forEach((name, value) -> record.headers().add(name, value.getBytes(StandardCharsets.UTF_8)));
        try {
            producer().send(record).get(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("Could not send the test event", e);
        }
    }

    /** Sends the event and waits until its recommendation can be read. */
    public static ClarificationConcluded sendAndAwait(ClarificationConcluded event) {
        send(event);
        awaitRecorded(event.caseNumber());
        return event;
    }

    public static void awaitRecorded(String caseNumber) {
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200))
                .until(() -> given().header("Authorization", TestTokens.bearer(DemoAccount.ADMIN))
                        .get("/api/v1/recommendations/{caseNumber}", caseNumber).statusCode() == 200);
    }

    private static synchronized KafkaProducer<String, String> producer() {
        if (producer == null) {
            Properties properties = new Properties();
            properties.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, KafkaTestResource.bootstrapServers());
            properties.put(ProducerConfig.ACKS_CONFIG, "all");
            producer = new KafkaProducer<>(properties, new StringSerializer(), new StringSerializer());
            KafkaProducer<String, String> created = producer;
            Runtime.getRuntime().addShutdownHook(new Thread(created::close));
        }
        return producer;
    }
}
