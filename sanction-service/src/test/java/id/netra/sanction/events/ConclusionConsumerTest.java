package id.netra.sanction.events;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.nullValue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.test.junit.QuarkusTest;

import id.netra.contracts.CaseClosed;
import id.netra.contracts.ClarificationConcluded;
import id.netra.contracts.CloudEventHeaders;
import id.netra.contracts.EventCodec;
import id.netra.contracts.EventType;
import id.netra.contracts.Outcome;
import id.netra.contracts.RecommendationIssued;
import id.netra.contracts.Topics;
import id.netra.devstack.DemoAccount;
import id.netra.devstack.test.PostgresTestResource;
import id.netra.devstack.test.TestTokens;
import id.netra.kit.calendar.DayUnit;
import id.netra.kit.calendar.WorkingDays;
import id.netra.kit.region.RegionCatalog;
import id.netra.sanction.Conclusions;
import id.netra.sanction.TopicReader;

@QuarkusTest
class ConclusionConsumerTest {

    private static final String DLQ = "netra.sanction.dlq";

    private final EventCodec codec = new EventCodec();

    @Inject
    MeterRegistry registry;

    @Test
    void shouldRecommendBeratForAPhotoWithACandidateAfterCandidatesWereSet() {
        Instant concludedAt = Instant.parse("2024-10-10T02:00:00Z");
        ClarificationConcluded event = Conclusions.sendAndAwait(
                Conclusions.proven("64.71", "PILKADA_2024", LocalDate.of(2024, 10, 5), concludedAt, "D7"));

        given().header("Authorization", TestTokens.bearer(DemoAccount.PPK_BALIKPAPAN))
                .get("/api/v1/recommendations/{caseNumber}", event.caseNumber())
                .then().statusCode(200)
                .body("status", equalTo("ISSUED"))
                .body("level", equalTo("BERAT"))
                .body("disputed", equalTo(false))
                .body("ruleVersion", matchesPattern("SKB-2022/3#[0-9a-f]{8}"))
                .body("accused.nip", equalTo(event.accused().nip()))
                .body("violations[0].requestedCode", equalTo("D7"))
                .body("violations[0].violationCode", equalTo("D7"))
                .body("violations[0].stage", equalTo("DISCIPLINE"))
                .body("violations[0].legalBasis", equalTo(
                        "PP 94/2021 Pasal 8 ayat (4) jo. Pasal 14; UU 20/2023 Pasal 9 ayat (2) dan Pasal 24 ayat (1) huruf d; SKB Netralitas ASN 2022"))
                .body("sanctionOptions.code", contains("TURUN_JABATAN_12", "PEMBEBASAN_JABATAN_12", "PDH_TAPS"))
                // 14 working days from Thu 10 Oct 2024: day 1 is Fri 11 Oct, day 14 Wed 30 Oct, ending at midnight WITA
                .body("decisionDue.dueAt", equalTo("2024-10-30T16:00:00Z"))
                .body("decisionDue.provisional", equalTo(false))
                .body("decisionDue.overdue", equalTo(true));
    }

    @Test
    void shouldMoveAPhotoBeforeCandidatesWereSetToTheEthicsRow() {
        ClarificationConcluded event = Conclusions.sendAndAwait(Conclusions.proven("64.71", "PILKADA_2024",
                LocalDate.of(2024, 9, 1), Instant.now(), "D7"));

        given().header("Authorization", TestTokens.bearer(DemoAccount.BKN))
                .get("/api/v1/recommendations/{caseNumber}", event.caseNumber())
                .then().statusCode(200)
                .body("level", equalTo("MORAL"))
                .body("violations[0].violationCode", equalTo("KE5"))
                .body("violations[0].pairBasis", equalTo("confirmed"))
                .body("violations[0].legalBasis", equalTo(
                        "PP 42/2004 Pasal 15 (sanksi moral); UU 20/2023 Pasal 9 ayat (2) dan Pasal 24 ayat (1) huruf d; SKB Netralitas ASN 2022"))
                .body("sanctionOptions.code", contains("MORAL_CLOSED", "MORAL_OPEN"));
    }

    @Test
    void shouldPublishRecommendationIssuedKeyedByTheCase() throws SQLException {
        ClarificationConcluded event = Conclusions.provenD7("64.71");
        Conclusions.send(event);

        ConsumerRecord<String, String> record = TopicReader.awaitRecord(Topics.SANCTION,
                r -> event.caseId().toString().equals(r.key()));

        assertThat(TopicReader.header(record, CloudEventHeaders.TYPE))
                .isEqualTo(EventType.RECOMMENDATION_ISSUED.type());
        assertThat(TopicReader.header(record, CloudEventHeaders.SUBJECT)).isEqualTo(event.caseNumber());
        assertThat(TopicReader.header(record, CloudEventHeaders.SOURCE)).isEqualTo("/netra/sanction");
        RecommendationIssued issued = (RecommendationIssued) codec.fromJson(EventType.RECOMMENDATION_ISSUED.type(),
                record.value());
        assertThat(issued.level()).isEqualTo("BERAT");
        assertThat(issued.items()).containsExactly(new RecommendationIssued.Item("D7", "BERAT",
                "PP 94/2021 Pasal 8 ayat (4) jo. Pasal 14; UU 20/2023 Pasal 9 ayat (2) dan Pasal 24 ayat (1) huruf d; SKB Netralitas ASN 2022"));
        assertThat(issued.dueAt()).isEqualTo(WorkingDays.standard()
                .deadline(event.concludedAt(), 14, DayUnit.WORKING_DAYS, RegionCatalog.WITA).dueAt());
        assertThat(count("SELECT count(*) FROM outbox_event WHERE aggregate_id = ? AND jsonb_typeof(payload::jsonb) = 'object'",
                event.caseId().toString())).isEqualTo(1);
    }

    @Test
    void shouldCreateExactlyOneRecommendationWhenTheSameEventIsRedelivered() throws SQLException {
        ClarificationConcluded event = Conclusions.provenD7("64.71");
        String eventId = UUID.randomUUID().toString();
        double duplicatesBefore = registry.counter("netra.inbox.duplicates").count();

        Conclusions.send(event, eventId);
        Conclusions.send(event, eventId);

        await().atMost(Duration.ofSeconds(30))
                .until(() -> registry.counter("netra.inbox.duplicates").count() > duplicatesBefore);
        assertThat(count("SELECT count(*) FROM recommendation WHERE case_id = ?", event.caseId())).isEqualTo(1);
        assertThat(count("SELECT count(*) FROM outbox_event WHERE aggregate_id = ?", event.caseId().toString()))
                .isEqualTo(1);
    }

    @Test
    void shouldCloseANotProvenCaseAndPublishOnlyCaseClosed() throws SQLException {
        ClarificationConcluded event = Conclusions.notProven("64.71");
        Conclusions.send(event);

        ConsumerRecord<String, String> record = TopicReader.awaitRecord(Topics.SANCTION,
                r -> event.caseId().toString().equals(r.key()));

        assertThat(TopicReader.header(record, CloudEventHeaders.TYPE)).isEqualTo(EventType.CASE_CLOSED.type());
        CaseClosed closed = (CaseClosed) codec.fromJson(EventType.CASE_CLOSED.type(), record.value());
        assertThat(closed.outcome()).isEqualTo(Outcome.NOT_PROVEN.name());
        assertThat(count("SELECT count(*) FROM outbox_event WHERE aggregate_id = ?", event.caseId().toString()))
                .isEqualTo(1);
        given().header("Authorization", TestTokens.bearer(DemoAccount.PPK_BALIKPAPAN))
                .get("/api/v1/recommendations/{caseNumber}", event.caseNumber())
                .then().statusCode(200)
                .body("status", equalTo("CLOSED"))
                .body("closedOutcome", equalTo("NOT_PROVEN"))
                .body("level", nullValue())
                .body("decisionDue", nullValue());
    }

    @Test
    void shouldLeaveAnActOutsideTheCatalogueToTheTaskForce() {
        ClarificationConcluded event = Conclusions.sendAndAwait(Conclusions.proven("64.71", "PILKADA_2024",
                LocalDate.of(2024, 10, 5), Instant.now(), "D13"));

        given().header("Authorization", TestTokens.bearer(DemoAccount.AUDITOR))
                .get("/api/v1/recommendations/{caseNumber}", event.caseNumber())
                .then().statusCode(200)
                .body("status", equalTo("AWAITING_TASK_FORCE"))
                .body("level", nullValue())
                .body("decisionDue", nullValue())
                .body("violations[0].violationCode", equalTo("D13"));
    }

    @Test
    void shouldParkAPoisonEventWithItsReasonAndGoOnWithTheNext() {
        ClarificationConcluded good = Conclusions.provenD7("64.71");
        // the same case and key, so both land on one partition: the poison event must not block the good one
        ClarificationConcluded poison = new ClarificationConcluded(good.caseId(), good.caseNumber(), good.regionCode(),
                "PEMILU_1999", good.clarificationId(), Outcome.PROVEN, good.violationCodes(), good.actDate(),
                good.accused(), null, null, null, good.concludedAt());

        Conclusions.send(poison);
        Conclusions.send(good);

        ConsumerRecord<String, String> parked = TopicReader.awaitRecord(DLQ,
                r -> good.caseId().toString().equals(r.key()));
        assertThat(TopicReader.header(parked, "dead-letter-reason")).contains("PEMILU_1999");
        Conclusions.awaitRecorded(good.caseNumber());
    }

    @Test
    void shouldParkASecondConclusionOfTheSameCase() {
        ClarificationConcluded first = Conclusions.sendAndAwait(Conclusions.provenD7("64.71"));
        ClarificationConcluded second = new ClarificationConcluded(first.caseId(), first.caseNumber(),
                first.regionCode(), first.electionCode(), UUID.randomUUID(), Outcome.PROVEN, List.of("D5"),
                first.actDate(), first.accused(), null, null, null, Instant.now());

        Conclusions.send(second);

        ConsumerRecord<String, String> parked = TopicReader.awaitRecord(DLQ,
                r -> first.caseId().toString().equals(r.key()));
        assertThat(TopicReader.header(parked, "dead-letter-reason")).contains("concluded before");
        given().header("Authorization", TestTokens.bearer(DemoAccount.BKN))
                .get("/api/v1/recommendations/{caseNumber}", first.caseNumber())
                .then().statusCode(200).body("level", equalTo("BERAT"));
    }

    private static long count(String sql, Object parameter) throws SQLException {
        try (Connection connection = PostgresTestResource.connect();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setObject(1, parameter);
            try (ResultSet result = statement.executeQuery()) {
                result.next();
                return result.getLong(1);
            }
        }
    }
}
