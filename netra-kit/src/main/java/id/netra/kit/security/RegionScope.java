package id.netra.kit.security;

import io.quarkus.panache.common.Parameters;

import id.netra.kit.region.RegionCatalog;
import id.netra.kit.region.RegionCodes;

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

    /**
     * The same rule as {@link #condition}, written on case numbers, which begin with their region's code and a dash
     * ({@code 64.71-2026-000001}): a range of one B-tree in number order, so that a region's page is read in order
     * instead of gathered and sorted. Exact only where the column compares bytewise ({@code COLLATE "C"}): there
     * {@code '.'} and {@code '/'} follow {@code '-'}, so {@code "64-" .. "64/"} holds the province's numbers and its
     * kabupaten/kota's, and {@code "64.71-" .. "64.71."} only Balikpapan's.
     */
    public static String numberCondition(String field, String name, String region, Parameters parameters) {
        if (!RegionCodes.isWellFormed(region)) {
            // a malformed claim covers nothing, as in covers(); as a range it could match another region's numbers
            return "1 = 0";
        }
        boolean province = region.length() == 2;
        parameters.and(name + "From", region + "-").and(name + "To", region + (province ? "/" : "."));
        return "(" + field + " >= :" + name + "From and " + field + " < :" + name + "To)";
    }

    /**
     * The same rule as {@link #condition}, for a table that also stores each row's province ({@code provinceField},
     * the region code's first two digits): a province is one key there, so its rows come from one index in the
     * index's order instead of being gathered from each kabupaten/kota's key and sorted.
     */
    public static String provinceCondition(String regionField, String provinceField, String name, String region,
            Parameters parameters) {
        parameters.and(name, region);
        return (region.length() == 2 ? provinceField : regionField) + " = :" + name;
    }
}
