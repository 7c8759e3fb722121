package id.netra.contracts;

import java.time.Instant;
import java.util.UUID;

/** The PPK decided after a block was requested: BKN is asked to lift the block on the accused's personnel data. */
public record UnblockRequested(
        UUID caseId,
        String caseNumber,
        String regionCode,
        UUID recommendationId,
        String nip,
        String reason,
        Instant requestedAt) implements CaseEvent {
}
