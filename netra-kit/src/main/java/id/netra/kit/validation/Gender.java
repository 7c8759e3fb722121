package id.netra.kit.validation;

/** Gender as encoded in NIP (digit 15) and NIK (day + 40). */
public enum Gender {
    MALE,
    FEMALE
}
