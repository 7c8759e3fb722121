package id.netra.kit.security;

import io.quarkus.panache.common.Parameters;

import id.netra.kit.region.RegionCatalog;

/** Whether a caller's region claim covers a case's region: a province covers its kabupaten/kota. */
public final class RegionScope {

    private RegionScope() {
    }

    /** {@code scope} is the caller's region claim; {@code region} the case's. A missing claim covers nothing here. */
    public static boolean covers(String scope, String region) {
        return scope != null && region != null && RegionCatalog.standard().covers(scope, region);
    }

    /**
     * The query condition that keeps an entity's {@code regionCode} within {@code region} (a province also covers its
     * kabupaten/kota), binding its values under {@code name}. The same rule as {@link #covers}, for list queries.
     */
    public static String condition(String name, String region, Parameters parameters) {
        parameters.and(name, region);
        if (region.length() == 2) {
            parameters.and(name + "Children", region + ".%");
            return "(regionCode = :" + name + " or regionCode like :" + name + "Children)";
        }
        return "regionCode = :" + name;
    }
}
