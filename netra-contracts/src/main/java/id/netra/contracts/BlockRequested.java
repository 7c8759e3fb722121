package id.netra.contracts;

import java.time.Instant;
import java.util.UUID;

/**
 * Escalation: the PPK is still overdue, so BKN is asked to block the accused's personnel data (SIASN) until the
 * sanction is imposed. Carries the accused's NIP, which BKN needs to find the record.
 */
public record BlockRequested(
        UUID caseId,
        String caseNumber,
        String regionCode,
        UUID recommendationId,
        String nip,
        Instant dueAt,
        Instant requestedAt) implements CaseEvent {
}
