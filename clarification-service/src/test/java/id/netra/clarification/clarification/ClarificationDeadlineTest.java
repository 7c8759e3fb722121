package id.netra.clarification.clarification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.quarkus.scheduler.Scheduler;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.VertxContextSupport;

import id.netra.clarification.Api;
import id.netra.clarification.Database;
import id.netra.clarification.IntakeEvents;
import id.netra.clarification.TopicReader;
import id.netra.contracts.CaseRegistered;
import id.netra.contracts.ClarificationOverdue;
import id.netra.contracts.ClarificationReminder;
import id.netra.contracts.CloudEventHeaders;
import id.netra.contracts.EventCodec;
import id.netra.contracts.EventType;
import id.netra.contracts.Topics;
import id.netra.devstack.DemoAccount;
import id.netra.kit.time.AdjustableClock;

/**
 * The due day in working days of the region's zone, and the reminder and overdue events at its exact boundaries.
 * Opened Wednesday 2024-05-08 in Balikpapan (WITA): Thursday 9 May is a holiday (Kenaikan Isa Almasih), Friday 10 May
 * collective leave, then the weekend; the five working days are 13-17 May, so the due day is Friday 2024-05-17. It
 * begins at 2024-05-16T16:00Z and ends at 2024-05-17T16:00Z.
 */
@QuarkusTest
class ClarificationDeadlineTest {

    private static final Instant OPENED = Instant.parse("2024-05-08T02:00:00Z");
    private static final Instant LAST_DAY_BEGINS = Instant.parse("2024-05-16T16:00:00Z");
    private static final Instant DUE_DAY_ENDS = Instant.parse("2024-05-17T16:00:00Z");

    @Inject
    Clock clock;

    @Inject
    DeadlineJob job;

    @Inject
    Scheduler scheduler;

    @AfterEach
    void resetTheClock() {
        adjustable().reset();
    }

    @Test
    void shouldSkipTheHolidayTheCollectiveLeaveAndTheWeekend() {
        CaseRegistered registered = openAt(OPENED);

        Api.as(DemoAccount.INSPEKTORAT_BALIKPAPAN).get(Api.CLARIFICATIONS + "/" + registered.caseNumber())
                .then().statusCode(200)
                .body("dueDate", equalTo("2024-05-17"))
                .body("dueAt", equalTo("2024-05-17T16:00:00Z"))
                .body("deadlineProvisional", equalTo(false))
                .body("overdue", equalTo(false));
    }

    @Test
    void shouldCountThePemiluDeadlineOfItsOwnConfigurationAcrossTheVotingDayHoliday() {
        // PEMILU: 7 working days. Opened Wednesday 2024-02-07: the 8th (Isra Mikraj), the 9th (collective leave),
        // the weekend and the 14th (voting day) are skipped: 12, 13, 15, 16, 19, 20, 21 February
        adjustable().set(Instant.parse("2024-02-07T03:00:00Z"));
        CaseRegistered pemilu = IntakeEvents.newCase("64.71");
        pemilu = new CaseRegistered(pemilu.caseId(), pemilu.caseNumber(), pemilu.regionCode(), "PEMILU_2024",
                pemilu.channel(), pemilu.accused(), pemilu.allegedViolationCodes(), pemilu.occurredOn(),
                pemilu.reporterRef(), pemilu.registeredAt());
        IntakeEvents.send(pemilu, UUID.randomUUID().toString());
        Api.awaitClarification(pemilu.caseNumber());

        Api.as(DemoAccount.BKN).get(Api.CLARIFICATIONS + "/" + pemilu.caseNumber())
                .then().statusCode(200)
                .body("dueDate", equalTo("2024-02-21"))
                .body("dueAt", equalTo("2024-02-21T16:00:00Z"));
    }

    @Test
    void shouldRunFromTheSchedulerAsWellAsWhenCalled() {
        CaseRegistered registered = openAt(OPENED);
        adjustable().set(DUE_DAY_ENDS);

        // the same asynchronous trigger @Scheduled uses, which tests otherwise switch off to control the moment
        scheduler.newJob("probe-" + registered.caseNumber()).setInterval("1s")
                .setAsyncTask(execution -> job.run()).schedule();
        try {
            await().atMost(Duration.ofSeconds(30))
                    .until(() -> outboxCount(registered, EventType.CLARIFICATION_OVERDUE) == 1);
        } finally {
            scheduler.unscheduleJob("probe-" + registered.caseNumber());
        }
        assertThat(outboxCount(registered, EventType.CLARIFICATION_OVERDUE)).isEqualTo(1);
    }

    @Test
    void shouldRemindOnceWhenTheLastDayBeginsAndMarkOverdueOnceWhenItEnds() throws Throwable {
        CaseRegistered registered = openAt(OPENED);

        adjustable().set(LAST_DAY_BEGINS.minusSeconds(1));
        runTheJob();
        assertThat(outboxCount(registered, EventType.CLARIFICATION_REMINDER)).isZero();

        adjustable().set(LAST_DAY_BEGINS);
        runTheJob();
        runTheJob();
        assertThat(outboxCount(registered, EventType.CLARIFICATION_REMINDER)).isEqualTo(1);

        adjustable().set(DUE_DAY_ENDS.minusSeconds(1));
        runTheJob();
        assertThat(outboxCount(registered, EventType.CLARIFICATION_OVERDUE)).isZero();
        Api.as(DemoAccount.INSPEKTORAT_BALIKPAPAN).queryParam("overdue", true).queryParam("limit", 200)
                .get(Api.CLARIFICATIONS).then().statusCode(200)
                .body("items.caseNumber", not(hasItem(registered.caseNumber())));

        adjustable().set(DUE_DAY_ENDS);
        runTheJob();
        runTheJob();
        assertThat(outboxCount(registered, EventType.CLARIFICATION_OVERDUE)).isEqualTo(1);
        assertThat(outboxCount(registered, EventType.CLARIFICATION_REMINDER)).isEqualTo(1);
        Api.as(DemoAccount.INSPEKTORAT_BALIKPAPAN).queryParam("overdue", true).queryParam("limit", 200)
                .get(Api.CLARIFICATIONS).then().statusCode(200)
                .body("items.caseNumber", hasItem(registered.caseNumber()));

        ClarificationReminder reminder = (ClarificationReminder) published(registered,
                EventType.CLARIFICATION_REMINDER);
        assertThat(reminder.dueAt()).isEqualTo(DUE_DAY_ENDS);
        assertThat(reminder.remindedAt()).isEqualTo(LAST_DAY_BEGINS);
        ClarificationOverdue overdue = (ClarificationOverdue) published(registered, EventType.CLARIFICATION_OVERDUE);
        assertThat(overdue.dueDate()).hasToString("2024-05-17");
        assertThat(overdue.detectedAt()).isEqualTo(DUE_DAY_ENDS);
        assertThat(Database.count("SELECT count(*) FROM clarification_audit WHERE case_number = ? AND action IN "
                + "('REMINDER_SENT', 'OVERDUE_MARKED')", registered.caseNumber())).isEqualTo(2);
    }

    @Test
    void shouldPublishEachEventOnceWhenTwoReplicasRunTheJobAtTheSameTime() throws Exception {
        CaseRegistered registered = openAt(OPENED);
        adjustable().set(DUE_DAY_ENDS.plusSeconds(3600));

        ExecutorService replicas = Executors.newFixedThreadPool(2);
        try {
            List<Future<Integer>> runs = replicas.invokeAll(List.<Callable<Integer>> of(
                    this::markOverdueAsAReplica, this::markOverdueAsAReplica));
            for (Future<Integer> run : runs) {
                run.get();
            }
        } finally {
            replicas.shutdown();
        }

        assertThat(outboxCount(registered, EventType.CLARIFICATION_OVERDUE)).isEqualTo(1);
        assertThat(Database.count("SELECT count(*) FROM clarification WHERE case_id = ? AND overdue_sent_at IS NOT NULL",
                registered.caseId())).isEqualTo(1);
    }

    @Test
    void shouldNeitherRemindNorMarkAConcludedClarification() throws Throwable {
        CaseRegistered registered = openAt(OPENED);
        adjustable().set(Instant.parse("2024-05-10T02:00:00Z"));
        Api.as(DemoAccount.INSPEKTORAT_BALIKPAPAN).contentType("application/json")
                .body(java.util.Map.of("outcome", "NOT_PROVEN", "reasonCode", "OTHER", "reason", "Selesai."))
                .post(Api.CLARIFICATIONS + "/" + registered.caseNumber() + "/conclusion").then().statusCode(200);

        adjustable().set(DUE_DAY_ENDS.plusSeconds(60));
        runTheJob();

        assertThat(outboxCount(registered, EventType.CLARIFICATION_REMINDER)).isZero();
        assertThat(outboxCount(registered, EventType.CLARIFICATION_OVERDUE)).isZero();
    }

    private CaseRegistered openAt(Instant instant) {
        adjustable().set(instant);
        return IntakeEvents.registered("64.71");
    }

    private Integer markOverdueAsAReplica() throws Exception {
        try {
            return VertxContextSupport.subscribeAndAwait(job::markOverdue);
        } catch (Exception e) {
            throw e;
        } catch (Throwable e) {
            throw new IllegalStateException(e);
        }
    }

    private void runTheJob() throws Throwable {
        VertxContextSupport.subscribeAndAwait(job::sendReminders);
        VertxContextSupport.subscribeAndAwait(job::markOverdue);
    }

    private AdjustableClock adjustable() {
        return (AdjustableClock) clock;
    }

    private static long outboxCount(CaseRegistered registered, EventType type) {
        return Database.count("SELECT count(*) FROM outbox_event WHERE aggregate_id = ? AND type = ?",
                registered.caseId().toString(), type.type());
    }

    private static Object published(CaseRegistered registered, EventType type) {
        ConsumerRecord<String, String> record = TopicReader.awaitRecord(Topics.CLARIFICATION,
                registered.caseId().toString(),
                r -> type.type().equals(TopicReader.header(r, CloudEventHeaders.TYPE)));
        return new EventCodec().fromJson(type.type(), record.value());
    }
}
