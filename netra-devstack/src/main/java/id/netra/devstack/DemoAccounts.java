package id.netra.devstack;

import java.util.List;
import java.util.Optional;

/** The demo accounts of the {@code netra} realm file: local run and system tests only, never a real deployment. */
public final class DemoAccounts {

    /** Password of every demo user. */
    public static final String PASSWORD = "demo";
    /** Public client for the password grant of the demo users (and Swagger UI's login). */
    public static final String CLI_CLIENT = "netra-cli";

    /** A client (client-credentials grant) or a user (password grant via {@link #CLI_CLIENT}). */
    public record Account(String name, String secret, List<String> roles, String region) {

        public boolean isClient() {
            return secret != null;
        }

        /** The {@code region} claim, empty for a national account. */
        public Optional<String> regionClaim() {
            return Optional.ofNullable(region);
        }
    }

    public static final List<Account> ALL = List.of(
            new Account("kipp-balikpapan", "kipp-balikpapan-secret", List.of("partner"), "64.71"),
            new Account("bawaslu-monitor", "bawaslu-monitor-secret", List.of("partner", "bawaslu"), null),
            new Account("bawaslu.balikpapan", null, List.of("bawaslu"), "64.71"),
            new Account("inspektorat.balikpapan", null, List.of("inspektorat"), "64.71"),
            new Account("inspektorat.kaltim", null, List.of("inspektorat"), "64"),
            new Account("inspektorat.kaltara", null, List.of("inspektorat"), "65"),
            new Account("ppk.balikpapan", null, List.of("ppk"), "64.71"),
            new Account("bkn", null, List.of("bkn"), null),
            new Account("admin", null, List.of("admin"), null),
            new Account("auditor", null, List.of("auditor"), null));

    private DemoAccounts() {
    }

    public static Account get(String name) {
        return ALL.stream().filter(account -> account.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no demo account " + name));
    }
}
