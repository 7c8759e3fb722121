package id.netra.intake.candidacy;

import java.util.List;
import java.util.Locale;

import jakarta.enterprise.context.ApplicationScoped;

import io.smallrye.mutiny.Uni;

import id.netra.intake.cases.CaseFile;
import id.netra.intake.cases.CaseRepository;
import id.netra.kit.problem.Messages;
import id.netra.kit.security.Caller;

/**
 * Whether an ASN's request to leave the service is held: while a neutrality case about the same NIP is open, so that
 * leaving cannot end the examination. Worked out when read, from the cases as they stand, so a case that closes
 * releases the request without anything to undo; the request itself never touches the case. The rule is
 * configuration ({@link CandidacyRules#exitRequestHold()}): no primary text for it was found.
 */
@ApplicationScoped
public class Holds {

    private final CaseRepository cases;
    private final CandidacyRules rules;
    private final Caller caller;

    public Holds(CaseRepository cases, CandidacyRules rules, Caller caller) {
        this.cases = cases;
        this.rules = rules;
        this.caller = caller;
    }

    /** The open cases about the watch's NIP, of any region; none when the hold is switched off. */
    public Uni<List<CaseFile>> openCases(Candidacy candidacy) {
        return rules.exitRequestHold().enabled() ? cases.openForNip(candidacy.asnNip)
                : Uni.createFrom().item(List.of());
    }

    /**
     * The hold of an exit request (null for any other document). A holding case of a region the reader may not see
     * still holds the request, but is not named.
     */
    public DocumentView.Hold hold(CandidacyDocument document, List<CaseFile> openCases, Locale locale) {
        if (document.type != DocumentType.EXIT_REQUEST) {
            return null;
        }
        CandidacyRules.Hold rule = rules.exitRequestHold();
        boolean held = rule.enabled() && !openCases.isEmpty();
        List<String> named = openCases.stream().filter(c -> caller.canSee(c.regionCode)).map(c -> c.caseNumber)
                .toList();
        return new DocumentView.Hold(held, named, rule.basis(), rule.confidence(),
                Messages.text(locale, held ? "hold.HELD" : "hold.FREE"));
    }
}
