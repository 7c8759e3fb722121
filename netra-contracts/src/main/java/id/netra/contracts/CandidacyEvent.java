package id.netra.contracts;

import java.util.UUID;

/**
 * A step of a candidacy watch: an ASN registered as a (prospective) candidate and what that obliges them to do. A
 * watch is followed like a case without being one (a compliant candidacy never becomes a case), so its own id stands
 * in for the case's: it is the Kafka key, which keeps the watch's steps in order, and the CloudEvents subject. The
 * case a watch opened, if any, is named in the payload. No payload names the ASN, the NIP or the party.
 */
public sealed interface CandidacyEvent extends CaseEvent
        permits CandidacyRegistered, CandidacyObligationDue, CandidacyObligationOverdue, CandidacyObligationMet {

    UUID candidacyId();

    @Override
    default UUID caseId() {
        return candidacyId();
    }

    @Override
    default String caseNumber() {
        return candidacyId() == null ? null : candidacyId().toString();
    }
}
