package id.netra.systemtests;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import id.netra.devstack.Suite;

/**
 * README's flow by hand is a script (docs/examples/flow-by-hand.sh); run here, as written, against the suite, on the
 * day the tests run, so that what a new user types does not go stale.
 */
class HandFlowIT {

    @Test
    void shouldRunReadmesFlowAsWritten() throws IOException, InterruptedException {
        Suite suite = SystemSuite.get();
        Path root = Path.of(System.getProperty("netra.root", "..")).toAbsolutePath().normalize();
        Path printed = Files.createTempFile("flow-by-hand", ".txt");
        ProcessBuilder script = new ProcessBuilder("bash", root.resolve("docs/examples/flow-by-hand.sh").toString())
                .redirectErrorStream(true).redirectOutput(printed.toFile());
        script.environment().put("NETRA_KEYCLOAK", suite.keycloak().url());
        script.environment().put("NETRA_INTAKE", SystemSuite.anyIntake());
        script.environment().put("NETRA_CLARIFICATION", SystemSuite.clarification());
        script.environment().put("NETRA_SANCTION", SystemSuite.sanction());
        script.environment().put("NETRA_INTEGRATION", SystemSuite.integration());
        Process running = script.start();
        // its waits add up to four minutes at most, each call to 40 s
        boolean ended = running.waitFor(6, TimeUnit.MINUTES);
        if (!ended) {
            running.destroyForcibly();
        }
        String output = Files.readString(printed, StandardCharsets.UTF_8);
        Files.delete(printed);
        System.out.println("[flow-by-hand]\n" + output);

        assertThat(ended).as("the script ended; it printed:\n" + output).isTrue();
        assertThat(running.exitValue()).as(output).isZero();
        assertThat(output).containsPattern("1\\. reported: case 64\\.71-\\d{4}-\\d{6}, status KAJIAN_AWAL, "
                + "tracking code NTR-")
                .contains("2. reviewed: DIREGISTRASI\n", "3. clarification: OPEN\n", "   concluded: CONCLUDED\n",
                        "5. timeline: REPORT_RECEIVED, CASE_REGISTERED, CLARIFICATION_OPENED, "
                                + "CLARIFICATION_CONCLUDED, RECOMMENDATION_ISSUED\n",
                        "   tracking: REKOMENDASI_KE_PPK\n", "6. Inspektorat Kaltara: 404\n",
                        "7. feed: id.netra.report.received.v1 id.netra.case.registered.v1 "
                                + "id.netra.clarification.opened.v1 id.netra.clarification.concluded.v1 "
                                + "id.netra.recommendation.issued.v1 \n")
                .containsPattern("4\\. recommended: " + Reports.d7LevelTwoDaysAgo().orElse("[A-Z]+") + "\n");
    }
}
