package id.netra.devstack.test;

import java.util.Set;

/** The demo accounts of API.md: the same names, roles and regions in the realm file and in test tokens. */
public enum DemoAccount {
    KIPP_BALIKPAPAN("kipp-balikpapan", true, "64.71", "partner"),
    BAWASLU_MONITOR("bawaslu-monitor", true, null, "partner", "bawaslu"),
    BAWASLU_BALIKPAPAN("bawaslu.balikpapan", false, "64.71", "bawaslu"),
    INSPEKTORAT_BALIKPAPAN("inspektorat.balikpapan", false, "64.71", "inspektorat"),
    INSPEKTORAT_KALTIM("inspektorat.kaltim", false, "64", "inspektorat"),
    INSPEKTORAT_KALTARA("inspektorat.kaltara", false, "65", "inspektorat"),
    PPK_BALIKPAPAN("ppk.balikpapan", false, "64.71", "ppk"),
    BKN("bkn", false, null, "bkn"),
    ADMIN("admin", false, null, "admin"),
    AUDITOR("auditor", false, null, "auditor");

    private final String username;
    private final boolean client;
    private final String region;
    private final Set<String> roles;

    DemoAccount(String username, boolean client, String region, String... roles) {
        this.username = username;
        this.client = client;
        this.region = region;
        this.roles = Set.of(roles);
    }

    public String username() {
        return username;
    }

    /** Machine clients log in with client credentials, people with a password. */
    public boolean isClient() {
        return client;
    }

    /** The region claim, or null for a national account. */
    public String region() {
        return region;
    }

    public Set<String> roles() {
        return roles;
    }
}
