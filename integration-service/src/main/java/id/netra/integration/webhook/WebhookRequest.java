package id.netra.integration.webhook;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A subscription: where to deliver, and which types (none: every type). */
@Schema(name = "WebhookRequest")
public record WebhookRequest(
        @Schema(required = true, maxLength = 2000, example = "https://simpeg.balikpapan.go.id/netra/webhook") String url,
        @Schema(description = "CloudEvents types; none: every case event of the caller's region", example = "[\"id.netra.sanction.decided.v1\"]") List<String> types) {
}
