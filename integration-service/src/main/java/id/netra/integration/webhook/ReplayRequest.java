package id.netra.integration.webhook;

import java.time.Instant;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Where a replay starts: after a feed cursor, or from an instant; exactly one. */
@Schema(name = "ReplayRequest")
public record ReplayRequest(
        @Schema(description = "a feed cursor (`Netra-Next-Cursor`): the events after it") String after,
        @Schema(description = "the events stored from this instant on", example = "2026-12-01T00:00:00Z") Instant since) {
}
