package id.netra.kit.validation;

/** Digit helpers shared by the identifier validators. */
final class Digits {

    private Digits() {
    }

    /**
     * ASCII 0-9 only: {@link Character#isDigit} would also accept e.g. Arabic-Indic digits. True for the
     * empty string, which the length rule already reports.
     */
    static boolean allAscii(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    static int number(String s, int from, int to) {
        return Integer.parseInt(s, from, to, 10);
    }
}
