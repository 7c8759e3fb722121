package id.netra.integration.webhook;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

/** A subscription as its owner sees it; the secret only in the answer that created or rotated it. */
@Schema(name = "Webhook")
public record WebhookView(
        UUID id,
        String url,
        @Schema(nullable = true, description = "null: every type") List<String> types,
        @Schema(nullable = true, description = "the region whose events it receives; null: every region") String region,
        @Schema(enumeration = {
                "ACTIVE", "DISABLED" }) String status,
        @Schema(nullable = true, description = "RECEIVER_GONE (it answered 410) or FAILING (it failed for longer than allowed); null while active") String disabledReason,
        @Schema(nullable = true) Instant disabledAt,
        Instant createdAt,
        @Schema(description = "the signing secret: shown once, here; verify with any Standard Webhooks library") @JsonInclude(JsonInclude.Include.NON_NULL) String secret,
        @Schema(description = "after a rotation: until when the previous secret signs as well") @JsonInclude(JsonInclude.Include.NON_NULL) Instant previousSecretUntil){

    static WebhookView of(WebhookStore.Subscription s, String secret, Instant previousUntil) {
        return new WebhookView(s.id(), s.url(), s.types(), s.scopeRegion(), s.status(), s.disabledReason(),
                s.disabledAt(), s.createdAt(), secret, previousUntil);
    }
}
