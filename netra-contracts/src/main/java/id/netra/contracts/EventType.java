package id.netra.contracts;

import java.util.Arrays;
import java.util.Optional;

/** Every event type of the suite: its CloudEvents {@code type}, payload record, topic and JSON Schema. */
public enum EventType {
    CASE_REGISTERED("id.netra.case.registered.v1", CaseRegistered.class, Topics.INTAKE),
    CLARIFICATION_OPENED("id.netra.clarification.opened.v1", ClarificationOpened.class, Topics.CLARIFICATION),
    CLARIFICATION_SCHEDULED("id.netra.clarification.scheduled.v1", ClarificationScheduled.class, Topics.CLARIFICATION),
    CLARIFICATION_CONCLUDED("id.netra.clarification.concluded.v1", ClarificationConcluded.class, Topics.CLARIFICATION),
    RECOMMENDATION_ISSUED("id.netra.recommendation.issued.v1", RecommendationIssued.class, Topics.SANCTION),
    CASE_CLOSED("id.netra.case.closed.v1", CaseClosed.class, Topics.SANCTION),
    SANCTION_DECIDED("id.netra.sanction.decided.v1", SanctionDecided.class, Topics.SANCTION),
    EVIDENCE_ATTACHED("id.netra.evidence.attached.v1", EvidenceAttached.class, Topics.INTAKE),
    CLARIFICATION_CORRECTED("id.netra.clarification.corrected.v1", ClarificationCorrected.class,
            Topics.CLARIFICATION),
    CLARIFICATION_ASSIGNED("id.netra.clarification.assigned.v1", ClarificationAssigned.class, Topics.CLARIFICATION),
    CLARIFICATION_RESCHEDULED("id.netra.clarification.rescheduled.v1", ClarificationRescheduled.class,
            Topics.CLARIFICATION),
    CLARIFICATION_ATTENDANCE_RECORDED("id.netra.clarification.attendance_recorded.v1",
            ClarificationAttendanceRecorded.class, Topics.CLARIFICATION),
    CLARIFICATION_STATEMENT_RECORDED("id.netra.clarification.statement_recorded.v1",
            ClarificationStatementRecorded.class, Topics.CLARIFICATION),
    CLARIFICATION_EVIDENCE_REVIEWED("id.netra.clarification.evidence_reviewed.v1",
            ClarificationEvidenceReviewed.class, Topics.CLARIFICATION),
    CLARIFICATION_REMINDER("id.netra.clarification.reminder.v1", ClarificationReminder.class, Topics.CLARIFICATION),
    CLARIFICATION_OVERDUE("id.netra.clarification.overdue.v1", ClarificationOverdue.class, Topics.CLARIFICATION),
    RECOMMENDATION_LEVEL_SET("id.netra.recommendation.level_set.v1", RecommendationLevelSet.class, Topics.SANCTION),
    SANCTION_NONCOMPLIANT("id.netra.sanction.noncompliant.v1", SanctionNonCompliant.class, Topics.SANCTION),
    DECISION_OVERDUE("id.netra.sanction.overdue.v1", DecisionOverdue.class, Topics.SANCTION),
    BLOCK_REQUESTED("id.netra.sanction.block_requested.v1", BlockRequested.class, Topics.SANCTION),
    UNBLOCK_REQUESTED("id.netra.sanction.unblock_requested.v1", UnblockRequested.class, Topics.SANCTION),
    REPORT_RECEIVED("id.netra.report.received.v1", ReportReceived.class, Topics.INTAKE),
    CASE_REJECTED("id.netra.case.rejected.v1", CaseRejected.class, Topics.INTAKE),
    COMPLETION_REQUESTED("id.netra.case.completion_requested.v1", CompletionRequested.class, Topics.INTAKE),
    REVIEW_OVERDUE("id.netra.case.review_overdue.v1", ReviewOverdue.class, Topics.INTAKE),
    CASE_FORWARDED("id.netra.case.forwarded.v1", CaseForwarded.class, Topics.INTAKE),
    CANDIDACY_REGISTERED("id.netra.candidacy.registered.v1", CandidacyRegistered.class, Topics.INTAKE),
    CANDIDACY_OBLIGATION_DUE("id.netra.candidacy.obligation_due.v1", CandidacyObligationDue.class, Topics.INTAKE),
    CANDIDACY_OBLIGATION_OVERDUE("id.netra.candidacy.obligation_overdue.v1", CandidacyObligationOverdue.class,
            Topics.INTAKE),
    CANDIDACY_OBLIGATION_MET("id.netra.candidacy.obligation_met.v1", CandidacyObligationMet.class, Topics.INTAKE),
    RULES_CHANGED("id.netra.rules.changed.v1", RulesChanged.class, Topics.RULES),
    WEBHOOK_DISABLED("id.netra.webhook.disabled.v1", WebhookDisabled.class, Topics.INTEGRATION);

    private final String type;
    private final Class<? extends NetraEvent> payloadType;
    private final String topic;

    EventType(String type, Class<? extends NetraEvent> payloadType, String topic) {
        this.type = type;
        this.payloadType = payloadType;
        this.topic = topic;
    }

    /** The CloudEvents {@code type} attribute. */
    public String type() {
        return type;
    }

    public Class<? extends NetraEvent> payloadType() {
        return payloadType;
    }

    public String topic() {
        return topic;
    }

    /** The classpath location of the payload's JSON Schema. */
    public String schemaResource() {
        return "/id/netra/contracts/schemas/" + type + ".schema.json";
    }

    public static Optional<EventType> fromType(String type) {
        return Arrays.stream(values()).filter(t -> t.type.equals(type)).findFirst();
    }

    public static EventType of(NetraEvent event) {
        return Arrays.stream(values()).filter(t -> t.payloadType == event.getClass()).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No event type for " + event.getClass()));
    }
}
