package id.netra.integration;

import java.util.Set;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * What no view of an event shows, however trusted its reader: anything that leads to a reporter. The feed and the
 * webhooks go further (they let out only what {@code ThinEvent} allows); the stream and the dead letters show the
 * rest, for national readers who may read cases whole.
 */
public final class Redaction {

    /** Payload fields that point to a reporter, if only by a pseudonym. */
    public static final Set<String> REPORTER = Set.of("reporterRef");

    private Redaction() {
    }

    /** The payload without them (changed in place). */
    public static ObjectNode withoutReporter(ObjectNode payload) {
        payload.remove(REPORTER);
        return payload;
    }
}
