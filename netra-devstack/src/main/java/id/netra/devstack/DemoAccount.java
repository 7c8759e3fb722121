package id.netra.devstack;

import java.util.Arrays;
import java.util.Optional;
import java.util.Set;

/**
 * The demo accounts of API.md, as the realm file ships them: the same names, roles, regions and secrets in the
 * local run, the system tests and the component tests' tokens. Local run only, never a real deployment.
 */
public enum DemoAccount {
    KIPP_BALIKPAPAN("kipp-balikpapan", "kipp-balikpapan-secret", "64.71", "partner"),
    BAWASLU_MONITOR("bawaslu-monitor", "bawaslu-monitor-secret", null, "partner", "bawaslu"),
    BAWASLU_BALIKPAPAN("bawaslu.balikpapan", null, "64.71", "bawaslu"),
    INSPEKTORAT_BALIKPAPAN("inspektorat.balikpapan", null, "64.71", "inspektorat"),
    INSPEKTORAT_KALTIM("inspektorat.kaltim", null, "64", "inspektorat"),
    INSPEKTORAT_KALTARA("inspektorat.kaltara", null, "65", "inspektorat"),
    PPK_BALIKPAPAN("ppk.balikpapan", null, "64.71", "ppk"),
    BKN("bkn", null, null, "bkn"),
    ADMIN("admin", null, null, "admin"),
    AUDITOR("auditor", null, null, "auditor"),
    PEMKOT_BALIKPAPAN("pemkot-balikpapan", "pemkot-balikpapan-secret", "64.71", "pemda"),
    PEMPROV_KALTIM("pemprov-kaltim", "pemprov-kaltim-secret", "64", "pemda"),
    PEMPROV_KALTARA("pemprov-kaltara", "pemprov-kaltara-secret", "65", "pemda");

    /** Password of every demo user. */
    public static final String PASSWORD = "demo";
    /** Public client for the password grant of the demo users (and Swagger UI's login). */
    public static final String CLI_CLIENT = "netra-cli";

    private final String username;
    private final String secret;
    private final String region;
    private final Set<String> roles;

    DemoAccount(String username, String secret, String region, String... roles) {
        this.username = username;
        this.secret = secret;
        this.region = region;
        this.roles = Set.of(roles);
    }

    /** The user name, or the client id of a machine client. */
    public String username() {
        return username;
    }

    /** Machine clients log in with client credentials, people with a password. */
    public boolean isClient() {
        return secret != null;
    }

    /** The client secret of a machine client; null for a person. */
    public String secret() {
        return secret;
    }

    /** The region claim, or null for a national account. */
    public String region() {
        return region;
    }

    public Optional<String> regionClaim() {
        return Optional.ofNullable(region);
    }

    public Set<String> roles() {
        return roles;
    }

    public static DemoAccount byUsername(String username) {
        return Arrays.stream(values()).filter(account -> account.username.equals(username)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no demo account " + username));
    }
}
