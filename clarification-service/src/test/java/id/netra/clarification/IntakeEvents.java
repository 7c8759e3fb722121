package id.netra.clarification;

import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;

import id.netra.contracts.Accused;
import id.netra.contracts.CaseRegistered;
import id.netra.contracts.CloudEventHeaders;
import id.netra.contracts.EventCodec;
import id.netra.contracts.EventType;
import id.netra.contracts.EvidenceAttached;
import id.netra.contracts.RulesChanged;
import id.netra.contracts.Topics;
import id.netra.devstack.test.KafkaProbe;
import id.netra.devstack.test.KafkaTestResource;

/** Stands in for intake-service: registers cases by producing real CloudEvents on its topic. */
public final class IntakeEvents {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();
    private static final EventCodec CODEC = new EventCodec();

    private IntakeEvents() {
    }

    /** A registered case of the region with a case number no other test uses. */
    public static CaseRegistered newCase(String regionCode) {
        String caseNumber = "%s-2024-%06d".formatted(regionCode, SEQUENCE.incrementAndGet());
        return new CaseRegistered(UUID.randomUUID(), caseNumber, regionCode, "PILKADA_2024", "PARTNER",
                new Accused("Budi Santoso", "196608011988031001", "Sekretaris Dinas", "Dinas Pendidikan"),
                List.of("D7"), LocalDate.of(2024, 10, 1), "rep-" + UUID.randomUUID(), Instant.now());
    }

    /** Registers a new case of the region and waits until its clarification is open; returns the event. */
    public static CaseRegistered registered(String regionCode) {
        CaseRegistered event = newCase(regionCode);
        send(event, UUID.randomUUID().toString());
        Api.awaitClarification(event.caseNumber());
        return event;
    }

    public static void send(CaseRegistered event, String eventId) {
        sendRaw(event.caseId().toString(), eventId, EventType.CASE_REGISTERED.type(), event.caseNumber(),
                CODEC.toJson(event));
    }

    /** A file attached to one of the case's reports, as intake announces it. */
    public static EvidenceAttached evidence(CaseRegistered registered, String sha256) {
        return new EvidenceAttached(registered.caseId(), registered.caseNumber(), registered.regionCode(),
                UUID.randomUUID(), UUID.randomUUID(), "foto-deklarasi.jpg", "image/jpeg", 204800, sha256,
                Instant.now());
    }

    public static void send(EvidenceAttached event, String eventId) {
        sendRaw(event.caseId().toString(), eventId, EventType.EVIDENCE_ATTACHED.type(), event.caseNumber(),
                CODEC.toJson(event));
    }

    /** Announces the file and waits until the service has stored it. */
    public static EvidenceAttached attached(CaseRegistered registered, String sha256) {
        EvidenceAttached event = evidence(registered, sha256);
        send(event, UUID.randomUUID().toString());
        await().atMost(Duration.ofSeconds(30)).until(() -> Database
                .count("SELECT count(*) FROM clarification_evidence WHERE evidence_id = ?", event.evidenceId()) == 1);
        return event;
    }

    /** Any record on intake's topic, in CloudEvents binary mode, with whatever value is given. */
    public static void sendRaw(String key, String eventId, String type, String subject, String value) {
        produce(Topics.INTAKE, key, eventId, type, subject, value);
    }

    /** A rules change, as sanction-service publishes it when an admin makes one. */
    public static void sendRules(RulesChanged change) {
        KafkaProbe.sendCloudEvent(KafkaTestResource.bootstrapServers(), Topics.RULES, UUID.randomUUID().toString(),
                EventType.RULES_CHANGED.type(), change.subject(), change.key(), CODEC.toJson(change));
    }

    private static void produce(String topic, String key, String eventId, String type, String subject, String value) {
        ProducerRecord<String, String> record = new ProducerRecord<>(topic, key, value);
        header(record, CloudEventHeaders.SPEC_VERSION, CloudEventHeaders.SPEC_VERSION_VALUE);
        header(record, CloudEventHeaders.ID, eventId);
        header(record, CloudEventHeaders.SOURCE, "/netra/intake");
        header(record, CloudEventHeaders.TYPE, type);
        header(record, CloudEventHeaders.SUBJECT, subject);
        header(record, CloudEventHeaders.TIME, Instant.now().toString());
        header(record, CloudEventHeaders.CONTENT_TYPE, CloudEventHeaders.JSON);
        Properties config = new Properties();
        config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, KafkaTestResource.bootstrapServers());
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(config, new StringSerializer(),
                new StringSerializer())) {
            producer.send(record).get(30, java.util.concurrent.TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("Could not produce the test event", e);
        }
    }

    private static void header(ProducerRecord<String, String> record, String name, String value) {
        record.headers().add(name, value.getBytes(StandardCharsets.UTF_8));
    }
}
