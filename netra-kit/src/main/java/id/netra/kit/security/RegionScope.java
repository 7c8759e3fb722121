package id.netra.kit.security;

/** Whether a caller's region claim covers a case's region: a province covers its kabupaten/kota. */
public final class RegionScope {

    private RegionScope() {
    }

    /** {@code scope} is the caller's region claim; {@code region} the case's. A null scope covers nothing here. */
    public static boolean covers(String scope, String region) {
        if (scope == null || region == null) {
            return false;
        }
        return region.equals(scope) || (scope.length() == 2 && region.startsWith(scope + "."));
    }
}
