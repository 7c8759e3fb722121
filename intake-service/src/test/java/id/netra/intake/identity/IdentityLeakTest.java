package id.netra.intake.identity;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

import id.netra.devstack.DemoAccount;
import id.netra.devstack.test.KafkaProbe;
import id.netra.devstack.test.KafkaTestResource;
import id.netra.devstack.test.TestTokens;
import id.netra.intake.Intake;
import id.netra.intake.evidence.EvidenceFiles;

@QuarkusTest
class IdentityLeakTest {

    static final List<String> IDENTITY = List.of("Rahasia Pelapor Unik", "6471054505900002", "Jl. Rahasia Nomor 99",
            "081299998888", "rahasia.unik@example.org");

    @Test
    void shouldKeepTheReportersIdentityOutOfEveryLogLineAndEvent() {
        String body = Intake.report().with("reporter.name", IDENTITY.get(0)).with("reporter.nik", IDENTITY.get(1))
                .with("reporter.address", IDENTITY.get(2)).with("reporter.phone", IDENTITY.get(3))
                .with("reporter.email", IDENTITY.get(4)).json();
        String partner = TestTokens.bearer(DemoAccount.KIPP_BALIKPAPAN);
        Capture capture = new Capture();
        Logger root = Logger.getLogger("");
        root.addHandler(capture);
        String caseNumber;
        try {
            JsonPath receipt = Intake.submit(body, partner, "leak-check-1").statusCode(201).extract().jsonPath();
            caseNumber = receipt.getString("caseNumber");
            String reportId = receipt.getString("reportId");
            // a retry, an invalid twin, evidence named after the reporter, an audited view and the tracking answer
            Intake.submit(body, partner, "leak-check-1").statusCode(201);
            Intake.submit(body.replace("\"D7\"", "\"Z9\""), partner, null).statusCode(400);
            given().header("Authorization", TestTokens.bearer(DemoAccount.KIPP_BALIKPAPAN))
                    .multiPart("file", "KTP " + IDENTITY.get(0) + ".jpg", EvidenceFiles.jpeg(), "image/jpeg")
                    .when().post("/api/v1/reports/" + reportId + "/evidence").then().statusCode(201);
            given().header("Authorization", TestTokens.bearer(DemoAccount.BAWASLU_BALIKPAPAN))
                    .queryParam("reason", "Verifikasi identitas pelapor")
                    .when().get("/api/v1/reports/" + reportId + "/reporter")
                    .then().statusCode(200);
            String tracking = given().contentType(ContentType.JSON).when()
                    .get("/api/v1/tracking/" + receipt.getString("trackingCode")).then().statusCode(200)
                    .extract().asString();
            assertThat(tracking).doesNotContain(IDENTITY);
            List<ConsumerRecord<String, String>> records = KafkaProbe.readUntil(
                    KafkaTestResource.bootstrapServers(), "netra.intake.events",
                    r -> caseNumber.equals(KafkaProbe.header(r, "ce_subject"))
                            && "id.netra.evidence.attached.v1".equals(KafkaProbe.header(r, "ce_type")),
                    Duration.ofSeconds(20));
            List<ConsumerRecord<String, String>> ofCase = records.stream()
                    .filter(r -> caseNumber.equals(KafkaProbe.header(r, "ce_subject"))).toList();
            assertThat(ofCase).hasSizeGreaterThanOrEqualTo(2);
            for (ConsumerRecord<String, String> event : ofCase) {
                assertThat(event.value()).doesNotContain(IDENTITY).doesNotContain("KTP");
                for (Header header : event.headers()) {
                    assertThat(new String(header.value())).doesNotContain(IDENTITY);
                }
            }
        } finally {
            root.removeHandler(capture);
        }
        assertThat(capture.lines).as("log lines written meanwhile").isNotEmpty()
                .anySatisfy(line -> assertThat(line).contains(caseNumber));
        for (String line : capture.lines) {
            assertThat(line).doesNotContain(IDENTITY);
        }
    }

    /** Every log record of the service while the test runs, formatted as the console would show it. */
    static final class Capture extends Handler {

        final List<String> lines = new CopyOnWriteArrayList<>();
        private final SimpleFormatter formatter = new SimpleFormatter();

        Capture() {
            setLevel(Level.ALL);
        }

        @Override
        public void publish(LogRecord record) {
            StringBuilder line = new StringBuilder(record.getLoggerName() + " " + formatter.formatMessage(record));
            if (record.getThrown() != null) {
                StringWriter trace = new StringWriter();
                record.getThrown().printStackTrace(new PrintWriter(trace));
                line.append(' ').append(trace);
            }
            lines.add(line.toString());
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    }
}
