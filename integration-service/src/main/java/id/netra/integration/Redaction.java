package id.netra.integration;

import java.util.Set;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * What no view of an event shows, however trusted its reader: anything that leads to a reporter. The feed and the
 * webhooks go further (they let out only what {@code ThinEvent} allows); the stream and the dead letters show the
 * rest, for national readers who may read cases whole.
 */
public final class Redaction {

    /** Payload fields that point to a reporter, if only by a pseudonym. */
    public static final Set<String> REPORTER = Set.of("reporterRef");
    /** Such a field in text that is not JSON (a broken payload, a parser's message quoting it). */
    private static final Pattern REPORTER_IN_TEXT = Pattern.compile("(\"reporterRef\"\\s*:\\s*)\"[^\"]*\"?");

    private Redaction() {
    }

    /** The payload without them, at any depth (changed in place). */
    public static ObjectNode withoutReporter(ObjectNode payload) {
        strip(payload);
        return payload;
    }

    /** Text with the values of such fields masked, for what cannot be read as JSON. */
    public static String maskReporter(String text) {
        return text == null ? null : REPORTER_IN_TEXT.matcher(text).replaceAll("$1\"***\"");
    }

    private static void strip(JsonNode node) {
        if (node instanceof ObjectNode object) {
            object.remove(REPORTER);
        }
        node.forEach(Redaction::strip);
    }
}
