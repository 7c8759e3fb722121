package id.netra.contracts;

import java.time.Instant;
import java.util.UUID;

/**
 * integration-service stopped delivering to a webhook subscription: its receiver answered 410 (RECEIVER_GONE) or
 * failed for longer than allowed (FAILING). {@code owner} is the subscriber's client id, {@code regionCode} its region
 * (null: national). The subscriber and an admin find the attempts in the delivery log.
 */
public record WebhookDisabled(
        UUID subscriptionId,
        String owner,
        String regionCode,
        String reason,
        Instant disabledAt) implements NetraEvent {

    @Override
    public String key() {
        return subscriptionId == null ? null : subscriptionId.toString();
    }

    @Override
    public String subject() {
        return key();
    }
}
