package id.netra.intake.cases;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Normalised name and agency of an accused, so that "Drs. H. Budi Santoso, M.Si." and "budi santoso" compare equal:
 * accents, punctuation, academic degrees (after the comma) and leading honorifics do not tell people apart.
 */
public final class AccusedKeys {

    private static final Set<String> HONORIFICS = Set.of("dr", "drs", "dra", "h", "hj", "ir", "prof", "kh", "tn",
            "ny", "bapak", "ibu", "bpk");

    private AccusedKeys() {
    }

    public static String name(String name) {
        if (name == null) {
            return "";
        }
        int comma = name.indexOf(',');
        String words = plain(comma > 0 ? name.substring(0, comma) : name);
        String[] tokens = words.split(" ");
        int first = 0;
        while (first < tokens.length - 1 && HONORIFICS.contains(tokens[first])) {
            first++;
        }
        return Arrays.stream(tokens, first, tokens.length).collect(Collectors.joining(" "));
    }

    public static String agency(String agency) {
        return agency == null ? "" : plain(agency);
    }

    private static String plain(String text) {
        String stripped = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return stripped.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", " ").trim();
    }
}
