package id.netra.kit.validation;

import java.util.List;
import java.util.Objects;

import id.netra.kit.region.Region;
import id.netra.kit.region.RegionCatalog;
import id.netra.kit.region.RegionCodes;

/** Checks a Kemendagri region code: format {@code NN} or {@code NN.NN}, and listed in the catalog. */
public final class RegionCodeValidator {

    private final RegionCatalog regions;

    public RegionCodeValidator(RegionCatalog regions) {
        this.regions = Objects.requireNonNull(regions, "regions");
    }

    public static RegionCodeValidator standard() {
        return new RegionCodeValidator(RegionCatalog.standard());
    }

    public ValidationResult<Region> check(String code) {
        if (!RegionCodes.isWellFormed(code)) {
            return ValidationResult.invalid(List.of(new Violation(ViolationCode.REGION_FORMAT,
                    "'" + code + "' is not NN or NN.NN")));
        }
        return regions.find(code).map(ValidationResult::valid)
                .orElseGet(() -> ValidationResult.invalid(List.of(new Violation(ViolationCode.REGION_UNKNOWN,
                        code + " is not in the region data"))));
    }

    public boolean isValid(String code) {
        return check(code).isValid();
    }
}
