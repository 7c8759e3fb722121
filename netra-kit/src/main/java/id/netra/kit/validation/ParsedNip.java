package id.netra.kit.validation;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;

/** The parts of a valid NIP; {@code appointment} is null for PPPK, whose digits 13-14 are no month. */
public record ParsedNip(String value, NipKind kind, LocalDate birthDate, int appointmentYear, YearMonth appointment,
        Gender gender, int sequence) {

    /** The appointment month, present for PNS only. */
    public Optional<YearMonth> appointmentMonth() {
        return Optional.ofNullable(appointment);
    }

    public boolean isPppk() {
        return kind == NipKind.PPPK;
    }
}
