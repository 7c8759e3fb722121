package id.netra.clarification.clarification;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import java.util.Map;
import java.util.Set;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

import id.netra.clarification.Api;
import id.netra.clarification.Database;
import id.netra.clarification.IntakeEvents;
import id.netra.clarification.TopicReader;
import id.netra.contracts.CaseRegistered;
import id.netra.contracts.ClarificationAssigned;
import id.netra.contracts.CloudEventHeaders;
import id.netra.contracts.EventCodec;
import id.netra.contracts.EventType;
import id.netra.contracts.Topics;
import id.netra.devstack.DemoAccount;
import id.netra.devstack.test.TestTokens;

@QuarkusTest
class ClarificationAssignmentTest {

    @Test
    void shouldAssignAnOfficerAndShowTheCaseInTheOfficersInbox() {
        CaseRegistered registered = IntakeEvents.registered("64.71");
        String officer = "officer-" + registered.caseNumber().substring(registered.caseNumber().length() - 6);

        assign(DemoAccount.INSPEKTORAT_BALIKPAPAN, registered, Map.of("assignee", officer))
                .then().statusCode(200).contentType(ContentType.JSON)
                .body("assignee", equalTo(officer))
                .body("assignedBy", equalTo("inspektorat.balikpapan"));

        officer(officer).queryParam("assignee", "me").queryParam("limit", 200).get(Api.CLARIFICATIONS)
                .then().statusCode(200)
                .body("items.caseNumber", contains(registered.caseNumber()));
        // another officer's inbox does not hold it
        officer("someone.else").queryParam("assignee", "me").queryParam("limit", 200).get(Api.CLARIFICATIONS)
                .then().statusCode(200).body("items.caseNumber", not(hasItem(registered.caseNumber())));
        // the head sees any officer's inbox of the region
        Api.as(DemoAccount.INSPEKTORAT_KALTIM).queryParam("assignee", officer).get(Api.CLARIFICATIONS)
                .then().statusCode(200).body("items.caseNumber", contains(registered.caseNumber()));

        ClarificationAssigned assigned = awaitAssigned(registered, officer);
        assertThat(assigned.previousAssignee()).isNull();
        assertThat(assigned.assignedBy()).isEqualTo("inspektorat.balikpapan");
    }

    @Test
    void shouldRecordAReassignmentWithItsReasonAndThePreviousOfficer() {
        CaseRegistered registered = IntakeEvents.registered("64.71");
        assign(DemoAccount.INSPEKTORAT_BALIKPAPAN, registered, Map.of("assignee", "ani.inspektorat"))
                .then().statusCode(200);

        assign(DemoAccount.INSPEKTORAT_KALTIM, registered, Map.of("assignee", "budi.inspektorat"))
                .then().statusCode(400).contentType(Api.PROBLEM_JSON)
                .body("errors.field", contains("reason"))
                .body("errors.code", contains("REASSIGNMENT_REASON_REQUIRED"))
                .body("errors[0].message", equalTo("Penugasan ulang memerlukan alasan."));
        // the province's inspectorate takes the case over
        assign(DemoAccount.INSPEKTORAT_KALTIM, registered,
                Map.of("assignee", "budi.inspektorat", "reason", "Pemeriksa sebelumnya cuti."))
                .then().statusCode(200)
                .body("assignee", equalTo("budi.inspektorat"))
                .body("assignedBy", equalTo("inspektorat.kaltim"));

        ClarificationAssigned reassigned = awaitAssigned(registered, "budi.inspektorat");
        assertThat(reassigned.previousAssignee()).isEqualTo("ani.inspektorat");
        Api.as(DemoAccount.AUDITOR).get(Api.CLARIFICATIONS + "/" + registered.caseNumber() + "/audit")
                .then().statusCode(200)
                .body("entries.findAll { it.action == 'ASSIGNED' }.details.assignee",
                        contains("ani.inspektorat", "budi.inspektorat"))
                .body("entries.findAll { it.action == 'ASSIGNED' }.details.previousAssignee",
                        contains(null, "ani.inspektorat"))
                .body("entries.findAll { it.action == 'ASSIGNED' }[1].details.reason",
                        equalTo("Pemeriksa sebelumnya cuti."))
                .body("entries.findAll { it.action == 'ASSIGNED' }.actor",
                        contains("inspektorat.balikpapan", "inspektorat.kaltim"));
    }

    @Test
    void shouldRefuseAnInvalidAssigneeAndAClosedClarification() {
        CaseRegistered registered = IntakeEvents.registered("64.71");

        assign(DemoAccount.INSPEKTORAT_BALIKPAPAN, registered, Map.of("assignee", "Budi Santoso"))
                .then().statusCode(400).contentType(Api.PROBLEM_JSON)
                .body("errors.field", contains("assignee"))
                .body("errors.code", contains("ACCOUNT_NAME"));
        Api.as(DemoAccount.INSPEKTORAT_BALIKPAPAN).contentType(ContentType.JSON)
                .body(Map.of("outcome", "NOT_PROVEN", "reasonCode", "WRONG_PERSON", "reason", "Salah orang."))
                .post(Api.CLARIFICATIONS + "/" + registered.caseNumber() + "/conclusion").then().statusCode(200);
        assign(DemoAccount.INSPEKTORAT_BALIKPAPAN, registered, Map.of("assignee", "ani.inspektorat"))
                .then().statusCode(409).body("code", equalTo("CLARIFICATION_CLOSED"));
        assertThat(Database.count("SELECT count(*) FROM clarification WHERE case_id = ? AND assignee IS NOT NULL",
                registered.caseId())).isZero();
    }

    private static ClarificationAssigned awaitAssigned(CaseRegistered registered, String assignee) {
        ConsumerRecord<String, String> record = TopicReader.awaitRecord(Topics.CLARIFICATION,
                registered.caseId().toString(),
                r -> EventType.CLARIFICATION_ASSIGNED.type().equals(TopicReader.header(r, CloudEventHeaders.TYPE))
                        && r.value().contains("\"assignee\":\"" + assignee + "\""));
        return (ClarificationAssigned) new EventCodec().fromJson(EventType.CLARIFICATION_ASSIGNED.type(),
                record.value());
    }

    private static io.restassured.specification.RequestSpecification officer(String name) {
        return given().header("Authorization",
                "Bearer " + TestTokens.token(name, Set.of("inspektorat"), "64.71"));
    }

    private static Response assign(DemoAccount account, CaseRegistered registered, Map<String, Object> body) {
        return Api.as(account).contentType(ContentType.JSON).body(body)
                .post(Api.CLARIFICATIONS + "/" + registered.caseNumber() + "/assignment");
    }
}
