package id.netra.contracts;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A report reached intake: it opened a case or joined an existing one about the same accused and act. It says whether
 * it was filed in time and whether it is only a lead (informasi awal); {@code reporterRef} is pseudonymous.
 */
public record ReportReceived(
        UUID caseId,
        String caseNumber,
        String regionCode,
        UUID reportId,
        String channel,
        String reporterRef,
        boolean joinedExistingCase,
        boolean filedInTime,
        LocalDate filingDueOn,
        boolean lead,
        Instant receivedAt) implements CaseEvent {
}
