package id.netra.kit.problem;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.PropertyResourceBundle;
import java.util.ResourceBundle;

import jakarta.ws.rs.core.HttpHeaders;

/**
 * User-facing texts in Indonesian (default) and English. A service's own bundle ({@code netra/service/messages}) is
 * consulted before the kit's ({@code netra/kit/messages}).
 */
public final class Messages {

    public static final Locale INDONESIAN = Locale.forLanguageTag("id");
    private static final List<String> BUNDLES = List.of("netra.service.messages", "netra.kit.messages");
    private static final ResourceBundle.Control NO_FALLBACK = ResourceBundle.Control
            .getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private Messages() {
    }

    /** English if the caller prefers it over Indonesian, Indonesian otherwise. */
    public static Locale locale(HttpHeaders headers) {
        if (headers == null) {
            return INDONESIAN;
        }
        for (Locale locale : headers.getAcceptableLanguages()) {
            String language = locale.getLanguage();
            if ("en".equals(language)) {
                return Locale.ENGLISH;
            }
            if ("id".equals(language) || "in".equals(language)) {
                return INDONESIAN;
            }
        }
        return INDONESIAN;
    }

    /** The text for a key, or the key itself if no bundle has it, so a missing text never hides the code. */
    public static String text(Locale locale, String key, Object... args) {
        for (String bundle : BUNDLES) {
            try {
                String pattern = ResourceBundle.getBundle(bundle, Locale.ENGLISH.equals(locale) ? Locale.ENGLISH : Locale.ROOT,
                        Messages.class.getClassLoader(), NO_FALLBACK).getString(key);
                return args == null || args.length == 0 ? pattern : new MessageFormat(pattern, locale).format(args);
            } catch (MissingResourceException e) {
                // try the next bundle
            }
        }
        return key;
    }

    public static boolean has(String key) {
        return !key.equals(text(Locale.ROOT, key));
    }

    /**
     * Whether the key has a text of its own in English as well as in Indonesian. Reading English falls back to the
     * Indonesian text, so {@link #text} cannot tell a missing English text; a check of data that names texts can.
     */
    public static boolean inBoth(String key) {
        if (!has(key)) {
            return false;
        }
        for (String bundle : BUNDLES) {
            try {
                ResourceBundle english = ResourceBundle.getBundle(bundle, Locale.ENGLISH, Messages.class.getClassLoader(),
                        NO_FALLBACK);
                if (Locale.ENGLISH.equals(english.getLocale()) && english instanceof PropertyResourceBundle own
                        && own.handleGetObject(key) != null) {
                    return true;
                }
            } catch (MissingResourceException e) {
                // no such bundle: try the next
            }
        }
        return false;
    }
}
