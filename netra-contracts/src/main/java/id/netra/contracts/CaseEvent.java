package id.netra.contracts;

import java.util.UUID;

/**
 * A payload of a Netra event. Every event concerns one case: its id is the Kafka key (so a case's events keep their
 * order) and its number is the CloudEvents {@code subject}; a candidacy watch's events stand in for a case with the
 * watch's id ({@link CandidacyEvent}). No payload carries a reporter's identity.
 */
public sealed interface CaseEvent extends NetraEvent
        permits CaseRegistered, ClarificationOpened, ClarificationScheduled, ClarificationConcluded, RecommendationIssued,
        SanctionDecided, CaseClosed, EvidenceAttached, ClarificationCorrected, ClarificationAssigned,
        ClarificationRescheduled, ClarificationAttendanceRecorded, ClarificationStatementRecorded,
        ClarificationEvidenceReviewed, ClarificationReminder, ClarificationOverdue, RecommendationLevelSet,
        SanctionNonCompliant, DecisionOverdue, BlockRequested, UnblockRequested, ReportReceived, CaseRejected,
        CompletionRequested, ReviewOverdue, CaseForwarded, CandidacyEvent {

    UUID caseId();

    String caseNumber();

    /** The region of the accused's employing government: the tenancy key of every reader. */
    String regionCode();

    @Override
    default String key() {
        return caseId() == null ? null : caseId().toString();
    }

    @Override
    default String subject() {
        return caseNumber();
    }
}
