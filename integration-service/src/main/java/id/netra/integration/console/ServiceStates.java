package id.netra.integration.console;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.smallrye.mutiny.Uni;

/**
 * Each service as its own endpoints tell it: ready or not ({@code /q/health/ready}) and its outbox backlog (the kit's
 * gauges in {@code /q/metrics}). Asked when the console's page is drawn; a service that does not answer in time is
 * shown as not answering, never waited for.
 */
@ApplicationScoped
public class ServiceStates {

    private static final Duration TIMEOUT = Duration.ofSeconds(2);
    private static final Pattern PENDING = Pattern.compile("(?m)^netra_outbox_pending(?:\\{[^}]*})? (\\S+)$");
    private static final Pattern OLDEST = Pattern.compile("(?m)^netra_outbox_oldest_seconds(?:\\{[^}]*})? (\\S+)$");

    /** A service's state; the numbers are null when it did not say. */
    public record State(String name, String url, boolean ready, Long outboxPending, Long outboxOldestSeconds) {
    }

    private record Service(String name, String url) {
    }

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();
    private final List<Service> services;

    /** {@code services}: {@code name=url} pairs, such as {@code intake=http://localhost:8081}. */
    public ServiceStates(@ConfigProperty(name = "netra.integration.console.services") List<String> services) {
        this.services = services.stream().map(pair -> pair.split("=", 2)).filter(pair -> pair.length == 2)
                .map(pair -> new Service(pair[0].strip(), pair[1].strip())).toList();
    }

    public Uni<List<State>> states() {
        List<Uni<State>> asked = new ArrayList<>();
        for (Service service : services) {
            asked.add(Uni.combine().all().unis(get(service.url() + "/q/health/ready"), get(service.url() + "/q/metrics"))
                    .asTuple().map(answers -> new State(service.name(), service.url(),
                            answers.getItem1() != null && answers.getItem1().statusCode() == 200,
                            number(PENDING, answers.getItem2()), number(OLDEST, answers.getItem2()))));
        }
        return asked.isEmpty() ? Uni.createFrom().item(List.of()) : Uni.join().all(asked).andFailFast();
    }

    /** The answer, or null when there was none in time. */
    private Uni<HttpResponse<String>> get(String url) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url)).timeout(TIMEOUT).GET().build();
        return Uni.createFrom().completionStage(() -> http.sendAsync(request, HttpResponse.BodyHandlers.ofString()))
                .onFailure().recoverWithNull();
    }

    /** A gauge's value; null when absent, unanswered or not yet counted (the kit's -1). */
    private static Long number(Pattern gauge, HttpResponse<String> metrics) {
        if (metrics == null || metrics.statusCode() != 200) {
            return null;
        }
        Matcher matcher = gauge.matcher(metrics.body());
        if (!matcher.find()) {
            return null;
        }
        double value = Double.parseDouble(matcher.group(1));
        return value < 0 ? null : (long) value;
    }
}
