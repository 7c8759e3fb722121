package id.netra.intake;

import static io.restassured.RestAssured.given;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

import id.netra.devstack.DemoAccount;
import id.netra.devstack.test.PostgresTestResource;
import id.netra.devstack.test.TestTokens;
import id.netra.kit.time.AdjustableClock;

/** Test helpers of intake: report bodies with a fresh accused each, calls as the demo accounts, and SQL counts. */
public final class Intake {

    /** Thursday 3 October 2024, 10:00 in Balikpapan (WITA): the day after the default report's act became known. */
    public static final Instant PILKADA_MORNING = Instant.parse("2024-10-03T02:00:00Z");
    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    private Intake() {
    }

    public static AdjustableClock clock(Clock clock) {
        return (AdjustableClock) clock;
    }

    /**
     * A valid NIP nobody else in the test run has: birth date, appointment at 25 and sequence are random, so that
     * reports of different tests never join each other's cases.
     */
    public static String freshNip() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        LocalDate birth = LocalDate.of(1960, 1, 1).plusDays(random.nextInt(9000));
        return "%04d%02d%02d%04d%02d%d%03d".formatted(birth.getYear(), birth.getMonthValue(), birth.getDayOfMonth(),
                birth.getYear() + 25, 1 + random.nextInt(12), 1 + random.nextInt(2), 1 + random.nextInt(999));
    }

    /**
     * A person's name nobody else in the test run has (letters only, as names are checked): tests that file many
     * reports use it, so that they do not fill another test's list of likely duplicates, which has 20 places.
     */
    public static String freshName() {
        StringBuilder name = new StringBuilder("Pegawai ");
        long n = ThreadLocalRandom.current().nextLong(26L * 26 * 26 * 26 * 26 * 26);
        for (int i = 0; i < 6; i++, n /= 26) {
            name.append((char) ('a' + n % 26));
        }
        return name.toString();
    }

    /** A complete PILKADA_2024 report about a fresh accused in Balikpapan; change it with {@link Body#with}. */
    public static Body report() {
        Map<String, Object> reporter = new LinkedHashMap<>();
        reporter.put("name", "Siti Aminah");
        reporter.put("nik", "6471054505900001");
        reporter.put("placeOfBirth", "Balikpapan");
        reporter.put("dateOfBirth", "1990-05-05");
        reporter.put("gender", "FEMALE");
        reporter.put("occupation", "Guru");
        reporter.put("address", "Jl. Sudirman 1, Balikpapan");
        reporter.put("phone", "081234567890");
        reporter.put("email", "siti@example.org");
        reporter.put("confidential", true);
        Map<String, Object> accused = new LinkedHashMap<>();
        accused.put("name", "Budi Santoso");
        accused.put("nip", freshNip());
        accused.put("position", "Sekretaris Dinas");
        accused.put("agency", "Dinas Pendidikan");
        accused.put("regionCode", "64.71");
        Map<String, Object> incident = new LinkedHashMap<>();
        incident.put("violationCode", "D7");
        incident.put("occurredOn", "2024-10-01");
        incident.put("knownOn", "2024-10-02");
        incident.put("place", "Balikpapan");
        incident.put("regionCode", "64.71");
        incident.put("description", "Foto bersama paslon dengan pose dua jari.");
        incident.put("witnesses", List.of("Andi Wijaya, 0812000111"));
        incident.put("links", List.of("https://example.org/post/1"));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("electionCode", "PILKADA_2024");
        body.put("reporter", reporter);
        body.put("accused", accused);
        body.put("incident", incident);
        return new Body(body);
    }

    /** A report body as nested maps. */
    public record Body(Map<String, Object> map) {

        /** Sets (or with null, removes) the value at a dotted path such as {@code accused.nip}. */
        @SuppressWarnings("unchecked")
        public Body with(String path, Object value) {
            String[] parts = path.split("\\.");
            Map<String, Object> node = map;
            for (int i = 0; i < parts.length - 1; i++) {
                node = (Map<String, Object>) node.get(parts[i]);
            }
            if (value == null) {
                node.remove(parts[parts.length - 1]);
            } else {
                node.put(parts[parts.length - 1], value);
            }
            return this;
        }

        @SuppressWarnings("unchecked")
        public Object get(String path) {
            String[] parts = path.split("\\.");
            Map<String, Object> node = map;
            for (int i = 0; i < parts.length - 1; i++) {
                node = (Map<String, Object>) node.get(parts[i]);
            }
            return node.get(parts[parts.length - 1]);
        }

        public String json() {
            try {
                return JSON.writeValueAsString(map);
            } catch (JsonProcessingException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    public static ValidatableResponse submit(Body body, DemoAccount account) {
        return submit(body.json(), "Bearer " + TestTokens.of(account), null);
    }

    public static ValidatableResponse submit(String body, String authorization, String idempotencyKey) {
        var request = given().contentType(ContentType.JSON);
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        if (idempotencyKey != null) {
            request.header("Idempotency-Key", idempotencyKey);
        }
        return request.body(body).when().post("/api/v1/reports").then();
    }

    public static ValidatableResponse submitPublic(Body body) {
        return given().contentType(ContentType.JSON).body(body.json()).when().post("/api/v1/public/reports").then();
    }

    public static ValidatableResponse review(String caseNumber, String decision, DemoAccount account) {
        return review(caseNumber, decision, "Bearer " + TestTokens.of(account));
    }

    public static ValidatableResponse review(String caseNumber, String body, String authorization) {
        return given().contentType(ContentType.JSON).header("Authorization", authorization).body(body)
                .when().post("/api/v1/cases/" + caseNumber + "/review").then();
    }

    public static ValidatableResponse getCase(String caseNumber, DemoAccount account) {
        return given().header("Authorization", TestTokens.bearer(account)).when().get("/api/v1/cases/" + caseNumber)
                .then();
    }

    /** The number of intake events of a type about a case, as the outbox recorded them. */
    public static long events(String type, String caseNumber) throws SQLException {
        return count("SELECT count(*) FROM outbox_event WHERE type = ? AND subject = ?", type, caseNumber);
    }

    public static long count(String sql, Object... parameters) throws SQLException {
        try (Connection connection = PostgresTestResource.connect();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }

    /** The payloads of the outbox events of one type about a case, oldest first. */
    public static List<String> payloads(String type, String caseNumber) throws SQLException {
        List<String> payloads = new ArrayList<>();
        try (Connection connection = PostgresTestResource.connect();
                PreparedStatement statement = connection.prepareStatement(
                        "SELECT payload FROM outbox_event WHERE type = ? AND subject = ? ORDER BY id")) {
            statement.setString(1, type);
            statement.setString(2, caseNumber);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    payloads.add(rows.getString(1));
                }
            }
        }
        return payloads;
    }

    /** Every payload of the outbox events about a case, for asserting what never appears in them. */
    public static String payloads(String caseNumber) throws SQLException {
        StringBuilder all = new StringBuilder();
        try (Connection connection = PostgresTestResource.connect();
                PreparedStatement statement = connection
                        .prepareStatement("SELECT type, payload FROM outbox_event WHERE subject = ? ORDER BY id")) {
            statement.setString(1, caseNumber);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    all.append(rows.getString(1)).append(' ').append(rows.getString(2)).append('\n');
                }
            }
        }
        return all.toString();
    }
}
