package id.netra.intake.cases;

import static id.netra.intake.Intake.report;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

import id.netra.devstack.DemoAccount;
import id.netra.devstack.test.TestTokens;
import id.netra.intake.Intake;
import id.netra.intake.PilkadaMorningTest;

@QuarkusTest
class CaseNumberTest extends PilkadaMorningTest {

    /**
     * Each filing holds a connection of the service's pool while it waits for its case number; with more filings at
     * once than the pool has connections, a number taken from that same pool would never come (every connection
     * held by a filing waiting for one), and the filings would hang until their clients gave up.
     */
    @Test
    void shouldNumberMoreSimultaneousFilingsOfOneRegionThanThePoolHasConnectionsEachWithItsOwnNumber()
            throws Exception {
        int connections = ConfigProvider.getConfig().getValue("quarkus.datasource.reactive.max-size", Integer.class);
        int filings = connections * 3;
        String authorization = TestTokens.bearer(DemoAccount.KIPP_BALIKPAPAN);
        ExecutorService partners = Executors.newFixedThreadPool(filings);
        try {
            List<Future<String>> answers = new ArrayList<>();
            for (int i = 0; i < filings; i++) {
                String body = report().with("accused.nip", Intake.freshNip()).with("accused.name", Intake.freshName())
                        .json();
                answers.add(partners.submit(() -> Intake.submit(body, authorization, null).statusCode(201)
                        .extract().<String> path("caseNumber")));
            }
            Set<String> numbers = new HashSet<>();
            for (Future<String> answer : answers) {
                numbers.add(answer.get(60, TimeUnit.SECONDS));
            }
            assertThat(numbers).hasSize(filings).allMatch(number -> number.startsWith("64.71-"));
        } finally {
            partners.shutdownNow();
        }
    }
}
