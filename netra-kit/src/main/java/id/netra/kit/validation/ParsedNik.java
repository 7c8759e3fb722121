package id.netra.kit.validation;

import java.time.LocalDate;

/** The parts of a valid NIK; {@code regencyCode} is {@code PP.RR}, {@code districtCode} {@code PP.RR.DD}. */
public record ParsedNik(String value, String regencyCode, String districtCode, LocalDate birthDate, Gender gender,
        int serial) {
}
