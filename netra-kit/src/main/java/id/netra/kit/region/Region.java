package id.netra.kit.region;

import java.util.Objects;

/** A Kemendagri region (province or kabupaten/kota) as listed in the shipped region data. */
public record Region(String code, String name, String provinceCode, RegionLevel level) {

    public Region {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(provinceCode, "provinceCode");
        Objects.requireNonNull(level, "level");
    }

    public boolean isProvince() {
        return level == RegionLevel.PROVINCE;
    }
}
