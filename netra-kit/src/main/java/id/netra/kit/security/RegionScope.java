package id.netra.kit.security;

import id.netra.kit.region.RegionCatalog;

/** Whether a caller's region claim covers a case's region: a province covers its kabupaten/kota. */
public final class RegionScope {

    private RegionScope() {
    }

    /** {@code scope} is the caller's region claim; {@code region} the case's. A missing claim covers nothing here. */
    public static boolean covers(String scope, String region) {
        return scope != null && region != null && RegionCatalog.standard().covers(scope, region);
    }
}
