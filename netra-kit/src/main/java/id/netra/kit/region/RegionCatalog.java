package id.netra.kit.region;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The Kemendagri province and kabupaten/kota codes, with scope coverage and each region's time zone. */
public final class RegionCatalog {

    public static final ZoneId WIB = ZoneId.of("Asia/Jakarta");
    public static final ZoneId WITA = ZoneId.of("Asia/Makassar");
    public static final ZoneId WIT = ZoneId.of("Asia/Jayapura");

    static final String PROVINCES_RESOURCE = "netra/regions/provinces.csv";
    static final String REGENCIES_RESOURCE = "netra/regions/regencies.csv";

    // The zone follows the province; the table is explicit (not a code range rule) so that a
    // province added to the data without a decided zone fails loading instead of guessing.
    private static final Map<String, ZoneId> PROVINCE_ZONES = provinceZones();

    private final Map<String, Region> byCode;

    private RegionCatalog(Map<String, Region> byCode) {
        this.byCode = byCode;
    }

    /** The catalog of the region data shipped in this jar, loaded once. */
    public static RegionCatalog standard() {
        return Standard.INSTANCE;
    }

    /** A catalog of the given regions; every regency's province must be among them and have a zone. */
    public static RegionCatalog of(Collection<Region> regions) {
        Map<String, Region> map = new LinkedHashMap<>();
        for (Region region : regions) {
            checkShape(region);
            if (map.putIfAbsent(region.code(), region) != null) {
                throw new IllegalArgumentException("duplicate region code " + region.code());
            }
        }
        for (Region region : map.values()) {
            Region province = map.get(region.provinceCode());
            if (province == null || !province.isProvince()) {
                throw new IllegalArgumentException("region " + region.code() + " has no province "
                        + region.provinceCode());
            }
            if (region.isProvince() && !PROVINCE_ZONES.containsKey(region.code())) {
                throw new IllegalArgumentException("no time zone decided for province " + region.code());
            }
        }
        return new RegionCatalog(Collections.unmodifiableMap(map));
    }

    /** Reads the two CSV files in the shipped format ({@code code,name} and {@code code,province_code,name}). */
    public static RegionCatalog fromCsv(Reader provinces, Reader regencies) throws IOException {
        List<Region> regions = new ArrayList<>();
        for (String[] row : readCsv(provinces, "code,name", 2)) {
            regions.add(new Region(row[0], row[1], row[0], RegionLevel.PROVINCE));
        }
        for (String[] row : readCsv(regencies, "code,province_code,name", 3)) {
            regions.add(new Region(row[0], row[2], row[1], RegionLevel.REGENCY));
        }
        return of(regions);
    }

    public Optional<Region> find(String code) {
        return code == null ? Optional.empty() : Optional.ofNullable(byCode.get(code));
    }

    public boolean isKnown(String code) {
        return code != null && byCode.containsKey(code);
    }

    /** The province of a known code (a province is its own province). */
    public Optional<Region> provinceOf(String code) {
        return find(code).map(region -> byCode.get(region.provinceCode()));
    }

    /** All regions, provinces first, in file order. */
    public Collection<Region> all() {
        return byCode.values();
    }

    public List<Region> provinces() {
        return byCode.values().stream().filter(Region::isProvince).toList();
    }

    public List<Region> regenciesOf(String provinceCode) {
        return byCode.values().stream()
                .filter(region -> !region.isProvince() && region.provinceCode().equals(provinceCode))
                .toList();
    }

    /**
     * Whether a user or partner scoped to {@code scopeRegion} may see a case of {@code caseRegion}.
     *
     * <p>
     * Purely syntactic, so it also answers for codes the data does not (yet) list; malformed codes
     * are never covered, so a bad scope fails closed.
     */
    public boolean covers(String scopeRegion, String caseRegion) {
        if (scopeRegion == null) {
            return true; // national scope
        }
        if (!RegionCodes.isWellFormed(scopeRegion) || !RegionCodes.isWellFormed(caseRegion)) {
            return false;
        }
        if (scopeRegion.equals(caseRegion)) {
            return true;
        }
        return RegionCodes.isProvinceCode(scopeRegion) && caseRegion.startsWith(scopeRegion + ".");
    }

    /** WIB, WITA or WIT of a known region; throws for an unknown code because a guessed zone shifts deadlines. */
    public ZoneId zoneOf(String code) {
        Region province = provinceOf(code)
                .orElseThrow(() -> new IllegalArgumentException("unknown region code " + code));
        return PROVINCE_ZONES.get(province.code());
    }

    private static void checkShape(Region region) {
        boolean ok = switch (region.level()) {
            case PROVINCE -> RegionCodes.isProvinceCode(region.code()) && region.code().equals(region.provinceCode());
            case REGENCY -> RegionCodes.isRegencyCode(region.code())
                    && region.code().startsWith(region.provinceCode() + ".");
        };
        if (!ok) {
            throw new IllegalArgumentException("malformed region " + region);
        }
    }

    private static List<String[]> readCsv(Reader reader, String expectedHeader, int columns) throws IOException {
        BufferedReader in = new BufferedReader(reader);
        String header = in.readLine();
        if (header == null || !header.strip().equals(expectedHeader)) {
            throw new IOException("expected header '" + expectedHeader + "' but got '" + header + "'");
        }
        List<String[]> rows = new ArrayList<>();
        String line;
        int lineNumber = 1;
        while ((line = in.readLine()) != null) {
            lineNumber++;
            if (line.isBlank()) {
                continue;
            }
            // the name is the last column, so a limit keeps a comma inside a name intact
            String[] row = line.split(",", columns);
            if (row.length != columns) {
                throw new IOException("line " + lineNumber + ": expected " + columns + " columns: " + line);
            }
            for (int i = 0; i < row.length; i++) {
                row[i] = row[i].strip();
            }
            rows.add(row);
        }
        return rows;
    }

    private static Map<String, ZoneId> provinceZones() {
        Map<String, ZoneId> zones = new LinkedHashMap<>();
        // WIB: Sumatra, Java, Banten, Kalimantan Barat and Tengah
        for (String code : Set.of("11", "12", "13", "14", "15", "16", "17", "18", "19", "21", "31", "32", "33", "34",
                "35", "36", "61", "62")) {
            zones.put(code, WIB);
        }
        // WITA: Bali, NTB, NTT, Kalimantan Selatan, Timur, Utara, all of Sulawesi
        for (String code : Set.of("51", "52", "53", "63", "64", "65", "71", "72", "73", "74", "75", "76")) {
            zones.put(code, WITA);
        }
        // WIT: Maluku, Maluku Utara, all Papua provinces
        for (String code : Set.of("81", "82", "91", "92", "93", "94", "95", "96")) {
            zones.put(code, WIT);
        }
        return Collections.unmodifiableMap(zones);
    }

    private static final class Standard {
        static final RegionCatalog INSTANCE = load();

        private static RegionCatalog load() {
            ClassLoader loader = RegionCatalog.class.getClassLoader();
            try (Reader provinces = open(loader, PROVINCES_RESOURCE);
                    Reader regencies = open(loader, REGENCIES_RESOURCE)) {
                return fromCsv(provinces, regencies);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot load the shipped region data", e);
            }
        }

        private static Reader open(ClassLoader loader, String resource) throws IOException {
            InputStream in = loader.getResourceAsStream(resource);
            if (in == null) {
                throw new IOException("missing resource " + resource);
            }
            return new InputStreamReader(in, StandardCharsets.UTF_8);
        }
    }
}
