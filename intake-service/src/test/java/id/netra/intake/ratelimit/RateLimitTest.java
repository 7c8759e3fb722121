package id.netra.intake.ratelimit;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.sqlclient.Pool;

import id.netra.devstack.test.PostgresTestResource;
import id.netra.intake.report.ReporterVault;
import id.netra.kit.db.DatabaseConnections;
import id.netra.kit.time.AdjustableClock;

@QuarkusTest
class RateLimitTest {

    static final String PROBE = "/api/v1/public/rate-limit-probe";

    @Inject
    Clock clock;

    @TestHTTPResource("/")
    URL base;

    @Inject
    RateLimiter limiter;

    @Inject
    AdmissionConfig config;

    @Inject
    Pool pool;

    @Inject
    ReporterVault vault;

    @Inject
    Vertx vertx;

    @AfterEach
    void resetClock() {
        ((AdjustableClock) clock).reset();
    }

    static ValidatableResponse post(String client) {
        return given().header("X-Forwarded-For", "203.0.113.250, " + client).when().post(PROBE).then();
    }

    @Test
    void shouldRefuseAClientOverItsRateWith429AndRetryAfterUntilItsBucketRefills() {
        ((AdjustableClock) clock).set(clock.instant());
        String client = "198.51.100.1";
        for (int i = 0; i < 3; i++) {
            post(client).statusCode(204);
        }

        // 3 requests per minute: the next one is possible 20 s later
        post(client).statusCode(429)
                .contentType("application/problem+json")
                .header("Retry-After", "20")
                .body("code", equalTo("RATE_LIMITED"))
                .body("status", equalTo(429))
                .body("detail", containsString("20"));
        given().header("X-Forwarded-For", client).header("Accept-Language", "en").when().get(PROBE + "/anything")
                .then().statusCode(429).contentType("application/problem+json")
                .body("title", equalTo("Too many requests"));
        post("198.51.100.2").statusCode(204);

        ((AdjustableClock) clock).advance(Duration.ofSeconds(19));
        post(client).statusCode(429).header("Retry-After", "1");
        ((AdjustableClock) clock).advance(Duration.ofSeconds(1));
        post(client).statusCode(204);
        post(client).statusCode(429);
    }

    @Test
    void shouldLimitEveryPublicPathButNoOther() {
        ((AdjustableClock) clock).set(clock.instant());
        String client = "198.51.100.3";
        for (int i = 0; i < 3; i++) {
            // a path that does not exist still costs a request: the limit comes before routing
            given().header("X-Forwarded-For", client).when().post(PROBE + "/missing")
                    .then().statusCode(404).contentType("application/problem+json");
        }
        post(client).statusCode(429);
        for (int i = 0; i < 5; i++) {
            given().header("X-Forwarded-For", client).when().get("/api/v1/tracking/NTR-0000-0000-0000-0000")
                    .then().statusCode(404);
        }
    }

    @Test
    void shouldCountAPublicPathHoweverItIsSpelled() throws Exception {
        ((AdjustableClock) clock).set(clock.instant());
        String client = "198.51.100.4";
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        int refused = 0;
        for (String path : List.of("/api/v1//public/rate-limit-probe", "/api/v1/public/./rate-limit-probe",
                "/api/v1/x/../public/rate-limit-probe", "/api/v1/%70ublic/rate-limit-probe",
                "/api/v1/public/rate-limit-probe")) {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(base.toString()
                    .replaceAll("/$", "") + path)).header("X-Forwarded-For", client)
                    .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
            refused += response.statusCode() == 429 ? 1 : 0;
        }
        // three requests fit the bucket, whatever the spelling; the other two are refused
        assertThat(refused).isEqualTo(2);
    }

    @Test
    void shouldHoldTheLimitAcrossTwoReplicas() {
        ((AdjustableClock) clock).set(clock.instant());
        // a second replica: a limiter of its own over the same database
        RateLimiter other = new RateLimiter(config, clock, pool, vault);
        var rule = limiter.ruleFor(PROBE).orElseThrow();
        String client = "198.51.100.5";

        post(client).statusCode(204);
        assertThat(other.acquire(rule.getKey(), rule.getValue(), client).await().indefinitely()).isEmpty();
        post(client).statusCode(204);
        Optional<Duration> refused = other.acquire(rule.getKey(), rule.getValue(), client).await().indefinitely();
        post(client).statusCode(429).header("Retry-After", "20");

        assertThat(refused).as("the second replica refuses the fourth request").hasValue(Duration.ofSeconds(20));
    }

    @Test
    void shouldTurnARequestAwayForASecondWhenItsBucketCannotBeRead() {
        // a replica whose database does not answer (nothing listens on port 1): letting everyone through would lift
        // the limit exactly when the service is under strain, so the request waits a second instead
        Pool unreachable = new DatabaseConnections("postgresql://127.0.0.1:1/intake", "nobody", "").pool(vertx, 1, 1);
        try {
            RateLimiter broken = new RateLimiter(config, clock, unreachable, vault);
            var rule = limiter.ruleFor(PROBE).orElseThrow();
            assertThat(broken.acquire(rule.getKey(), rule.getValue(), "198.51.100.9").await()
                    .atMost(Duration.ofSeconds(30))).hasValue(Duration.ofSeconds(1));
        } finally {
            unreachable.closeAndAwait();
        }
    }

    @Test
    void shouldLetThroughExactlyTheBucketWhenRequestsOfOneClientComeAtOnceToTwoReplicas() {
        ((AdjustableClock) clock).set(clock.instant());
        RateLimiter other = new RateLimiter(config, clock, pool, vault);
        var rule = limiter.ruleFor(PROBE).orElseThrow();
        String client = "198.51.100.6";

        List<Uni<Optional<Duration>>> attempts = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            RateLimiter replica = i % 2 == 0 ? limiter : other;
            attempts.add(replica.acquire(rule.getKey(), rule.getValue(), client));
        }
        List<Optional<Duration>> answers = Uni.join().all(attempts).andFailFast().await().atMost(Duration.ofSeconds(30));

        assertThat(answers.stream().filter(Optional::isEmpty).count()).as("requests let through").isEqualTo(3);
    }

    @Test
    void shouldKeepNoClientAddressInTheDatabase() throws Exception {
        String client = "198.51.100.7";
        post(client).statusCode(204);

        assertThat(PostgresTestResource.number("SELECT count(*) FROM rate_limit_bucket WHERE key LIKE ?",
                "%" + client + "%")).isZero();
        assertThat(buckets()).as("the buckets are in the database").isPositive();
    }

    @Test
    void shouldForgetOnlyBucketsIdleForTheirWholePeriod() throws Exception {
        ((AdjustableClock) clock).set(clock.instant());
        String client = "198.51.100.8";
        post(client).statusCode(204);

        // touched at this instant, so not idle a millisecond before it: its bucket still holds two requests, not three
        limiter.forgetIdleBefore(clock.instant().minusMillis(1)).await().atMost(Duration.ofSeconds(30));
        post(client).statusCode(204);
        post(client).statusCode(204);
        post(client).statusCode(429);

        limiter.forgetIdleBefore(clock.instant().plusMillis(1)).await().atMost(Duration.ofSeconds(30));

        // forgotten, and a forgotten bucket was full: the client starts again with all its requests
        for (int i = 0; i < 3; i++) {
            post(client).statusCode(204);
        }
    }

    private static long buckets() throws Exception {
        return PostgresTestResource.number("SELECT count(*) FROM rate_limit_bucket");
    }

    @Test
    void shouldTakeTheClientAddressFromTheProxyOnlyWhenConfiguredTo() {
        assertThat(AdmissionFilter.clientAddress(false, "1.2.3.4", "10.0.0.9")).isEqualTo("10.0.0.9");
        assertThat(AdmissionFilter.clientAddress(true, "1.2.3.4, 5.6.7.8", "10.0.0.9")).isEqualTo("5.6.7.8");
        assertThat(AdmissionFilter.clientAddress(true, null, "10.0.0.9")).isEqualTo("10.0.0.9");
        assertThat(AdmissionFilter.clientAddress(true, " , ", "10.0.0.9")).isEqualTo("10.0.0.9");
        assertThat(AdmissionFilter.clientAddress(false, null, null)).isEqualTo("unknown");
    }
}
