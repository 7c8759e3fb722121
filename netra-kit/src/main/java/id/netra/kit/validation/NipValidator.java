package id.netra.kit.validation;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/** Checks an 18-digit NIP: birth date, appointment YYYYMM (13-14 above 12 = PPPK), gender, sequence. */
public final class NipValidator {

    public static final int LENGTH = 18;

    // no civil servant alive was born earlier; keeps year 0001 etc. from passing as a "valid date"
    static final int MIN_BIRTH_YEAR = 1900;

    private NipValidator() {
    }

    /** Digits 13-14 of a PPPK's NIP, in place of a PNS's month of appointment. */
    public static final int PPPK_CODE = 21;

    /** Checks {@code nip} exactly as given: no trimming or removal of spaces, so what passes is canonical. */
    public static ValidationResult<ParsedNip> check(String nip) {
        List<Violation> violations = new ArrayList<>();
        if (nip == null || nip.length() != LENGTH) {
            violations.add(new Violation(ViolationCode.NIP_LENGTH,
                    "expected " + LENGTH + " digits, got " + (nip == null ? "null" : nip.length() + " characters")));
        }
        if (nip != null && !Digits.allAscii(nip)) {
            violations.add(new Violation(ViolationCode.NIP_NOT_DIGITS, "contains characters other than 0-9"));
        }
        if (!violations.isEmpty()) {
            return ValidationResult.invalid(violations);
        }

        LocalDate birthDate = birthDate(nip, violations);
        int appointmentYear = Digits.number(nip, 8, 12);
        int appointmentCode = Digits.number(nip, 12, 14);
        // BKN numbers a PPPK with the code 21 where a PNS has the month of appointment; any other value above 12
        // (a month 13, say) is a typing error that must not pass as a contract servant
        NipKind kind = appointmentCode == PPPK_CODE ? NipKind.PPPK : NipKind.PNS;
        boolean plausible = kind == NipKind.PPPK || (appointmentCode >= 1 && appointmentCode <= 12);
        if (!plausible) {
            violations.add(new Violation(ViolationCode.NIP_APPOINTMENT_MONTH, "appointment month "
                    + nip.substring(12, 14) + "; a PNS month is 01-12, a PPPK has " + PPPK_CODE));
        }
        YearMonth appointment = kind == NipKind.PNS && plausible
                ? YearMonth.of(appointmentYear, appointmentCode)
                : null;
        if (birthDate != null && plausible && appointedBefore18(birthDate, appointmentYear, appointment)) {
            violations.add(new Violation(ViolationCode.NIP_APPOINTMENT_BEFORE_18,
                    "appointment " + nip.substring(8, 14) + " is before the 18th birthday "
                            + birthDate.plusYears(18)));
        }
        char genderDigit = nip.charAt(14);
        Gender gender = switch (genderDigit) {
            case '1' -> Gender.MALE;
            case '2' -> Gender.FEMALE;
            default -> null;
        };
        if (gender == null) {
            violations.add(new Violation(ViolationCode.NIP_GENDER, "gender digit " + genderDigit + ", expected 1 or 2"));
        }
        int sequence = Digits.number(nip, 15, 18);
        if (sequence == 0) {
            violations.add(new Violation(ViolationCode.NIP_SEQUENCE, "sequence 000"));
        }
        if (!violations.isEmpty()) {
            return ValidationResult.invalid(violations);
        }
        return ValidationResult.valid(
                new ParsedNip(nip, kind, birthDate, appointmentYear, appointment, gender, sequence));
    }

    public static boolean isValid(String nip) {
        return check(nip).isValid();
    }

    private static LocalDate birthDate(String nip, List<Violation> violations) {
        try {
            LocalDate date = LocalDate.of(Digits.number(nip, 0, 4), Digits.number(nip, 4, 6),
                    Digits.number(nip, 6, 8));
            if (date.getYear() >= MIN_BIRTH_YEAR) {
                return date;
            }
        } catch (DateTimeException notADate) {
            // reported below, like a too-early year
        }
        violations.add(new Violation(ViolationCode.NIP_BIRTH_DATE,
                "birth date " + nip.substring(0, 8) + " is not a date YYYYMMDD from " + MIN_BIRTH_YEAR));
        return null;
    }

    // A PNS must be appointed no earlier than the calendar month of the 18th birthday, a PPPK (whose
    // digits 13-14 are no month) no earlier than its year: the NIP has no appointment day, so the
    // birthday's own month (year) gets the benefit of the doubt.
    private static boolean appointedBefore18(LocalDate birthDate, int appointmentYear, YearMonth appointment) {
        LocalDate eighteenth = birthDate.plusYears(18);
        if (appointment != null) {
            return appointment.isBefore(YearMonth.from(eighteenth));
        }
        return appointmentYear < eighteenth.getYear();
    }
}
