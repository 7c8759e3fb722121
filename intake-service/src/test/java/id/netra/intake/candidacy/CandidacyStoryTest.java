package id.netra.intake.candidacy;

import static id.netra.intake.candidacy.Candidacies.OVERDUE;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.VertxContextSupport;
import io.restassured.path.json.JsonPath;

import id.netra.contracts.CaseClosed;
import id.netra.contracts.CaseEvent;
import id.netra.contracts.ClarificationOpened;
import id.netra.contracts.EventCodec;
import id.netra.contracts.EventType;
import id.netra.devstack.DemoAccount;
import id.netra.devstack.test.KafkaProbe;
import id.netra.devstack.test.KafkaTestResource;
import id.netra.devstack.test.PostgresTestResource;
import id.netra.devstack.test.TestTokens;
import id.netra.intake.Intake;
import id.netra.intake.evidence.EvidenceFiles;

/**
 * The bacaleg story of the issue: an active OPD secretary in Balikpapan registered on 10 May 2023 for the DPRD of
 * Pemilu 2024 without unpaid leave, a monitor filed it, nobody resigned before the DCT of 3 November 2023, and the
 * ASN then asked for early retirement.
 */
@QuarkusTest
class CandidacyStoryTest {

    private static final EventCodec CODEC = new EventCodec();

    @Inject
    Clock clock;

    @Inject
    CandidacyDeadlines deadlines;

    @AfterEach
    void resetTheClock() {
        Intake.clock(clock).reset();
    }

    @Test
    void shouldFollowTheBacalegFromRegistrationPastTheDctToAHeldEarlyRetirement() throws Throwable {
        // Monday 15 May 2023, 10:00 in Balikpapan (WITA): KIPP files the registration of Wednesday 10 May
        Intake.clock(clock).set(Instant.parse("2023-05-15T02:00:00Z"));
        String nip = Intake.freshNip();
        Intake.Body body = Candidacies.bacalegDprd(nip);
        String name = (String) body.get("asn.name");
        JsonPath receipt = Candidacies.file(body, DemoAccount.KIPP_BALIKPAPAN, "bacaleg-" + nip).statusCode(201)
                .body("caseNumber", startsWith("64.71-2023-"))
                .body("notices.code", hasItem("D3_CASE_OPENED"))
                .body("watchStatus", equalTo("WATCHING"))
                .body("obligations.code", contains("RESIGNATION_LETTER", "RESIGNATION_RECEIPT", "DISMISSAL_DECREE",
                        "DISMISSAL_WITH_HONOUR"))
                // the letter was due at registration: five days on, it is already overdue
                .body("obligations.find { it.code == 'RESIGNATION_LETTER' }.status", equalTo("OVERDUE"))
                .body("obligations.find { it.code == 'RESIGNATION_LETTER' }.confidence", equalTo("P"))
                .body("obligations.find { it.code == 'DISMISSAL_DECREE' }.dueOn", equalTo("2023-11-02"))
                .body("obligations.find { it.code == 'DISMISSAL_WITH_HONOUR' }.dueOn", equalTo("2023-11-30"))
                .body("obligations.find { it.code == 'DISMISSAL_WITH_HONOUR' }.basis",
                        equalTo("PP 11/2017 jo. PP 17/2020 Pasal 254"))
                .extract().jsonPath();
        String id = receipt.getString("candidacyId");
        String caseNumber = receipt.getString("caseNumber");

        // the same request again changes nothing; the same ASN and election without the key is a conflict
        Candidacies.file(body, DemoAccount.KIPP_BALIKPAPAN, "bacaleg-" + nip).statusCode(201)
                .body("candidacyId", equalTo(id)).body("caseNumber", equalTo(caseNumber));
        Candidacies.file(body, DemoAccount.KIPP_BALIKPAPAN, null).statusCode(409)
                .body("code", equalTo("CANDIDACY_ALREADY_WATCHED"));
        assertThat(Intake.count("SELECT count(*) FROM candidacy WHERE asn_nip = ?", nip)).isEqualTo(1);
        assertThat(Intake.count("SELECT count(*) FROM case_file WHERE accused_nip = ?", nip)).as("one D3 case")
                .isEqualTo(1);
        assertThat(Intake.events(Candidacies.REGISTERED, id)).isEqualTo(1);

        // a D3 case without a report, waiting for Bawaslu's initial review, linked to the watch
        Intake.getCase(caseNumber, DemoAccount.BAWASLU_BALIKPAPAN).statusCode(200)
                .body("violationCode", equalTo("D3"))
                .body("status", equalTo("KAJIAN_AWAL"))
                .body("occurredOn", equalTo("2023-05-10"))
                .body("reportCount", equalTo(0))
                .body("reports", empty())
                .body("candidacyId", equalTo(id))
                .body("timeline.kind", contains("CANDIDACY_REGISTERED"));

        // Bawaslu registers it: it goes to clarification with the filing's channel and pseudonym, nobody's identity
        Intake.review(caseNumber, "{\"decision\":\"REGISTER\"}", TestTokens.bearer(DemoAccount.BAWASLU_BALIKPAPAN))
                .statusCode(200).body("status", equalTo("DIREGISTRASI"));
        assertThat(Intake.payloads("id.netra.case.registered.v1", caseNumber)).singleElement().satisfies(payload -> {
            assertThat(payload).contains("\"channel\":\"PARTNER\"", "\"allegedViolationCodes\":[\"D3\"]",
                    "\"reporterRef\":\"rep-");
        });
        UUID caseId = caseIdOf(caseNumber);
        ClarificationOpened opened = new ClarificationOpened(caseId, caseNumber, "64.71", UUID.randomUUID(),
                Instant.now(), Instant.now().plusSeconds(86_400));
        String openedEventId = UUID.randomUUID().toString();
        send(EventType.CLARIFICATION_OPENED, openedEventId, opened);
        send(EventType.CLARIFICATION_OPENED, openedEventId, opened);
        awaitStatus(caseNumber, "KLARIFIKASI");

        // Monday 6 November 2023, after the DCT of 3 November: two replicas sweep at once, then one sweeps again
        Intake.clock(clock).set(Instant.parse("2023-11-06T02:00:00Z"));
        sweepOnTwoReplicas();
        VertxContextSupport.subscribeAndAwait(deadlines::raise);
        List<String> overdue = Intake.payloads(OVERDUE, id);
        assertThat(overdue).hasSize(3);
        assertThat(overdue).anySatisfy(p -> assertThat(p).contains("\"obligation\":\"RESIGNATION_LETTER\""))
                .anySatisfy(p -> assertThat(p).contains("\"obligation\":\"RESIGNATION_RECEIPT\""))
                .anySatisfy(p -> assertThat(p).contains("\"obligation\":\"DISMISSAL_DECREE\"",
                        "\"dueOn\":\"2023-11-02\""))
                .allSatisfy(p -> assertThat(p).contains("\"d3CaseId\":\"" + caseId + "\""));
        assertThat(Intake.events(Candidacies.DUE, id)).as("nothing falls due yet").isZero();

        // still a PNS at the DCT: dismissed with honour from the end of November, whatever else happens
        Candidacies.get(id, DemoAccount.PPK_BALIKPAPAN).statusCode(200)
                .body("candidateSettingDate", equalTo("2023-11-03"))
                .body("asn.kind", equalTo("PNS"))
                .body("obligations.find { it.code == 'RESIGNATION_LETTER' }.status", equalTo("OVERDUE"))
                .body("obligations.find { it.code == 'DISMISSAL_DECREE' }.status", equalTo("OVERDUE"))
                .body("obligations.find { it.code == 'DISMISSAL_WITH_HONOUR' }.status", equalTo("OPEN"))
                .body("obligations.find { it.code == 'DISMISSAL_WITH_HONOUR' }.dueOn", equalTo("2023-11-30"))
                .body("notices.kind", contains("OVERDUE", "OVERDUE", "OVERDUE"));

        // Tuesday 7 November: the ASN asks for early retirement; the PPK files it, and it is held by the open case
        Intake.clock(clock).set(Instant.parse("2023-11-07T02:00:00Z"));
        Candidacies.upload(id, DemoAccount.PPK_BALIKPAPAN, "type", "EXIT_REQUEST", "exitKind", "EARLY_RETIREMENT",
                "documentDate", "2023-11-07", "documentNumber", "800/77/SETDA")
                .statusCode(201)
                .body("hold.held", equalTo(true))
                .body("hold.caseNumbers", contains(caseNumber))
                .body("hold.confidence", equalTo("U"))
                .body("sha256", equalTo(sha256(EvidenceFiles.pdf())));
        Intake.getCase(caseNumber, DemoAccount.INSPEKTORAT_BALIKPAPAN).statusCode(200)
                .body("status", equalTo("KLARIFIKASI"))
                .body("timeline.kind", hasItem("EXIT_REQUEST_HELD"))
                .body("timeline.findAll { it.kind == 'CLARIFICATION_OPENED' }", hasSize(1))
                .body("timeline.findAll { it.kind == 'CANDIDACY_OBLIGATION_OVERDUE' }", hasSize(3));

        // Monday 27 November the dismissal falls due; from 1 December it is overdue, each raised once
        Intake.clock(clock).set(Instant.parse("2023-11-27T02:00:00Z"));
        VertxContextSupport.subscribeAndAwait(deadlines::raise);
        Intake.clock(clock).set(Instant.parse("2023-12-01T02:00:00Z"));
        VertxContextSupport.subscribeAndAwait(deadlines::raise);
        VertxContextSupport.subscribeAndAwait(deadlines::raise);
        assertThat(Intake.payloads(Candidacies.DUE, id)).singleElement()
                .satisfies(p -> assertThat(p).contains("DISMISSAL_WITH_HONOUR", "\"dueOn\":\"2023-11-30\""));
        assertThat(Intake.events(OVERDUE, id)).isEqualTo(4);
        Candidacies.get(id, DemoAccount.PEMKOT_BALIKPAPAN).statusCode(200)
                .body("documents[0].hold.held", equalTo(true))
                .body("obligations.status", contains("OVERDUE", "OVERDUE", "OVERDUE", "OVERDUE"));

        // no event of the watch names the ASN, the NIP or the party
        assertThat(Intake.payloads(id)).isNotEmpty().doesNotContain(nip).doesNotContain(name)
                .doesNotContain("Partai Contoh Sejahtera");

        // the case closes on its own events (a redelivery changes nothing); then the request is no longer held
        CaseClosed closed = new CaseClosed(caseId, caseNumber, "64.71", "NOT_PROVEN", Instant.now());
        String closedEventId = UUID.randomUUID().toString();
        send(EventType.CASE_CLOSED, closedEventId, closed);
        send(EventType.CASE_CLOSED, closedEventId, closed);
        awaitStatus(caseNumber, "TIDAK_TERBUKTI");
        Candidacies.get(id, DemoAccount.BKN).statusCode(200)
                .body("d3Case.status", equalTo("TIDAK_TERBUKTI"))
                .body("documents[0].hold.held", equalTo(false))
                .body("documents[0].hold.caseNumbers", empty());
        Intake.getCase(caseNumber, DemoAccount.BKN)
                .body("timeline.findAll { it.kind == 'CASE_CLOSED' }", hasSize(1));
    }

    @Test
    void shouldShowTheWatchsStepsOnTheTrackingPageOfAReportThatJoinedItsCaseButNotTheAsnsOwnAffairs()
            throws Throwable {
        Intake.clock(clock).set(Instant.parse("2023-05-15T02:00:00Z"));
        String nip = Intake.freshNip();
        // the monitor reported the act first; the watch joins that case instead of opening another
        String trackingCode = Intake.submit(Intake.report().with("electionCode", "PEMILU_2024")
                .with("accused.nip", nip).with("incident.violationCode", "D3")
                .with("incident.occurredOn", "2023-05-10").with("incident.knownOn", "2023-05-11"),
                DemoAccount.KIPP_BALIKPAPAN).statusCode(201).extract().path("trackingCode");
        String caseNumber = Candidacies.file(Candidacies.bacalegDprd(nip), DemoAccount.BAWASLU_BALIKPAPAN, null)
                .statusCode(201)
                .body("notices.code", hasItem("D3_CASE_JOINED"))
                .extract().path("caseNumber");
        assertThat(Intake.count("SELECT count(*) FROM case_file WHERE accused_nip = ?", nip)).isEqualTo(1);

        String watch = Candidacies.search(nip, DemoAccount.BAWASLU_BALIKPAPAN).statusCode(200)
                .body("items", hasSize(1)).body("items[0].caseNumber", equalTo(caseNumber))
                .extract().path("items[0].candidacyId");
        Intake.clock(clock).set(Instant.parse("2023-05-16T02:00:00Z"));
        Candidacies.upload(watch, DemoAccount.PPK_BALIKPAPAN, "type", "PARTY_MEMBERSHIP", "documentDate",
                "2023-04-01").statusCode(201).body("hold", nullValue());
        VertxContextSupport.subscribeAndAwait(deadlines::raise);

        given().header("Accept-Language", "en").when().get("/api/v1/tracking/" + trackingCode).then()
                .statusCode(200)
                .body("steps.kind", hasItem("CANDIDACY_REGISTERED"))
                .body("steps.text", hasItem("An obligation of the candidate is past its due day "
                        + "(RESIGNATION_LETTER 2023-05-10)"))
                .body("steps.kind", not(hasItem("CANDIDACY_D5_FLAGGED")))
                .body("steps.kind", not(hasItem("CANDIDACY_DOCUMENT_FILED")))
                .body(not(containsString(nip)));
        Candidacies.get(watch, DemoAccount.BAWASLU_BALIKPAPAN).statusCode(200)
                .body("flags[0].code", equalTo("D5"))
                .body("flags[0].basis", equalTo("UU 20/2023 Pasal 52"));
        Intake.getCase(caseNumber, DemoAccount.BAWASLU_BALIKPAPAN)
                .body("timeline.kind", hasItem("CANDIDACY_D5_FLAGGED"))
                .body("reportCount", equalTo(1));
    }

    /** Two sweeps at the same moment, as two replicas' schedulers would run them. */
    private void sweepOnTwoReplicas() {
        CompletableFuture<Integer> first = CompletableFuture.supplyAsync(this::sweep);
        CompletableFuture<Integer> second = CompletableFuture.supplyAsync(this::sweep);
        CompletableFuture.allOf(first, second).join();
    }

    private int sweep() {
        try {
            return VertxContextSupport.subscribeAndAwait(deadlines::raise);
        } catch (Throwable e) {
            throw new IllegalStateException(e);
        }
    }

    static String sha256(byte[] bytes) throws NoSuchAlgorithmException {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }

    static UUID caseIdOf(String caseNumber) throws SQLException {
        try (Connection connection = PostgresTestResource.connect();
                PreparedStatement query = connection.prepareStatement("SELECT id FROM case_file WHERE case_number = ?")) {
            query.setString(1, caseNumber);
            try (ResultSet row = query.executeQuery()) {
                row.next();
                return row.getObject(1, UUID.class);
            }
        }
    }

    private static void awaitStatus(String caseNumber, String status) {
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> Intake.getCase(caseNumber, DemoAccount.BKN)
                .statusCode(200).body("status", equalTo(status)));
    }

    private static void send(EventType type, String eventId, CaseEvent event) {
        KafkaProbe.sendCloudEvent(KafkaTestResource.bootstrapServers(), type.topic(), eventId, type.type(),
                event.caseNumber(), event.caseId().toString(), CODEC.toJson(event));
    }
}
