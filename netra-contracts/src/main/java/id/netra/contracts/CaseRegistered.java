package id.netra.contracts;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A case passed intake and goes to clarification. {@code reporterRef} is pseudonymous. */
public record CaseRegistered(
        UUID caseId,
        String caseNumber,
        String regionCode,
        String electionCode,
        String channel,
        Accused accused,
        List<String> allegedViolationCodes,
        LocalDate occurredOn,
        String reporterRef,
        Instant registeredAt) implements CaseEvent {

    public CaseRegistered {
        allegedViolationCodes = List.copyOf(allegedViolationCodes);
    }
}
