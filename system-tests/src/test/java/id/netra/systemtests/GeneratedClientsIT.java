package id.netra.systemtests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpRequest;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;

import org.junit.jupiter.api.Test;

import id.netra.client.clarification.ClarificationsApi;
import id.netra.client.intake.CasesApi;
import id.netra.client.intake.ReportsApi;
import id.netra.client.intake.model.Accused;
import id.netra.client.intake.model.Incident;
import id.netra.client.intake.model.ModelCase;
import id.netra.client.intake.model.ReportReceipt;
import id.netra.client.intake.model.ReportRequest;
import id.netra.client.intake.model.Reporter;
import id.netra.client.intake.model.ReviewRequest;
import id.netra.client.integration.FeedApi;
import id.netra.client.integration.invoker.ApiResponse;
import id.netra.client.integration.model.CloudEvent;
import id.netra.client.sanction.RulesApi;
import id.netra.client.sanction.model.Rules;
import id.netra.devstack.DemoAccount;

/**
 * The four API documents are good enough to generate clients from: the build generates a Java client from each
 * (openapi-generator, as a partner would), and these calls go through them to the running suite, with real tokens.
 * A document whose types do not match what the service sends or takes fails here, not at a partner's.
 */
class GeneratedClientsIT {

    private static final ZoneId WITA = ZoneId.of("Asia/Makassar");

    @Test
    void shouldFileReviewAndFollowACaseThroughClientsGeneratedFromTheDocuments() throws Exception {
        LocalDate today = LocalDate.now(WITA);
        ReportRequest report = new ReportRequest().electionCode("DEMO")
                .reporter(new Reporter().name("Siti Aminah").nik("6471054505900001").placeOfBirth("Balikpapan")
                        .dateOfBirth(LocalDate.of(1990, 5, 5)).gender(Reporter.GenderEnum.FEMALE).occupation("Guru")
                        .address("Jl. Sudirman 1, Balikpapan").phone("081234567890").confidential(true))
                .accused(new Accused().name("Budi Santoso").nip(Reports.freshNip()).position("Sekretaris Dinas")
                        .agency("Dinas Pendidikan").regionCode("64.71"))
                .incident(new Incident().violationCode("D7").occurredOn(today.minusDays(2))
                        .knownOn(today.minusDays(1)).place("Balikpapan").regionCode("64.71")
                        .description("Foto bersama paslon dengan pose dua jari."));

        ReportReceipt receipt = new ReportsApi(intake(DemoAccount.KIPP_BALIKPAPAN)).submitReport(report,
                UUID.randomUUID().toString());
        assertThat(receipt.getCaseNumber()).matches("64\\.71-\\d{4}-\\d{6}");
        assertThat(receipt.getStatus()).isEqualTo("KAJIAN_AWAL");
        assertThat(receipt.getFiledInTime()).isTrue();

        CasesApi bawaslu = new CasesApi(intake(DemoAccount.BAWASLU_BALIKPAPAN));
        assertThat(bawaslu.reviewCase(receipt.getCaseNumber(), new ReviewRequest().decision(
                ReviewRequest.DecisionEnum.REGISTER)).getStatus()).isEqualTo("DIREGISTRASI");
        ModelCase registered = bawaslu.getCase(receipt.getCaseNumber());
        assertThat(registered.getAccused().getNip()).isEqualTo(report.getAccused().getNip());
        assertThat(registered.getOccurredOn()).isEqualTo(today.minusDays(2));

        // another province's Inspektorat: the case does not exist for it, and the problem decodes as the document says
        CasesApi kaltara = new CasesApi(intake(DemoAccount.INSPEKTORAT_KALTARA));
        assertThatThrownBy(() -> kaltara.getCase(receipt.getCaseNumber()))
                .isInstanceOfSatisfying(id.netra.client.intake.invoker.ApiException.class, refused -> {
                    assertThat(refused.getCode()).isEqualTo(404);
                    assertThat(refused.getResponseHeaders().firstValue("content-type")).hasValue(
                            "application/problem+json");
                });

        ClarificationsApi inspektorat = new ClarificationsApi(
                client(new id.netra.client.clarification.invoker.ApiClient(), SystemSuite.clarification(),
                        DemoAccount.INSPEKTORAT_BALIKPAPAN));
        // opened by the case's registration event, a moment later: a 404 until then
        id.netra.client.clarification.model.Clarification opened = await().atMost(Duration.ofSeconds(60))
                .ignoreExceptions().until(() -> inspektorat.getClarification(receipt.getCaseNumber()), c -> true);
        assertThat(opened.getStatus().getValue()).isEqualTo("OPEN");
        assertThat(opened.getAccused().getNip()).isEqualTo(report.getAccused().getNip());

        Rules rules = new RulesApi(client(new id.netra.client.sanction.invoker.ApiClient(), SystemSuite.sanction(),
                DemoAccount.PPK_BALIKPAPAN)).getRules();
        assertThat(rules.getViolations()).anySatisfy(v -> assertThat(v.getCode()).isEqualTo("D7"));

        FeedApi city = new FeedApi(client(new id.netra.client.integration.invoker.ApiClient(),
                SystemSuite.integration(), DemoAccount.PEMKOT_BALIKPAPAN));
        // from the oldest kept event, page by page along the cursor, as a subscriber would read it
        List<CloudEvent> registrations = new ArrayList<>();
        String cursor = null;
        Instant deadline = Instant.now().plusSeconds(60);
        while (registrations.stream().noneMatch(e -> receipt.getCaseNumber().equals(e.getSubject()))) {
            assertThat(Instant.now()).as("the case's registration reached the city's feed").isBefore(deadline);
            ApiResponse<List<CloudEvent>> page = city.readFeedWithHttpInfo(cursor, 500,
                    "id.netra.case.registered.v1", 1);
            registrations.addAll(page.getData());
            cursor = page.getHeaders().get("Netra-Next-Cursor").get(0);
        }
        assertThat(registrations).allSatisfy(e -> {
            assertThat(e.getType()).isEqualTo("id.netra.case.registered.v1");
            assertThat(e.getTime()).isNotNull();
        });
    }

    private static id.netra.client.intake.invoker.ApiClient intake(DemoAccount account) {
        return client(new id.netra.client.intake.invoker.ApiClient(), SystemSuite.anyIntake(), account);
    }

    /**
     * Each generated package has its own ApiClient, alike but for the package and with no common type: pointed and
     * signed through the methods they all have.
     */
    private static <C> C client(C client, String url, DemoAccount account) {
        String bearer = Tokens.bearer(account);
        Consumer<HttpRequest.Builder> sign = request -> request.header("Authorization", bearer);
        try {
            client.getClass().getMethod("updateBaseUri", String.class).invoke(client, url);
            client.getClass().getMethod("setRequestInterceptor", Consumer.class).invoke(client, sign);
            // a call that hangs fails the test within the minute instead of at the server's idle timeout
            client.getClass().getMethod("setReadTimeout", Duration.class).invoke(client, Duration.ofSeconds(30));
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(
                    "a generated ApiClient without updateBaseUri, setRequestInterceptor or setReadTimeout", e);
        }
        return client;
    }
}
