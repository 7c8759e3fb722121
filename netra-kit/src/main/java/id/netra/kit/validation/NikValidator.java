package id.netra.kit.validation;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import id.netra.kit.region.Region;
import id.netra.kit.region.RegionCatalog;
import id.netra.kit.region.RegionLevel;

/** Checks a 16-digit NIK: known regency, district 01+, birth date DDMMYY (day +40 for women), serial not 0000. */
public final class NikValidator {

    public static final int LENGTH = 16;

    private static final int FEMALE_DAY_OFFSET = 40;

    private final RegionCatalog regions;
    private final Clock clock;

    public NikValidator(RegionCatalog regions, Clock clock) {
        this.regions = Objects.requireNonNull(regions, "regions");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * Shipped regions and the system clock in WIT: Indonesia's easternmost zone is the first to reach a
     * new date, so a person born today anywhere in the country is never judged to be born in the future.
     */
    public static NikValidator standard() {
        return new NikValidator(RegionCatalog.standard(), Clock.system(RegionCatalog.WIT));
    }

    /** Checks {@code nik} exactly as given: no trimming or removal of spaces or dots. */
    public ValidationResult<ParsedNik> check(String nik) {
        List<Violation> violations = new ArrayList<>();
        if (nik == null || nik.length() != LENGTH) {
            violations.add(new Violation(ViolationCode.NIK_LENGTH,
                    "expected " + LENGTH + " digits, got " + (nik == null ? "null" : nik.length() + " characters")));
        }
        if (nik != null && !Digits.allAscii(nik)) {
            violations.add(new Violation(ViolationCode.NIK_NOT_DIGITS, "contains characters other than 0-9"));
        }
        if (!violations.isEmpty()) {
            return ValidationResult.invalid(violations);
        }

        String regencyCode = nik.substring(0, 2) + "." + nik.substring(2, 4);
        boolean knownRegency = regions.find(regencyCode).map(Region::level)
                .filter(level -> level == RegionLevel.REGENCY).isPresent();
        if (!knownRegency) {
            violations.add(new Violation(ViolationCode.NIK_REGION, "regency " + regencyCode + " is not known"));
        }
        String district = nik.substring(4, 6);
        if (district.equals("00")) {
            violations.add(new Violation(ViolationCode.NIK_DISTRICT, "district 00"));
        }
        int rawDay = Digits.number(nik, 6, 8);
        Gender gender = rawDay > FEMALE_DAY_OFFSET ? Gender.FEMALE : Gender.MALE;
        LocalDate birthDate = birthDate(rawDay, Digits.number(nik, 8, 10), Digits.number(nik, 10, 12));
        if (birthDate == null) {
            violations.add(new Violation(ViolationCode.NIK_BIRTH_DATE,
                    "birth date " + nik.substring(6, 12) + " is not a past date DDMMYY (day +40 for women)"));
        }
        int serial = Digits.number(nik, 12, 16);
        if (serial == 0) {
            violations.add(new Violation(ViolationCode.NIK_SERIAL, "serial 0000"));
        }
        if (!violations.isEmpty()) {
            return ValidationResult.invalid(violations);
        }
        return ValidationResult.valid(
                new ParsedNik(nik, regencyCode, regencyCode + "." + district, birthDate, gender, serial));
    }

    public boolean isValid(String nik) {
        return check(nik).isValid();
    }

    private LocalDate birthDate(int rawDay, int month, int twoDigitYear) {
        int day = rawDay > FEMALE_DAY_OFFSET ? rawDay - FEMALE_DAY_OFFSET : rawDay;
        if (rawDay > 31 && rawDay <= FEMALE_DAY_OFFSET) {
            return null; // 32-40 is neither a man's nor a woman's day
        }
        // YY is read in the latest century giving a valid date not after today (in the clock's zone)
        LocalDate today = LocalDate.now(clock);
        int century = today.getYear() / 100 * 100;
        for (int base = century; base >= century - 100; base -= 100) {
            try {
                LocalDate date = LocalDate.of(base + twoDigitYear, month, day);
                if (!date.isAfter(today)) {
                    return date;
                }
            } catch (DateTimeException notADate) {
                // e.g. 29 February in a non-leap century reading: try the earlier century
            }
        }
        return null;
    }
}
