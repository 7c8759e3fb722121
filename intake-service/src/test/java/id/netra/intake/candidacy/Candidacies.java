package id.netra.intake.candidacy;

import static io.restassured.RestAssured.given;

import java.util.LinkedHashMap;
import java.util.Map;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;

import id.netra.devstack.DemoAccount;
import id.netra.devstack.test.TestTokens;
import id.netra.intake.Intake;
import id.netra.intake.evidence.EvidenceFiles;

/** Test helpers of the candidacy watch: filing bodies with a fresh ASN each, and the calls as demo accounts. */
final class Candidacies {

    static final String REGISTERED = "id.netra.candidacy.registered.v1";
    static final String DUE = "id.netra.candidacy.obligation_due.v1";
    static final String OVERDUE = "id.netra.candidacy.obligation_overdue.v1";
    static final String MET = "id.netra.candidacy.obligation_met.v1";

    private Candidacies() {
    }

    /** A PNS secretary of an OPD in Balikpapan, registered on 10 May 2023 for the DPRD of Pemilu 2024, no CLTN. */
    static Intake.Body bacalegDprd(String nip) {
        Map<String, Object> asn = new LinkedHashMap<>();
        asn.put("name", Intake.freshName());
        asn.put("nip", nip);
        asn.put("position", "Sekretaris Dinas");
        asn.put("agency", "Dinas Pekerjaan Umum Kota Balikpapan");
        asn.put("regionCode", "64.71");
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("electionCode", "PEMILU_2024");
        body.put("contestCode", "DPRD");
        body.put("asn", asn);
        body.put("party", "Partai Contoh Sejahtera");
        body.put("registeredOn", "2023-05-10");
        body.put("cltnStatus", "NONE");
        return new Intake.Body(body);
    }

    /** The same ASN's registration for mayor of Balikpapan in Pilkada 2024, on 29 August 2024. */
    static Intake.Body calonWalikota(String nip) {
        return bacalegDprd(nip).with("electionCode", "PILKADA_2024").with("contestCode", "WALIKOTA")
                .with("registeredOn", "2024-08-29");
    }

    static ValidatableResponse file(Intake.Body body, DemoAccount account, String idempotencyKey) {
        return file(body.json(), TestTokens.bearer(account), idempotencyKey);
    }

    static ValidatableResponse file(String body, String authorization, String idempotencyKey) {
        RequestSpecification request = given().contentType(ContentType.JSON).header("Authorization", authorization);
        if (idempotencyKey != null) {
            request.header("Idempotency-Key", idempotencyKey);
        }
        return request.body(body).when().post("/api/v1/candidacies").then();
    }

    static ValidatableResponse get(String candidacyId, DemoAccount account) {
        return get(candidacyId, TestTokens.bearer(account));
    }

    static ValidatableResponse get(String candidacyId, String authorization) {
        return given().header("Authorization", authorization).when().get("/api/v1/candidacies/" + candidacyId)
                .then();
    }

    /** The watches of a NIP the caller may see, found with the NIP in the body. */
    static ValidatableResponse search(String nip, DemoAccount account) {
        return search("{\"nip\":\"" + nip + "\"}", TestTokens.bearer(account));
    }

    static ValidatableResponse search(String body, String authorization) {
        return given().contentType(ContentType.JSON).header("Authorization", authorization).body(body).when()
                .post("/api/v1/candidacies/search").then();
    }

    /** Files a PDF as a document of the watch; {@code fields} are the form's text fields, name then value. */
    static ValidatableResponse upload(String candidacyId, DemoAccount account, String... fields) {
        return upload(candidacyId, TestTokens.bearer(account), EvidenceFiles.pdf(), fields);
    }

    static ValidatableResponse upload(String candidacyId, String authorization, byte[] file, String... fields) {
        RequestSpecification request = given().header("Authorization", authorization);
        if (file != null) {
            request.multiPart("file", "dokumen.pdf", file, "application/pdf");
        }
        for (int i = 0; i < fields.length; i += 2) {
            request.multiPart(fields[i], fields[i + 1]);
        }
        return request.when().post("/api/v1/candidacies/" + candidacyId + "/documents").then();
    }
}
