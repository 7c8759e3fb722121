package id.netra.sanction.recommendation;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;

import id.netra.contracts.CaseClosed;
import id.netra.contracts.ClarificationConcluded;
import id.netra.contracts.ClarificationCorrected;
import id.netra.contracts.Outcome;
import id.netra.contracts.PositionCategory;
import id.netra.contracts.RecommendationIssued;
import id.netra.contracts.UnblockRequested;
import id.netra.kit.calendar.Deadline;
import id.netra.kit.id.Ids;
import id.netra.kit.outbox.Outbox;
import id.netra.kit.validation.NipKind;
import id.netra.kit.validation.NipValidator;
import id.netra.kit.validation.ParsedNip;
import id.netra.sanction.rules.AggravatingFact;
import id.netra.sanction.rules.Assessment;
import id.netra.sanction.rules.DecisionDeadlines;
import id.netra.sanction.rules.SanctionRules;

/**
 * Acts on the Inspektorat's conclusions and their corrections: a recommendation issued (or the case closed), with its
 * events, in one transaction each.
 */
@ApplicationScoped
public class RecommendationEvents {

    private static final Logger LOG = Logger.getLogger(RecommendationEvents.class);

    private final RecommendationRepository repository;
    private final ProvenActRepository provenActs;
    private final Outbox outbox;
    private final SanctionRules rules;
    private final DecisionDeadlines deadlines;
    private final Clock clock;
    private final ObjectMapper json;

    public RecommendationEvents(RecommendationRepository repository, ProvenActRepository provenActs, Outbox outbox,
            SanctionRules rules, DecisionDeadlines deadlines, Clock clock, ObjectMapper json) {
        this.repository = repository;
        this.provenActs = provenActs;
        this.outbox = outbox;
        this.rules = rules;
        this.deadlines = deadlines;
        this.clock = clock;
        this.json = json;
    }

    /**
     * Acts on the Inspektorat's conclusion: PROVEN issues a recommendation, NOT_PROVEN closes the case; either way the
     * row and its event are written in one transaction.
     *
     * @throws ConclusionRejectedException (as the Uni's failure) for a conclusion that can never be acted on
     */
    @WithTransaction
    public Uni<Recommendation> conclude(ClarificationConcluded conclusion) {
        if (conclusion.outcome() == null || conclusion.concludedAt() == null || conclusion.electionCode() == null) {
            return reject(conclusion.caseNumber(), "outcome, concludedAt and electionCode are required");
        }
        return repository.existsForCase(conclusion.caseId(), conclusion.caseNumber()).chain(exists -> {
            if (exists) {
                // a second conclusion of the same case is not a redelivery (that has the same event id): a person
                // must look at it, so it is parked rather than applied or dropped
                return reject(conclusion.caseNumber(), "the case was concluded before");
            }
            return conclusion.outcome() == Outcome.PROVEN ? issue(conclusion) : closeNotProven(conclusion);
        });
    }

    private Uni<Recommendation> issue(ClarificationConcluded conclusion) {
        // counted from the conclusion, not from when this service read it: a slow consumer must not give the PPK
        // more time
        return judge(conclusion, conclusion.concludedAt()).chain(judgement -> {
            Recommendation recommendation = Recommendation.issue(Ids.uuidV7(), conclusion, judgement, clock.instant());
            return repository.persist(recommendation)
                    .call(this::rememberProvenAct)
                    .call(r -> outbox.record(issued(r)))
                    .invoke(r -> LOG.infof("Case %s: recommendation %s, level %s, aggravating %s",
                            r.getCaseNumber(), r.getStatus(), r.getLevel(), judgement.facts().keySet()));
        });
    }

    /**
     * What the rules make of a proven conclusion: the aggravating facts found (an earlier proven act by the same NIP,
     * a senior or territorial position), the assessment, and the PPK's deadline counted from {@code start}.
     */
    private Uni<Judgement> judge(ClarificationConcluded conclusion, Instant start) {
        String nip = conclusion.accused() == null ? null : conclusion.accused().nip();
        Uni<List<String>> earlier = nip == null ? Uni.createFrom().item(List.of())
                : provenActs.provenBefore(nip, conclusion.concludedAt(), conclusion.caseId());
        return earlier.chain(earlierCases -> {
            Map<AggravatingFact, String> facts = new EnumMap<>(AggravatingFact.class);
            if (!earlierCases.isEmpty()) {
                facts.put(AggravatingFact.REPEAT_OFFENDER, String.join(", ", earlierCases));
            }
            // null: an older producer did not say, so the position is not known and weighs nothing
            PositionCategory position = conclusion.positionCategory();
            if (position != null && position.aggravates()) {
                facts.put(AggravatingFact.SENIOR_OFFICIAL, position.name());
            }
            try {
                Assessment assessment = rules.assess(conclusion.electionCode(), conclusion.contestCode(),
                        conclusion.actDate(), conclusion.violationCodes(), facts.keySet());
                Deadline due = deadlines.decisionDue(start, conclusion.regionCode());
                SanctionRules.SupervisingBody body = rules
                        .supervisingBody(LocalDate.ofInstant(start, due.zone()));
                String notice = rules.criminalNotice(conclusion.electionCode(),
                        assessment.items().stream().map(Assessment.Item::violationCode).toList());
                NipKind employment = conclusion.accused() == null || conclusion.accused().nip() == null ? NipKind.PNS
                        : NipValidator.check(conclusion.accused().nip()).parsed().map(ParsedNip::kind)
                                .orElse(NipKind.PNS);
                return Uni.createFrom()
                        .item(new Judgement(assessment, facts, start, due,
                                deadlines.blockDue(due, conclusion.regionCode()),
                                body == null ? null : body.body(), notice,
                                rules.forEmployment(assessment.sanctions(), assessment.level(), employment)));
            } catch (IllegalArgumentException e) {
                // an unknown election, code or region, or a missing act date: no retry changes that
                return reject(conclusion.caseNumber(), e.getMessage());
            }
        });
    }

    private Uni<Void> rememberProvenAct(Recommendation r) {
        if (r.getAccusedNip() == null) {
            return Uni.createFrom().voidItem();
        }
        return provenActs.persist(new ProvenAct(r.getCaseId(), r.getCaseNumber(), r.getAccusedNip(),
                r.getRegionCode(), r.getElectionCode(), r.getActDate(), r.getConcludedAt())).replaceWithVoid();
    }

    /**
     * Acts on a corrected conclusion. While the PPK has not decided, the recommendation is revised (a correction to
     * NOT_PROVEN closes the case) and what it replaced is kept; the PPK's deadline restarts. A decided case is
     * refused: the decree exists, so a person must look at it.
     *
     * @throws ConclusionRejectedException (as the Uni's failure) for a correction that can never be applied
     */
    @WithTransaction
    public Uni<Recommendation> correct(ClarificationCorrected correction) {
        if (correction.outcome() == null || correction.electionCode() == null) {
            return reject(correction.caseNumber(), "outcome and electionCode are required");
        }
        return repository.findByCaseIdForUpdate(correction.caseId()).chain(r -> {
            if (r == null) {
                return reject(correction.caseNumber(), "no conclusion of the case was received before its correction");
            }
            if (r.getStatus() == RecommendationStatus.DECIDED || r.getStatus() == RecommendationStatus.NON_COMPLIANT) {
                return reject(correction.caseNumber(), "the PPK has already decided; the correction cannot revise it");
            }
            Instant now = clock.instant();
            ClarificationConcluded corrected = new ClarificationConcluded(correction.caseId(), r.getCaseNumber(),
                    correction.regionCode(), correction.electionCode(), correction.clarificationId(),
                    correction.outcome(), correction.violationCodes(), correction.actDate(), correction.accused(),
                    correction.reason(), correction.candidacyStage(), correction.positionCategory(),
                    r.getConcludedAt(), correction.contestCode());
            RecommendationRevision revision = new RecommendationRevision(now, correction.correctedAt(),
                    correction.correctedBy(), correction.correctionReason(),
                    String.join(",", correction.changedFields()), r.getStatus(), r.getLevel(), r.getRuleVersion(),
                    snapshot(r, now));
            Uni<Long> forget = provenActs.forget(r.getCaseId());
            if (correction.outcome() != Outcome.PROVEN) {
                boolean unblock = r.revise(corrected, null, now, revision);
                Uni<Recommendation> saved = forget.chain(() -> repository.persist(r))
                        .call(closed -> outbox.record(new CaseClosed(closed.getCaseId(), closed.getCaseNumber(),
                                closed.getRegionCode(), closed.getClosedOutcome(), closed.getClosedAt())));
                if (unblock) {
                    // nothing left to sanction: the personnel data must not stay blocked
                    saved = saved.call(closed -> outbox.record(new UnblockRequested(closed.getCaseId(),
                            closed.getCaseNumber(), closed.getRegionCode(), closed.getId(), closed.getAccusedNip(),
                            "CASE_NOT_PROVEN", now)));
                }
                return saved.invoke(closed -> LOG.infof("Case %s: corrected to not proven, closed, unblock %s",
                        closed.getCaseNumber(), unblock));
            }
            Instant start = correction.correctedAt() == null ? now : correction.correctedAt();
            return forget.chain(() -> judge(corrected, start)).chain(judgement -> {
                r.revise(corrected, judgement, now, revision);
                return repository.persist(r)
                        .call(this::rememberProvenAct)
                        .call(saved -> outbox.record(issued(saved)))
                        .invoke(saved -> LOG.infof("Case %s: recommendation revised, %s, level %s",
                                saved.getCaseNumber(), saved.getStatus(), saved.getLevel()));
            });
        });
    }

    private String snapshot(Recommendation r, Instant now) {
        try {
            return json.writeValueAsString(RecommendationView.of(r, now));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a recommendation view is always writable as JSON", e);
        }
    }

    private Uni<Recommendation> closeNotProven(ClarificationConcluded conclusion) {
        Recommendation closed = Recommendation.notProven(Ids.uuidV7(), conclusion, clock.instant());
        return repository.persist(closed)
                .call(saved -> outbox.record(new CaseClosed(saved.getCaseId(), saved.getCaseNumber(),
                        saved.getRegionCode(), saved.getClosedOutcome(), saved.getClosedAt())))
                .invoke(saved -> LOG.infof("Case %s: closed as not proven", saved.getCaseNumber()));
    }

    private static RecommendationIssued issued(Recommendation r) {
        List<RecommendationIssued.Item> items = r.getItems().stream()
                .map(item -> new RecommendationIssued.Item(item.getViolationCode(),
                        item.getLevel() == null ? null : item.getLevel().name(), item.getLegalBasis()))
                .toList();
        return new RecommendationIssued(r.getCaseId(), r.getCaseNumber(), r.getRegionCode(), r.getId(),
                r.getLevel() == null ? null : r.getLevel().name(), r.getRuleVersion(), items, r.getDecisionDueAt(),
                r.getIssuedAt());
    }

    private static <T> Uni<T> reject(String caseNumber, String reason) {
        return Uni.createFrom().failure(new ConclusionRejectedException("case " + caseNumber + ": " + reason));
    }
}
