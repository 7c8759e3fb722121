package id.netra.systemtests;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.function.Function;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

import io.restassured.response.Response;

import id.netra.contracts.EventCodec;
import id.netra.contracts.ReportReceived;
import id.netra.devstack.DemoAccount;
import id.netra.devstack.test.KafkaProbe;

/**
 * The admin console in a real Chromium, signed in through Keycloak's own login page: a report's events arrive live,
 * an event's detail shows no reporter, the list filters, pauses and stays bounded under a burst, a dead letter is
 * sent back with a click (and not by a request without the console's header); a regional Inspektorat gets no
 * console.
 */
class ConsoleIT {

    private static final Duration SOON = Duration.ofSeconds(30);
    /** The page keeps this many rows (console.html). */
    private static final int MAX_ROWS = 200;

    @Test
    void shouldShowAnAdminTheSuitesEventsLiveWithoutTheReporterAndRefuseARegionalInspektorat() throws Exception {
        WebDriver admin = browser();
        try {
            signIn(admin, DemoAccount.ADMIN);
            waitFor(admin, d -> "tersambung".equals(d.findElement(By.id("connection")).getText()));

            Response filed = Reports.submit(UUID.randomUUID().toString());
            assertThat(filed.statusCode()).isEqualTo(201);
            String caseNumber = filed.path("caseNumber");
            WebElement row = waitFor(admin, d -> rowsOf(d, caseNumber).stream().findFirst().orElse(null));
            assertThat(row.getText()).contains("Laporan diterima", "64.71", "intake");

            row.click();
            String detail = admin.findElement(By.id("detail")).getText();
            assertThat(detail).contains(caseNumber, "\"type\": \"id.netra.report.received.v1\"")
                    .doesNotContain("Siti Aminah", "6471054505900001", "081234567890", "reporterRef");

            // only that case, then paused: its registration waits until the list resumes
            admin.findElement(By.id("filter-case")).sendKeys(caseNumber);
            admin.findElement(By.id("apply")).click();
            waitFor(admin, d -> "tersambung".equals(d.findElement(By.id("connection")).getText()));
            Reports.submit(UUID.randomUUID().toString());
            admin.findElement(By.id("pause")).click();
            assertThat(Reports.register(caseNumber).statusCode()).isEqualTo(200);
            waitFor(admin, d -> d.findElement(By.id("paused-note")).getText().matches("Dijeda: [1-9].*"));
            assertThat(admin.findElements(By.cssSelector("#events tbody tr"))).isEmpty();
            admin.findElement(By.id("pause")).click();
            waitFor(admin, d -> !rowsOf(d, caseNumber).isEmpty());
            assertThat(admin.findElements(By.cssSelector("#events tbody tr")))
                    .allSatisfy(r -> assertThat(r.getText()).contains(caseNumber));

            // a burst of 500 events leaves at most the page's rows, the newest on top
            admin.findElement(By.id("filter-case")).clear();
            admin.findElement(By.id("apply")).click();
            waitFor(admin, d -> "tersambung".equals(d.findElement(By.id("connection")).getText()));
            String last = burst(500);
            waitFor(admin, d -> !rowsOf(d, last).isEmpty());
            assertThat(admin.findElements(By.cssSelector("#events tbody tr")).size()).isBetween(1, MAX_ROWS);
            assertThat(admin.findElement(By.cssSelector("#events tbody tr")).getText()).contains(last);
            keep(admin, "console");

            // a record its consumers could not read: listed with the dead letters, sent back by the admin's click
            String poison = "64.71-2026-P" + batchOf(last);
            KafkaProbe.send(SystemSuite.get().kafka().bootstrapServers(), "netra.intake.events", "poison",
                    "{not json", Map.of("ce_specversion", "1.0", "ce_id", UUID.randomUUID().toString(), "ce_type",
                            "id.netra.case.registered.v1", "ce_subject", poison));
            // each service ready, its outbox counted: the kit's gauge says "?" until its first count, which a
            // service restarted by an earlier test may not have made yet, so the page is drawn again until it has
            waitFor(admin, d -> {
                d.navigate().refresh();
                return List.of("intake", "clarification", "sanction", "integration").stream()
                        .map(service -> d.findElement(By.cssSelector("#services tr[data-service='" + service + "']"))
                                .getText())
                        .allMatch(state -> state.contains("Siap") && state.matches("(?s).*\\b\\d+\\b.*"));
            });
            assertThat(admin.findElement(By.id("services")).getText()).doesNotContain("Tidak menjawab");

            WebElement parked = waitFor(admin, d -> {
                d.navigate().refresh();
                return d.findElements(By.xpath("//table[@id='dead-letters']//tr[contains(., '" + poison + "')]"))
                        .stream().findFirst().orElse(null);
            });
            WebElement redrive = parked.findElement(By.cssSelector("button.redrive"));
            // what a page of another site could send carries no X-Requested-By: refused
            Object refused = ((JavascriptExecutor) admin).executeAsyncScript("const done = arguments[1];"
                    + "fetch('/console/dead-letters/' + arguments[0] + '/redrive', { method: 'POST' })"
                    + ".then(answer => done(answer.status));", redrive.getAttribute("data-id"));
            assertThat(refused).isEqualTo(403L);
            redrive.click();
            waitFor(admin, d -> "✓".equals(redrive.getText()));
        } catch (RuntimeException | AssertionError e) {
            keep(admin, "console-failure");
            throw e;
        } finally {
            admin.quit();
        }

        WebDriver inspektorat = browser();
        try {
            signIn(inspektorat, DemoAccount.INSPEKTORAT_KALTARA);
            WebElement denied = waitFor(inspektorat, d -> d.findElements(By.id("denied")).stream().findFirst()
                    .orElse(null));
            assertThat(denied.getText()).isEqualTo("Tidak ada akses ke konsol");
            assertThat(inspektorat.findElements(By.id("events"))).isEmpty();
        } finally {
            inspektorat.quit();
        }
    }

    /** The burst's number in its case numbers (65.71-2026-B<batch>-<n>), to name this run's poison apart. */
    private static String batchOf(String burstCase) {
        return burstCase.substring("65.71-2026-B".length(), burstCase.lastIndexOf('-'));
    }

    /** A screenshot and the page's source under target/, to see what the browser saw. */
    private static void keep(WebDriver browser, String name) throws IOException {
        Path folder = Path.of("target");
        Files.createDirectories(folder);
        Files.write(folder.resolve(name + ".png"), ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
        Files.writeString(folder.resolve(name + ".html"), browser.getPageSource());
    }

    /** Keycloak's own login page, then back to the console. */
    private static void signIn(WebDriver browser, DemoAccount account) {
        browser.get(SystemSuite.integration() + "/console");
        waitFor(browser, d -> d.findElements(By.id("username")).stream().findFirst().orElse(null));
        browser.findElement(By.id("username")).sendKeys(account.username());
        browser.findElement(By.id("password")).sendKeys(DemoAccount.PASSWORD);
        browser.findElement(By.id("kc-login")).click();
        waitFor(browser, d -> d.getCurrentUrl().startsWith(SystemSuite.integration() + "/console"));
    }

    private static List<WebElement> rowsOf(WebDriver browser, String subject) {
        return browser.findElements(By.cssSelector("#events tbody tr[data-subject='" + subject + "']"));
    }

    /**
     * 500 receipts of reports in Tarakan, straight on intake's topic as intake would publish them; only the feed
     * and the stream take them. Returns the case number of the last.
     */
    private static String burst(int events) throws Exception {
        Properties props = new Properties();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, SystemSuite.get().kafka().bootstrapServers());
        props.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        props.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        EventCodec codec = new EventCodec();
        String batch = Long.toString(System.nanoTime() % 1_000_000);
        String last = null;
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(props)) {
            for (int i = 0; i < events; i++) {
                UUID caseId = UUID.randomUUID();
                last = "65.71-2026-B%s-%03d".formatted(batch, i);
                ReportReceived receipt = new ReportReceived(caseId, last, "65.71", UUID.randomUUID(), "PARTNER",
                        "rep-burst", false, true, LocalDate.now(), false, Instant.now());
                // one key for the burst: one partition, so the last sent is the last read
                ProducerRecord<String, String> record = new ProducerRecord<>("netra.intake.events", "burst-" + batch,
                        codec.toJson(receipt));
                header(record, "ce_specversion", "1.0");
                header(record, "ce_id", UUID.randomUUID().toString());
                header(record, "ce_source", "/netra/intake");
                header(record, "ce_type", "id.netra.report.received.v1");
                header(record, "ce_subject", last);
                header(record, "ce_time", Instant.now().toString());
                producer.send(record);
            }
            producer.flush();
        }
        return last;
    }

    private static void header(ProducerRecord<String, String> record, String name, String value) {
        record.headers().add(name, value.getBytes(StandardCharsets.UTF_8));
    }

    private static <T> T waitFor(WebDriver browser, Function<WebDriver, T> condition) {
        return new WebDriverWait(browser, SOON).until(condition::apply);
    }

    /**
     * Debian's Chromium and its driver, no download: headless, without the sandbox (CI runs as root) and without
     * the background calls a closed network refuses.
     */
    private static WebDriver browser() throws Exception {
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--window-size=1400,1000",
                "--user-data-dir=" + Files.createTempDirectory("netra-console-chromium"));
        // a browser of an Indonesian office: the console answers in its language
        options.setExperimentalOption("prefs", Map.of("intl.accept_languages", "id"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File("/usr/bin/chromedriver")).build();
        return new ChromeDriver(service, options);
    }
}
