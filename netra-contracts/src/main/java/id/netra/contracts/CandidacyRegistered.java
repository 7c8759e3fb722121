package id.netra.contracts;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * An ASN's registration as a (prospective) candidate is watched from now on: the contest, the unpaid-leave (CLTN)
 * status at registration, the obligations with their due days, whether party membership was flagged (D5), and the
 * D3 case it opened or joined when the ASN registered while active without CLTN.
 */
public record CandidacyRegistered(
        UUID candidacyId,
        String regionCode,
        String electionCode,
        String contestCode,
        String channel,
        LocalDate registeredOn,
        String cltnStatus,
        boolean d5Flagged,
        UUID d3CaseId,
        String d3CaseNumber,
        List<Obligation> obligations,
        Instant registeredAt) implements CandidacyEvent {

    public CandidacyRegistered {
        obligations = obligations == null ? List.of() : List.copyOf(obligations);
    }

    /** One obligation of the watch, its due day (null while the contest has no date) and how sure its rule is. */
    public record Obligation(String code, LocalDate dueOn, String confidence) {
    }
}
