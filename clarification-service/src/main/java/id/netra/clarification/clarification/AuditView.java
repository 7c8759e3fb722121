package id.netra.clarification.clarification;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonRawValue;

/** The audit trail of one case's clarification, oldest first. */
@Schema(name = "AuditTrail")
public record AuditView(@Schema(example = "64.71-2024-000007") String caseNumber, List<Entry> entries) {

    /** One change: who, when, what. */
    @Schema(name = "AuditEntry")
    public record Entry(
            UUID id,
            @Schema(description = "what was done", example = "ASSIGNED", enumeration = {
                    "OPENED", "EVIDENCE_RECEIVED",
                    "ASSIGNED", "SCHEDULED", "RESCHEDULED", "ATTENDANCE_RECORDED", "STATEMENT_RECORDED",
                    "EVIDENCE_REVIEWED", "NOTE_ADDED", "CONCLUDED", "CORRECTED", "REMINDER_SENT",
                    "OVERDUE_MARKED" }) String action,
            @Schema(description = "the account, or 'system' for the service's own acts", example = "inspektorat.balikpapan") String actor,
            Instant occurredAt,
            @Schema(type = SchemaType.OBJECT, description = "the facts of the change", example = "{\"assignee\": \"budi.inspektorat\", \"previousAssignee\": null}") @JsonRawValue String details){

        static Entry of(AuditEntry entry) {
            return new Entry(entry.id(), entry.action(), entry.actor(), entry.occurredAt(), entry.details());
        }
    }
}
