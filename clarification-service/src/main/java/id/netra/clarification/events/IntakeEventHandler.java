package id.netra.clarification.events;

import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import io.smallrye.mutiny.Uni;

import id.netra.clarification.clarification.ClarificationService;
import id.netra.contracts.CaseRegistered;
import id.netra.contracts.EventType;
import id.netra.kit.inbox.EventHandler;
import id.netra.kit.inbox.IncomingEvent;
import id.netra.kit.inbox.PoisonEventException;

/** Opens a clarification for every case that intake registers. */
@ApplicationScoped
public class CaseRegisteredHandler implements EventHandler {

    private final ClarificationService service;

    public CaseRegisteredHandler(ClarificationService service) {
        this.service = service;
    }

    @Override
    public Set<EventType> handles() {
        return Set.of(EventType.CASE_REGISTERED);
    }

    @Override
    public Uni<Void> handle(IncomingEvent event) {
        CaseRegistered registered = (CaseRegistered) event.payload();
        // the codec checks only the ids; without these a clarification cannot exist, and no retry will add them
        if (registered.electionCode() == null || registered.accused() == null || registered.accused().name() == null
                || registered.accused().name().isBlank()) {
            return Uni.createFrom().failure(new PoisonEventException(
                    "case.registered " + registered.caseNumber() + " lacks electionCode or accused.name"));
        }
        return service.open(registered);
    }
}
