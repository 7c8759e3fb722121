package id.netra.systemtests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.OptionalLong;

import org.junit.jupiter.api.Test;

import id.netra.devstack.Server;
import id.netra.devstack.Suite;

/**
 * A service killed from outside with SIGKILL, as the kernel's out-of-memory killer or a careless operator would, is
 * started again by the suite and answers ready, without anyone acting; the suite says what happened.
 */
class SupervisionIT {

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    @Test
    void shouldBringAServiceKilledWithSigkillBackWithoutAnyoneActing() {
        Suite suite = SystemSuite.get();
        Server sanction = suite.service("sanction");
        long before = sanction.pid().orElseThrow();
        assertThat(readiness()).isEqualTo(200);

        // the JVM itself, as `kill -9 <pid>` would: nothing in the suite is told
        ProcessHandle.of(before).orElseThrow().destroyForcibly();

        await().atMost(Duration.ofSeconds(20)).until(() -> readiness() != 200);
        await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofSeconds(1)).until(() -> readiness() == 200);
        OptionalLong after = sanction.pid();
        assertThat(after).isPresent();
        assertThat(after.getAsLong()).as("a new process").isNotEqualTo(before);
        assertThat(ProcessHandle.of(before)).isEmpty();
        await().atMost(Duration.ofSeconds(10)).until(() -> SystemSuite.progress().stream()
                .anyMatch(line -> line.startsWith("sanction is running again")));
        assertThat(SystemSuite.progress()).anyMatch(line -> line.startsWith("WARNING: sanction died; starting it again"));
    }

    private int readiness() {
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create(SystemSuite.sanction() + "/q/health/ready"))
                    .timeout(Duration.ofSeconds(2)).build();
            return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (java.io.IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }
}
