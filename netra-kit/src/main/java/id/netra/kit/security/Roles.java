package id.netra.kit.security;

import java.util.Set;

/** The realm roles of API.md. */
public final class Roles {

    public static final String PARTNER = "partner";
    public static final String BAWASLU = "bawaslu";
    public static final String INSPEKTORAT = "inspektorat";
    public static final String PPK = "ppk";
    public static final String BKN = "bkn";
    public static final String ADMIN = "admin";
    public static final String AUDITOR = "auditor";
    /** A regional government's own system: reads its region's cases and follows the feed and webhooks. */
    public static final String PEMDA = "pemda";

    /** Roles that may act without a region claim and then see every region. */
    public static final Set<String> NATIONAL = Set.of(BAWASLU, BKN, ADMIN, AUDITOR);

    private Roles() {
    }
}
