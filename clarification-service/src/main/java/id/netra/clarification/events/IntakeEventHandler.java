package id.netra.clarification.events;

import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import io.smallrye.mutiny.Uni;

import id.netra.clarification.clarification.ClarificationService;
import id.netra.clarification.clarification.HearingService;
import id.netra.contracts.CaseRegistered;
import id.netra.contracts.EventType;
import id.netra.contracts.EvidenceAttached;
import id.netra.kit.inbox.EventHandler;
import id.netra.kit.inbox.IncomingEvent;
import id.netra.kit.inbox.PoisonEventException;

/** Opens a clarification for every case that intake registers, and keeps the evidence files intake announces. */
@ApplicationScoped
public class IntakeEventHandler implements EventHandler {

    private final ClarificationService clarifications;
    private final HearingService hearing;

    public IntakeEventHandler(ClarificationService clarifications, HearingService hearing) {
        this.clarifications = clarifications;
        this.hearing = hearing;
    }

    @Override
    public Set<EventType> handles() {
        return Set.of(EventType.CASE_REGISTERED, EventType.EVIDENCE_ATTACHED);
    }

    @Override
    public Uni<Void> handle(IncomingEvent event) {
        if (event.payload() instanceof EvidenceAttached attached) {
            // without the id or the hash a review by reference is impossible, and no retry will add them
            if (attached.evidenceId() == null || attached.reportId() == null || attached.sha256() == null
                    || attached.sha256().isBlank()) {
                return Uni.createFrom().failure(new PoisonEventException(
                        "evidence.attached " + attached.caseNumber() + " lacks evidenceId, reportId or sha256"));
            }
            return hearing.receiveEvidence(attached);
        }
        CaseRegistered registered = (CaseRegistered) event.payload();
        // the codec checks only the ids; without these a clarification cannot exist, and no retry will add them
        if (registered.electionCode() == null || registered.accused() == null || registered.accused().name() == null
                || registered.accused().name().isBlank()) {
            return Uni.createFrom().failure(new PoisonEventException(
                    "case.registered " + registered.caseNumber() + " lacks electionCode or accused.name"));
        }
        return clarifications.open(registered);
    }
}
