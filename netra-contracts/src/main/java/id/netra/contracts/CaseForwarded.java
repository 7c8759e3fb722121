package id.netra.contracts;

import java.time.Instant;
import java.util.UUID;

/**
 * Bawaslu did not register the case (filed late), but its reviewer passed the facts on: ASN discipline is not a
 * complaint offence, so the employing region's Inspektorat or PPK, or BKN, may still act on them. {@code target} is
 * INSPEKTORAT, PPK or BKN; {@code targetRegionCode} the region of that Inspektorat or PPK (null for BKN).
 */
public record CaseForwarded(
        UUID caseId,
        String caseNumber,
        String regionCode,
        String target,
        String targetRegionCode,
        String note,
        Instant forwardedAt) implements CaseEvent {
}
