package id.netra.intake.candidacy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import io.smallrye.mutiny.Uni;

import id.netra.intake.cases.CaseFile;
import id.netra.intake.cases.CaseRepository;
import id.netra.intake.cases.CaseStatus;
import id.netra.kit.problem.Messages;
import id.netra.kit.region.RegionCatalog;
import id.netra.kit.security.Caller;

/**
 * Whether an ASN's request to leave the service is held: while a neutrality case about the same NIP is open, so that
 * leaving cannot end the examination. Worked out when read, from the cases as they stand, so a case that closes
 * releases the request without anything to undo; the request itself never touches the case. A forwarded case is
 * examined outside Netra, which never learns when that ends: it holds for a set number of days after it was
 * forwarded, not for ever. Both rules are configuration ({@link CandidacyRules#exitRequestHold()}): no primary text
 * for them was found.
 */
@ApplicationScoped
public class Holds {

    private final CaseRepository cases;
    private final CandidacyRules rules;
    private final Caller caller;
    private final Clock clock;
    private final RegionCatalog regions;

    public Holds(CaseRepository cases, CandidacyRules rules, Caller caller, Clock clock, RegionCatalog regions) {
        this.regions = regions;
        this.cases = cases;
        this.rules = rules;
        this.caller = caller;
        this.clock = clock;
    }

    /** The cases about the watch's NIP, of any region, that hold an exit request now; none when the hold is off. */
    public Uni<List<CaseFile>> holding(Candidacy candidacy) {
        if (!rules.exitRequestHold().enabled()) {
            return Uni.createFrom().item(List.of());
        }
        Instant now = clock.instant();
        return cases.openForNip(candidacy.asnNip)
                .map(open -> open.stream().filter(c -> releasedAt(c).map(now::isBefore).orElse(true)).toList());
    }

    /**
     * The hold of an exit request (null for any other document). A holding case of a region the reader may not see
     * still holds the request, but is not named. Held by forwarded cases only, the hold shows the day it ends.
     */
    public DocumentView.Hold hold(CandidacyDocument document, List<CaseFile> holding, Locale locale) {
        if (document.type != DocumentType.EXIT_REQUEST) {
            return null;
        }
        CandidacyRules.Hold rule = rules.exitRequestHold();
        boolean held = rule.enabled() && !holding.isEmpty();
        List<String> named = holding.stream().filter(c -> caller.canSee(c.regionCode)).map(c -> c.caseNumber)
                .toList();
        LocalDate until = held && holding.stream().allMatch(c -> releasedAt(c).isPresent())
                ? holding.stream().map(c -> LocalDate.ofInstant(releasedAt(c).orElseThrow(),
                        regions.zoneOf(c.regionCode))).max(LocalDate::compareTo).orElseThrow()
                : null;
        String text = !held ? Messages.text(locale, "hold.FREE")
                : until == null ? Messages.text(locale, "hold.HELD") : Messages.text(locale, "hold.FORWARDED", until);
        return new DocumentView.Hold(held, named, until, rule.basis(), rule.confidence(), text);
    }

    /** When a forwarded case stops holding; empty for a case still handled in Netra. */
    private Optional<Instant> releasedAt(CaseFile caseFile) {
        if (caseFile.status != CaseStatus.DITERUSKAN || caseFile.forwardedAt == null) {
            return Optional.empty();
        }
        return Optional.of(caseFile.forwardedAt.plus(Duration.ofDays(rules.exitRequestHold().forwardedDays())));
    }
}
