package id.netra.kit.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.quarkus.panache.common.Parameters;

class RegionScopeTest {

    /** What a bytewise range of {@code numberCondition} keeps, applied here to case numbers as strings. */
    private static List<String> kept(String region, List<String> numbers) {
        Parameters parameters = new Parameters();
        String condition = RegionScope.numberCondition("caseNumber", "scope", region, parameters);
        if (condition.equals("1 = 0")) {
            return List.of();
        }
        // the bounds below are read as the condition states them: from inclusive, to exclusive
        assertThat(condition).isEqualTo("(caseNumber >= :scopeFrom and caseNumber < :scopeTo)");
        String from = (String) parameters.map().get("scopeFrom");
        String to = (String) parameters.map().get("scopeTo");
        return numbers.stream().filter(n -> n.compareTo(from) >= 0 && n.compareTo(to) < 0).toList();
    }

    private static final List<String> NUMBERS = List.of("63.71-2024-000001", "64-2024-000001", "64-2026-000009",
            "64.01-2024-000001", "64.71-2024-000002", "64.71-2026-000001", "64.72-2024-000001", "65-2024-000001",
            "65.01-2024-000001");

    @Test
    void shouldKeepAProvincesNumbersAndItsKabupatenKotasAndNoOthers() {
        assertThat(kept("64", NUMBERS)).containsExactly("64-2024-000001", "64-2026-000009", "64.01-2024-000001",
                "64.71-2024-000002", "64.71-2026-000001", "64.72-2024-000001");
        assertThat(kept("64.71", NUMBERS)).containsExactly("64.71-2024-000002", "64.71-2026-000001");
        assertThat(kept("65", NUMBERS)).containsExactly("65-2024-000001", "65.01-2024-000001");
    }

    @Test
    void shouldKeepNothingForAMalformedClaim() {
        // "64-2026" would otherwise be the range of region 64's numbers of 2026
        for (String claim : List.of("64-2026", "--", "6", "64.7", "64.711", "ab")) {
            assertThat(kept(claim, NUMBERS)).as(claim).isEmpty();
        }
    }

    @Test
    void shouldNameTheProvinceColumnForAProvinceAndTheRegionColumnOtherwise() {
        Parameters parameters = new Parameters();
        assertThat(RegionScope.provinceCondition("regionCode", "provinceCode", "scope", "64", parameters))
                .isEqualTo("provinceCode = :scope");
        assertThat(RegionScope.provinceCondition("regionCode", "provinceCode", "region", "64.71", parameters))
                .isEqualTo("regionCode = :region");
        assertThat(parameters.map()).containsEntry("scope", "64").containsEntry("region", "64.71");
    }
}
