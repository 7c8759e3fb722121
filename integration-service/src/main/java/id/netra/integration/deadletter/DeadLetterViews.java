package id.netra.integration.deadletter;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import id.netra.integration.Redaction;

/** The dead letters as admins and auditors read them. */
public final class DeadLetterViews {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private DeadLetterViews() {
    }

    /** One dead letter in the list. */
    @Schema(name = "DeadLetter")
    public record Item(UUID deadLetterId,
            @Schema(description = "the service whose consumer parked it", example = "sanction-service") String consumer,
            @Schema(example = "netra.clarification.events") String originalTopic, Integer originalPartition,
            Long originalOffset,
            @Schema(description = "the CloudEvents id, when the record has one") String eventId,
            @Schema(example = "id.netra.clarification.concluded.v1") String eventType,
            @Schema(example = "64.71-2024-000001") String subject, @Schema(example = "64.71") String regionCode,
            @Schema(description = "why the consumer gave up on it") String reason, Instant parkedAt,
            @Schema(description = "how often it was sent back") int redriveCount) {

        static Item of(DeadLetterStore.Stored stored) {
            DeadLetter d = stored.letter();
            // a parser's reason may quote the record it could not read
            return new Item(stored.id(), d.consumer(), d.originalTopic(), d.originalPartition(), d.originalOffset(),
                    d.eventId(), d.eventType(), d.subject(), d.regionCode(), Redaction.maskReporter(d.reason()),
                    d.parkedAt(),
                    stored.redriveCount());
        }
    }

    /** A page of dead letters, newest first; pass {@code next} as {@code before} for the next page. */
    @Schema(name = "DeadLetterPage")
    public record Page(List<Item> items, UUID next) {
    }

    /** One dead letter whole: its record's key, headers and payload, and every redrive. */
    @Schema(name = "DeadLetterDetail")
    public record Detail(Item deadLetter, String key,
            @Schema(description = "the record's own headers, as they will be sent back") List<DeadLetter.RecordHeader> headers,
            @Schema(description = "the record's value as parked, less any reporter reference") String payload,
            List<Redrive> redrives) {

        static Detail of(DeadLetterStore.Stored stored, List<DeadLetterStore.Redriven> redrives) {
            DeadLetter d = stored.letter();
            return new Detail(Item.of(stored), d.key(), d.headers(), withoutReporter(d.payload()),
                    redrives.stream().map(Redrive::of).toList());
        }
    }

    /** A redrive: who sent the dead letter back, when, where, and whether the broker has it. */
    @Schema(name = "DeadLetterRedrive")
    public record Redrive(UUID redriveId, UUID deadLetterId, @Schema(example = "admin") String redrivenBy,
            Instant redrivenAt, @Schema(example = "netra.clarification.events") String targetTopic,
            @Schema(enumeration = {
                    "PENDING",
                    "SENT" }, description = "PENDING: recorded, not yet taken by the broker (sent again shortly)") String status,
            Instant sentAt){

        static Redrive of(DeadLetterStore.Redriven r) {
            return new Redrive(r.id(), r.deadLetterId(), r.redrivenBy(), r.redrivenAt(), r.targetTopic(), r.status(),
                    r.sentAt());
        }
    }

    private static String withoutReporter(String payload) {
        if (payload == null) {
            return null;
        }
        try {
            // shown without the reporter's pseudonym, though the record goes back as it was
            if (MAPPER.readTree(payload) instanceof ObjectNode node) {
                return MAPPER.writeValueAsString(Redaction.withoutReporter(node));
            }
            return Redaction.maskReporter(payload);
        } catch (JsonProcessingException e) {
            // an unreadable payload is often why it was parked: shown, but with any reporter reference masked
            return Redaction.maskReporter(payload);
        }
    }
}
