package id.netra.intake.report;

import static id.netra.intake.Intake.report;
import static id.netra.intake.Intake.submit;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.VertxContextSupport;
import io.vertx.mutiny.sqlclient.Pool;

import id.netra.contracts.EventCodec;
import id.netra.contracts.EventType;
import id.netra.contracts.RulesChanged;
import id.netra.contracts.Topics;
import id.netra.devstack.DemoAccount;
import id.netra.devstack.test.KafkaProbe;
import id.netra.devstack.test.KafkaTestResource;
import id.netra.intake.Intake;
import id.netra.kit.rules.LiveRules;

/**
 * A report must belong to its election: the act within the election's period, the accused's region within a re-run's
 * regions, and an election with dates. Elections an admin adds reach intake as events and survive a restart.
 */
@QuarkusTest
class ElectionRulesTest {

    @Inject
    Clock clock;

    @Inject
    LiveRules rules;

    @Inject
    Pool pool;

    @AfterEach
    void resetTheClock() {
        Intake.clock(clock).reset();
    }

    @Test
    void shouldRefuseAnActOutsideItsElectionAReRunOfAnotherRegionAndAnElectionWithoutDates() throws SQLException {
        String nip = Intake.freshNip();

        submit(report().with("accused.nip", nip).with("incident.occurredOn", "2026-11-20")
                .with("incident.knownOn", "2026-11-21"), DemoAccount.KIPP_BALIKPAPAN)
                .statusCode(400).contentType("application/problem+json")
                .body("errors.find { it.field == 'incident.occurredOn' }.code", equalTo("ACT_OUTSIDE_ELECTION"));
        submit(report().with("accused.nip", nip).with("electionCode", "PEMILU_2029"), DemoAccount.KIPP_BALIKPAPAN)
                .statusCode(400).body("errors.code", hasItem("ELECTION_NOT_SCHEDULED"));
        submit(report().with("accused.nip", nip).with("electionCode", "PSU_2025_PARIGI_MOUTONG")
                .with("incident.occurredOn", "2025-04-10").with("incident.knownOn", "2025-04-11"),
                DemoAccount.KIPP_BALIKPAPAN)
                .statusCode(400)
                .body("errors.find { it.field == 'accused.regionCode' }.code", equalTo("REGION_OUTSIDE_ELECTION"));
        assertThat(Intake.count("SELECT count(*) FROM report r JOIN case_file c ON c.id = r.case_id "
                + "WHERE c.accused_nip = ?", nip)).as("nothing stored").isZero();

        // the demo election of a local run takes this week's act
        LocalDate today = LocalDate.now(clock);
        submit(report().with("accused.nip", nip).with("electionCode", LiveRules.DEMO_ELECTION)
                .with("incident.occurredOn", today.minusDays(2).toString())
                .with("incident.knownOn", today.minusDays(1).toString()), DemoAccount.KIPP_BALIKPAPAN)
                .statusCode(201);
    }

    @Test
    void shouldTakeAnElectionPublishedAsARulesChangeKeepItAcrossARestartAndCountItsDeadlines() throws Throwable {
        // a Pemilu whose deadlines are counted in working days over 2027, a year without its holiday list
        String pemilu2027 = "PEMILU_UJI_" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        assertThat(rules.elections().isKnown(pemilu2027)).isFalse();
        RulesChanged change = new RulesChanged("v-" + UUID.randomUUID(), Instant.now(),
                new RulesChanged.Election(pemilu2027, "PEMILU", null, false, LocalDate.of(2027, 6, 2),
                        LocalDate.of(2027, 2, 1), null, null, List.of(), List.of(), "low", List.of("test data"), null),
                null);
        KafkaProbe.sendCloudEvent(KafkaTestResource.bootstrapServers(), Topics.RULES, UUID.randomUUID().toString(),
                EventType.RULES_CHANGED.type(), change.subject(), change.key(), new EventCodec().toJson(change));
        await().atMost(Duration.ofSeconds(30)).until(() -> rules.elections().isKnown(pemilu2027));
        LiveRules restarted = new LiveRules(pool, clock, false);
        LiveRules.Snapshot reloaded = VertxContextSupport.subscribeAndAwait(restarted::reload);
        assertThat(reloaded.elections().find(pemilu2027)).hasValueSatisfying(
                election -> assertThat(election.candidateSettingDate()).isEqualTo(LocalDate.of(2027, 2, 1)));

        // known Mon 1 Mar 2027: 7 working days end on 10 Mar if 2027 has no moving holiday then, but its list is not
        // loaded, so the day is a guess; on 20 Mar the report is kept for the reviewer, with the reason
        Intake.clock(clock).set(Instant.parse("2027-03-20T02:00:00Z"));
        submit(report().with("electionCode", pemilu2027).with("incident.occurredOn", "2027-02-28")
                .with("incident.knownOn", "2027-03-01"), DemoAccount.KIPP_BALIKPAPAN)
                .statusCode(201)
                .body("filedInTime", equalTo(true))
                .body("filingDueOn", equalTo("2027-03-10"))
                .body("status", equalTo("KAJIAN_AWAL"))
                .body("notices.code", hasItem("FILING_DEADLINE_PROVISIONAL"));
    }
}
