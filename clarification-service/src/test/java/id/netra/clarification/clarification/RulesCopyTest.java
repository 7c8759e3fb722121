package id.netra.clarification.clarification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.VertxContextSupport;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.vertx.mutiny.sqlclient.Pool;

import id.netra.clarification.Api;
import id.netra.clarification.Database;
import id.netra.clarification.IntakeEvents;
import id.netra.contracts.CaseRegistered;
import id.netra.contracts.EventType;
import id.netra.contracts.RulesChanged;
import id.netra.devstack.DemoAccount;
import id.netra.kit.rules.LiveRules;
import id.netra.kit.time.AdjustableClock;

/**
 * The copy of the rules clarification keeps: elections and holiday lists an admin adds reach it as events, survive a
 * restart, decide the stage of an act by its contest and move the open deadlines.
 */
@QuarkusTest
class RulesCopyTest {

    @Inject
    LiveRules rules;

    @Inject
    Pool pool;

    @Inject
    Clock clock;

    @Inject
    DeadlineJob job;

    @AfterEach
    void resetTheClock() {
        ((AdjustableClock) clock).reset();
    }

    @Test
    void shouldKeepAnElectionAddedAsAnEventAcrossARestartAndJudgeItsActs() throws Throwable {
        String code = "PSU_2026_UJI_" + UUID.randomUUID().toString().substring(0, 4).toUpperCase();
        IntakeEvents.sendRules(new RulesChanged("v-" + code, Instant.now(),
                new RulesChanged.Election(code, "PILKADA_PSU", null, false, LocalDate.of(2026, 5, 2),
                        LocalDate.of(2026, 3, 1), null, null, List.of("64.71"),
                        List.of(new RulesChanged.Contest("WALIKOTA", null, null, null)), "high",
                        List.of("Keputusan KPU Kota Balikpapan"), null),
                null));

        await().atMost(Duration.ofSeconds(30)).until(() -> rules.elections().isKnown(code));
        // a new process reads the same database: what the copy learnt is still there
        LiveRules restarted = new LiveRules(pool, clock, false);
        LiveRules.Snapshot reloaded = VertxContextSupport.subscribeAndAwait(restarted::reload);
        assertThat(reloaded.elections().find(code)).hasValueSatisfying(election -> {
            assertThat(election.regions()).containsExactly("64.71");
            assertThat(election.candidateSettingDate("WALIKOTA")).isEqualTo(LocalDate.of(2026, 3, 1));
        });

        CaseRegistered before = open(code);
        conclude(before, proven("2026-02-20", null)).then().statusCode(200)
                .body("conclusion.candidacyStage", equalTo("PROSPECTIVE_CANDIDATE"));
        CaseRegistered after = open(code);
        conclude(after, proven("2026-03-01", null)).then().statusCode(200)
                .body("conclusion.candidacyStage", equalTo("CANDIDATE"));
    }

    @Test
    void shouldJudgeAPemilu2024ActByTheDateOfItsContest() {
        // between 3 and 13 November 2023 the DPR's candidates were set, the presidential pairs not yet
        CaseRegistered presidential = open("PEMILU_2024");
        conclude(presidential, proven("2023-11-08", "PRESIDEN")).then().statusCode(200)
                .body("conclusion.candidacyStage", equalTo("PROSPECTIVE_CANDIDATE"))
                .body("conclusion.contestCode", equalTo("PRESIDEN"));
        CaseRegistered legislative = open("PEMILU_2024");
        conclude(legislative, proven("2023-11-08", "DPR")).then().statusCode(200)
                .body("conclusion.candidacyStage", equalTo("CANDIDATE"));
    }

    @Test
    void shouldRefuseAnActWithoutItsContestAnUnknownContestOrAnActOutsideTheElection() {
        CaseRegistered pemilu = open("PEMILU_2024");

        conclude(pemilu, proven("2023-11-08", null)).then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.code", hasItem("CONTEST_REQUIRED"));
        conclude(pemilu, proven("2023-11-08", "BUPATI")).then().statusCode(400)
                .body("errors.code", hasItem("INVALID_CONTEST"));
        conclude(pemilu, proven("2019-03-01", "DPR")).then().statusCode(400)
                .body("errors.find { it.field == 'actDate' }.code", equalTo("ACT_OUTSIDE_ELECTION"));
        // nothing was stored: the clarification is still open and announced nothing
        Api.as(DemoAccount.INSPEKTORAT_BALIKPAPAN).get(Api.CLARIFICATIONS + "/" + pemilu.caseNumber())
                .then().statusCode(200).body("status", equalTo("OPEN"));
        assertThat(Database.count("SELECT count(*) FROM outbox_event WHERE aggregate_id = ? AND type = ?",
                pemilu.caseId().toString(), EventType.CLARIFICATION_CONCLUDED.type())).isZero();
    }

    @Test
    void shouldMakeAProvisionalDeadlineFinalWhenItsYearsListArrivesAndOnlyThenMarkItOverdue() throws Throwable {
        // Thursday 20 December 2035: five working days run to 28 December over a year without its list
        ((AdjustableClock) clock).set(Instant.parse("2035-12-20T02:00:00Z"));
        CaseRegistered registered = IntakeEvents.registered("64.71");
        Api.as(DemoAccount.INSPEKTORAT_BALIKPAPAN).get(Api.CLARIFICATIONS + "/" + registered.caseNumber())
                .then().statusCode(200).body("deadlineProvisional", equalTo(true));
        ((AdjustableClock) clock).set(Instant.parse("2036-01-10T02:00:00Z"));
        runTheJob();
        assertThat(overdueEvents(registered)).as("no overdue on a guessed deadline").isZero();

        IntakeEvents.sendRules(new RulesChanged("v-2035-" + UUID.randomUUID(), Instant.now(), null,
                new RulesChanged.Holidays(2035, List.of(
                        new RulesChanged.Day(LocalDate.of(2035, 12, 25), "LIBUR_NASIONAL", "Kelahiran Yesus Kristus",
                                "SKB 2035 (test)", null),
                        new RulesChanged.Day(LocalDate.of(2035, 12, 26), "CUTI_BERSAMA", "Cuti bersama Natal",
                                "SKB 2035 (test)", null)))));

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> Api.as(DemoAccount.INSPEKTORAT_BALIKPAPAN)
                .get(Api.CLARIFICATIONS + "/" + registered.caseNumber()).then().statusCode(200)
                .body("deadlineProvisional", equalTo(false))
                // 21, 24, 27, 28 and 31 December: the 25th and 26th are now known days off
                .body("dueDate", equalTo("2035-12-31")));
        runTheJob();
        assertThat(overdueEvents(registered)).isEqualTo(1);
    }

    private void runTheJob() throws Throwable {
        VertxContextSupport.subscribeAndAwait(job::sendReminders);
        VertxContextSupport.subscribeAndAwait(job::markOverdue);
    }

    private static long overdueEvents(CaseRegistered registered) {
        return Database.count("SELECT count(*) FROM outbox_event WHERE aggregate_id = ? AND type = ?",
                registered.caseId().toString(), EventType.CLARIFICATION_OVERDUE.type());
    }

    private static CaseRegistered open(String electionCode) {
        CaseRegistered event = IntakeEvents.newCase("64.71");
        event = new CaseRegistered(event.caseId(), event.caseNumber(), event.regionCode(), electionCode,
                event.channel(), event.accused(), event.allegedViolationCodes(), event.occurredOn(),
                event.reporterRef(), event.registeredAt());
        IntakeEvents.send(event, UUID.randomUUID().toString());
        Api.awaitClarification(event.caseNumber());
        return event;
    }

    private static Map<String, Object> proven(String actDate, String contest) {
        Map<String, Object> body = new java.util.HashMap<>(Map.of("outcome", "PROVEN", "violationCodes",
                new String[] { "D7" }, "actDate", actDate, "positionCategory", "JPT", "reason",
                "Unggahan mendukung calon."));
        if (contest != null) {
            body.put("contestCode", contest);
        }
        return body;
    }

    private static Response conclude(CaseRegistered registered, Map<String, Object> body) {
        return Api.as(DemoAccount.INSPEKTORAT_BALIKPAPAN).contentType(ContentType.JSON).body(body)
                .post(Api.CLARIFICATIONS + "/" + registered.caseNumber() + "/conclusion");
    }
}
