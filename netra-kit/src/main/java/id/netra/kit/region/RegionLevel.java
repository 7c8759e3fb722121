package id.netra.kit.region;

/** The two administrative levels a Netra region code can name. */
public enum RegionLevel {
    /** A province, code {@code NN}. */
    PROVINCE,
    /** A kabupaten or kota, code {@code NN.NN}. */
    REGENCY
}
