package id.netra.systemtests;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
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
        ProcessBuilder script = new ProcessBuilder("bash", root.resolve("docs/examples/flow-by-hand.sh").toString())
                .redirectErrorStream(true);
        script.environment().put("NETRA_KEYCLOAK", suite.keycloak().url());
        script.environment().put("NETRA_INTAKE", SystemSuite.anyIntake());
        script.environment().put("NETRA_CLARIFICATION", SystemSuite.clarification());
        script.environment().put("NETRA_SANCTION", SystemSuite.sanction());
        script.environment().put("NETRA_INTEGRATION", SystemSuite.integration());
        Process running = script.start();
        String output = new String(running.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(running.waitFor(3, TimeUnit.MINUTES)).as(output).isTrue();
        System.out.println("[flow-by-hand]\n" + output);

        assertThat(running.exitValue()).as(output).isZero();
        assertThat(output).containsPattern("1\\. reported: case 64\\.71-\\d{4}-\\d{6}, status KAJIAN_AWAL")
                .contains("2. reviewed: DIREGISTRASI", "3. clarification: OPEN", "concluded: CONCLUDED",
                        "4. recommended: BERAT", "6. Inspektorat Kaltara: 404")
                .containsPattern("5\\. timeline: REPORT_RECEIVED, CASE_REGISTERED, CLARIFICATION_OPENED, "
                        + "CLARIFICATION_CONCLUDED, RECOMMENDATION_ISSUED")
                .containsPattern("7\\. feed: id\\.netra\\.report\\.received\\.v1 .*id\\.netra\\.recommendation\\.issued\\.v1")
                // the script prints what a user sees: no reporter or accused in the feed
                .doesNotContain("Siti Aminah", "196608011988031001");
    }
}
