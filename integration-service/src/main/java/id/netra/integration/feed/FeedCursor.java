package id.netra.integration.feed;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.OptionalLong;
import java.util.regex.Pattern;

/**
 * The position after an event in the feed, opaque to readers (so its form may change): base64url of
 * {@code f1:<seq>}. Only the cursor's own form is accepted, never a bare number.
 */
public final class FeedCursor {

    private static final String PREFIX = "f1:";
    private static final Pattern SEQ = Pattern.compile("[0-9]{1,18}");

    private FeedCursor() {
    }

    public static String of(long seq) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString((PREFIX + seq).getBytes(StandardCharsets.UTF_8));
    }

    /** The seq the cursor stands after; empty for anything that is not a cursor this service gave. */
    public static OptionalLong parse(String cursor) {
        if (cursor == null || cursor.length() > 40) {
            return OptionalLong.empty();
        }
        try {
            String text = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            if (!text.startsWith(PREFIX) || !SEQ.matcher(text.substring(PREFIX.length())).matches()) {
                return OptionalLong.empty();
            }
            return OptionalLong.of(Long.parseLong(text.substring(PREFIX.length())));
        } catch (IllegalArgumentException e) {
            return OptionalLong.empty();
        }
    }
}
