package id.netra.kit.region;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class RegionCatalogTest {

    private final RegionCatalog catalog = RegionCatalog.standard();

    @Test
    void shouldLoadEveryProvinceAndRegencyOfTheShippedData() {
        assertThat(catalog.provinces()).hasSize(38);
        assertThat(catalog.all()).hasSize(38 + 514);
        assertThat(catalog.regenciesOf("64")).extracting(Region::code).contains("64.71", "64.72").hasSize(10);
    }

    @Test
    void shouldLoadTheStandardCatalogOnlyOnce() {
        assertThat(RegionCatalog.standard()).isSameAs(catalog);
    }

    @ParameterizedTest(name = "{0} is {1} ({3}, province {2})")
    @CsvSource({
            "64,    Kalimantan Timur,   64, PROVINCE",
            "64.71, Kota Balikpapan,    64, REGENCY",
            "65,    Kalimantan Utara,   65, PROVINCE",
            "65.02, Kabupaten Malinau,  65, REGENCY",
            "96.71, Kota Sorong,        96, REGENCY",
    })
    void shouldFindKnownRegionsByCode(String code, String name, String provinceCode, RegionLevel level) {
        assertThat(catalog.find(code)).contains(new Region(code, name, provinceCode, level));
        assertThat(catalog.isKnown(code)).isTrue();
    }

    @ParameterizedTest(name = "''{0}'' is unknown")
    @NullAndEmptySource
    @ValueSource(strings = { "99", "64.99", "6471", "64.7", " 64", "64.71.01" })
    void shouldNotFindUnknownOrMalformedCodes(String code) {
        assertThat(catalog.find(code)).isEmpty();
        assertThat(catalog.isKnown(code)).isFalse();
        assertThat(catalog.provinceOf(code)).isEmpty();
    }

    @ParameterizedTest(name = "province of {0} is {1}")
    @CsvSource({ "64.71, 64", "64, 64", "31.71, 31", "95.01, 95" })
    void shouldFindTheProvinceOfARegion(String code, String province) {
        assertThat(catalog.provinceOf(code)).map(Region::code).contains(province);
    }

    @ParameterizedTest(name = "scope {0} covers {1}: {2}")
    @CsvSource(nullValues = "NATIONAL", value = {
            "NATIONAL, 64.71, true",
            "NATIONAL, 64,    true",
            "NATIONAL, 99.99, true",
            "64,       64,    true",
            "64,       64.71, true",
            "64,       64.99, true",
            "64,       65,    false",
            "64,       65.01, false",
            "6,        64.71, false",
            "64.71,    64.71, true",
            "64.71,    64,    false",
            "64.71,    64.72, false",
            "64.7,     64.71, false",
            "64,       640.1, false",
            "64,       NATIONAL, false",
    })
    void shouldCoverOwnRegionAndAProvincesRegenciesOnly(String scope, String caseRegion, boolean covered) {
        assertThat(catalog.covers(scope, caseRegion)).isEqualTo(covered);
    }

    @ParameterizedTest(name = "{0} is in {1}")
    @CsvSource({
            "11,    Asia/Jakarta",
            "21,    Asia/Jakarta",
            "31.71, Asia/Jakarta",
            "36,    Asia/Jakarta",
            "61,    Asia/Jakarta",
            "62,    Asia/Jakarta",
            "51,    Asia/Makassar",
            "53,    Asia/Makassar",
            "63,    Asia/Makassar",
            "64,    Asia/Makassar",
            "64.71, Asia/Makassar",
            "65.02, Asia/Makassar",
            "73.71, Asia/Makassar",
            "76,    Asia/Makassar",
            "81,    Asia/Jayapura",
            "82,    Asia/Jayapura",
            "91.71, Asia/Jayapura",
            "96,    Asia/Jayapura",
    })
    void shouldPlaceEachRegionInItsProvincesTimeZone(String code, String zone) {
        assertThat(catalog.zoneOf(code)).isEqualTo(ZoneId.of(zone));
    }

    @Test
    void shouldGiveEveryProvinceOfTheDataAZone() {
        Map<ZoneId, Long> provincesPerZone = catalog.provinces().stream()
                .collect(Collectors.groupingBy(province -> catalog.zoneOf(province.code()), Collectors.counting()));

        assertThat(provincesPerZone).containsOnly(Map.entry(RegionCatalog.WIB, 18L),
                Map.entry(RegionCatalog.WITA, 12L), Map.entry(RegionCatalog.WIT, 8L));
    }

    @ParameterizedTest(name = "zone of ''{0}'' is refused")
    @ValueSource(strings = { "99", "64.99", "x" })
    void shouldRefuseToGuessTheZoneOfAnUnknownRegion(String code) {
        assertThatThrownBy(() -> catalog.zoneOf(code)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void shouldRejectRegionDataWithAProvinceThatHasNoDecidedZone() {
        List<Region> regions = List.of(new Region("97", "Provinsi Baru", "97", RegionLevel.PROVINCE));

        assertThatThrownBy(() -> RegionCatalog.of(regions)).hasMessageContaining("97");
    }

    @Test
    void shouldRejectARegencyWhoseProvinceIsMissing() {
        List<Region> regions = List.of(new Region("64.71", "Kota Balikpapan", "64", RegionLevel.REGENCY));

        assertThatThrownBy(() -> RegionCatalog.of(regions)).hasMessageContaining("64.71");
    }

    @Test
    void shouldKeepACommaInsideTheLastColumnOfTheCsv() throws IOException {
        RegionCatalog parsed = RegionCatalog.fromCsv(new StringReader("code,name\n64,Kalimantan Timur\n"),
                new StringReader("code,province_code,name\n64.71,64,Kota Balikpapan, Kota Minyak\n"));

        assertThat(parsed.find("64.71")).map(Region::name).contains("Kota Balikpapan, Kota Minyak");
    }
}
