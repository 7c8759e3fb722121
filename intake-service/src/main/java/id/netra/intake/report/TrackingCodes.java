package id.netra.intake.report;

import java.security.SecureRandom;

/** Unguessable tracking codes: 80 random bits in Crockford base32 (no I, L, O, U), grouped for reading aloud. */
final class TrackingCodes {

    private static final char[] ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ".toCharArray();
    private static final SecureRandom RANDOM = new SecureRandom();

    private TrackingCodes() {
    }

    static String next() {
        StringBuilder code = new StringBuilder("NTR");
        for (int i = 0; i < 16; i++) {
            if (i % 4 == 0) {
                code.append('-');
            }
            code.append(ALPHABET[RANDOM.nextInt(32)]);
        }
        return code.toString();
    }
}
