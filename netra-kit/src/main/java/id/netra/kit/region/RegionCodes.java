package id.netra.kit.region;

import java.util.regex.Pattern;

/** Syntax of region codes, kept apart from the catalog so scope checks work without loading data. */
public final class RegionCodes {

    private static final Pattern PROVINCE = Pattern.compile("[0-9]{2}");
    private static final Pattern REGENCY = Pattern.compile("[0-9]{2}\\.[0-9]{2}");

    private RegionCodes() {
    }

    /** True for {@code NN} or {@code NN.NN}. */
    public static boolean isWellFormed(String code) {
        return code != null && (PROVINCE.matcher(code).matches() || REGENCY.matcher(code).matches());
    }

    public static boolean isProvinceCode(String code) {
        return code != null && PROVINCE.matcher(code).matches();
    }

    public static boolean isRegencyCode(String code) {
        return code != null && REGENCY.matcher(code).matches();
    }

    /** The province part ({@code NN}) of a well-formed code. */
    public static String provincePart(String code) {
        if (!isWellFormed(code)) {
            throw new IllegalArgumentException("not a region code: " + code);
        }
        return code.substring(0, 2);
    }
}
