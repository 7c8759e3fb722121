package id.netra.kit.validation;

import java.util.Optional;

/** Stable machine codes for identifier violations; clients and problem+json responses key on the name. */
public enum ViolationCode {
    NIP_LENGTH("NIP", "whole number: 18 digits"),
    NIP_NOT_DIGITS("NIP", "whole number: digits 0-9 only"),
    NIP_BIRTH_DATE("NIP", "digits 1-8: birth date YYYYMMDD"),
    NIP_APPOINTMENT_MONTH("NIP", "digits 13-14: appointment month"),
    NIP_APPOINTMENT_BEFORE_18("NIP", "digits 9-14: appointment before the 18th birthday"),
    NIP_GENDER("NIP", "digit 15: gender 1 or 2"),
    NIP_SEQUENCE("NIP", "digits 16-18: sequence 001-999"),
    NIK_LENGTH("NIK", "whole number: 16 digits"),
    NIK_NOT_DIGITS("NIK", "whole number: digits 0-9 only"),
    NIK_REGION("NIK", "digits 1-4: known kabupaten/kota code"),
    NIK_DISTRICT("NIK", "digits 5-6: district 01-99"),
    NIK_BIRTH_DATE("NIK", "digits 7-12: birth date DDMMYY, day +40 for women"),
    NIK_SERIAL("NIK", "digits 13-16: serial 0001-9999"),
    REGION_FORMAT("REGION", "format NN or NN.NN"),
    REGION_UNKNOWN("REGION", "known Kemendagri region code");

    /** Prefix of every message key; the resource bundles hold {@code netra.validation.<CODE>}. */
    public static final String KEY_PREFIX = "netra.validation.";

    private final String identifier;
    private final String part;

    ViolationCode(String identifier, String part) {
        this.identifier = identifier;
        this.part = part;
    }

    /** NIP, NIK or REGION. */
    public String identifier() {
        return identifier;
    }

    /** Which part of the identifier the rule is about, in English, for logs. */
    public String part() {
        return part;
    }

    public String messageKey() {
        return KEY_PREFIX + name();
    }

    /** The Bean Validation message template, e.g. {@code {netra.validation.NIP_GENDER}}. */
    public String messageTemplate() {
        return "{" + messageKey() + "}";
    }

    /**
     * Recovers the code from a constraint violation's message template, which is where the
     * constraint validators put it; the interpolated message is localized and cannot be parsed.
     */
    public static Optional<ViolationCode> fromMessageTemplate(String template) {
        if (template == null || !template.startsWith("{" + KEY_PREFIX) || !template.endsWith("}")) {
            return Optional.empty();
        }
        String name = template.substring(KEY_PREFIX.length() + 1, template.length() - 1);
        for (ViolationCode code : values()) {
            if (code.name().equals(name)) {
                return Optional.of(code);
            }
        }
        return Optional.empty();
    }
}
