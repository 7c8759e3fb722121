package id.netra.sanction.recommendation;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;

import id.netra.contracts.CaseClosed;
import id.netra.contracts.ClarificationConcluded;
import id.netra.contracts.ClarificationCorrected;
import id.netra.contracts.Outcome;
import id.netra.contracts.PositionCategory;
import id.netra.contracts.RecommendationIssued;
import id.netra.contracts.RecommendationLevelSet;
import id.netra.contracts.SanctionDecided;
import id.netra.contracts.SanctionNonCompliant;
import id.netra.contracts.UnblockRequested;
import id.netra.kit.calendar.Deadline;
import id.netra.kit.id.Ids;
import id.netra.kit.outbox.Outbox;
import id.netra.kit.problem.FieldError;
import id.netra.kit.problem.ProblemException;
import id.netra.kit.region.RegionCatalog;
import id.netra.kit.rules.ViolationCatalog.Sanction;
import id.netra.kit.security.Caller;
import id.netra.kit.validation.NipKind;
import id.netra.kit.validation.NipValidator;
import id.netra.kit.validation.ParsedNip;
import id.netra.sanction.rules.AggravatingFact;
import id.netra.sanction.rules.Assessment;
import id.netra.sanction.rules.SanctionLevel;
import id.netra.sanction.rules.SanctionRules;

/** Turns conclusions into recommendations (or closed cases) and their events, and answers what is on record. */
@ApplicationScoped
public class RecommendationService {

    private static final Logger LOG = Logger.getLogger(RecommendationService.class);
    static final int DECREE_NUMBER_MAX = 100;
    static final int JUSTIFICATION_MAX = 4000;
    static final int LEGAL_BASIS_MAX = 1000;

    private final RecommendationRepository repository;
    private final Outbox outbox;
    private final SanctionRules rules;
    private final DecisionDeadlines deadlines;
    private final Caller caller;
    private final ProvenActRepository provenActs;
    private final Clock clock;
    private final ObjectMapper json;

    public RecommendationService(RecommendationRepository repository, ProvenActRepository provenActs, Outbox outbox,
            SanctionRules rules, DecisionDeadlines deadlines, Caller caller, Clock clock, ObjectMapper json) {
        this.json = json;
        this.caller = caller;
        this.repository = repository;
        this.provenActs = provenActs;
        this.outbox = outbox;
        this.rules = rules;
        this.deadlines = deadlines;
        this.clock = clock;
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

    /** The case's recommendation if the caller's region covers it; 404 alike for missing and out of region. */
    @WithSession
    public Uni<RecommendationView> find(String caseNumber) {
        return repository.findByCaseNumberWithDetails(caseNumber).map(recommendation -> {
            if (recommendation == null) {
                throw ProblemException.notFound("CASE_NOT_FOUND", caseNumber);
            }
            caller.requireVisible(recommendation.getRegionCode(), caseNumber);
            return RecommendationView.of(recommendation, clock.instant());
        });
    }

    /** One page of the recommendations in the caller's region (all of them for a national caller). */
    @WithSession
    public Uni<RecommendationPage> list(RecommendationQuery query) {
        Instant now = clock.instant();
        return repository.page(query, caller.listScope(), now).map(rows -> RecommendationPage.of(rows, query.limit(), now));
    }

    /**
     * Records the PPK's decision on an open recommendation and its events in one transaction. A sanction below the
     * recommended level needs a justification and is non-compliant: the case stays open, the block stays and the
     * escalation goes on until a compliant decision, which alone lifts the block. A PTDH recommendation only PTDH
     * meets, and PTDH meets nothing else; a discipline sanction for an ethics-only recommendation needs its own legal
     * basis and a justification.
     */
    @WithTransaction
    public Uni<RecommendationView> decide(String caseNumber, DecisionRequest request) {
        Sanction sanction = validate(request);
        // locked: the escalation sweep must not request a block between this read and the commit, or the block
        // would never be lifted
        return repository.findByCaseNumberForUpdate(caseNumber).chain(recommendation -> {
            if (recommendation == null) {
                throw ProblemException.notFound("CASE_NOT_FOUND", caseNumber);
            }
            caller.requireVisible(recommendation.getRegionCode(), caseNumber);
            requireOpen(recommendation);
            Instant now = clock.instant();
            ZoneId zone = RegionCatalog.standard().zoneOf(recommendation.getRegionCode());
            // both limits are days in the region's zone, as on the decree itself
            LocalDate issuedOn = LocalDate.ofInstant(recommendation.getIssuedAt(), zone);
            if (request.decreeDate().isAfter(LocalDate.ofInstant(now, zone))) {
                throw new ProblemException(400, "VALIDATION_FAILED",
                        List.of(FieldError.of("decreeDate", "DECREE_DATE_IN_FUTURE")));
            }
            if (request.decreeDate().isBefore(issuedOn)) {
                throw new ProblemException(400, "VALIDATION_FAILED",
                        List.of(FieldError.of("decreeDate", "DECREE_DATE_BEFORE_ISSUE", issuedOn)));
            }
            SanctionLevel recommended = recommendation.getLevel();
            SanctionLevel imposed = levelOf(sanction.code());
            String justification = blankToNull(request.justification());
            String legalBasis = blankToNull(request.legalBasis());
            if (recommendation.getEmployment() == NipKind.PPPK && rules.notForPppk(sanction.code())) {
                // a demotion or a dismissal as PNS presupposes a PNS career
                throw ProblemException.unprocessable("SANCTION_NOT_FOR_PPPK", sanction.code(), caseNumber);
            }
            if (recommendation.getEmployment() != NipKind.PPPK && rules.onlyForPppk(sanction.code())) {
                throw ProblemException.unprocessable("SANCTION_ONLY_FOR_PPPK", sanction.code(), caseNumber);
            }
            if (recommended == SanctionLevel.PTDH && imposed != SanctionLevel.PTDH) {
                // UU 20/2023 Pasal 52 leaves no lighter choice for a party member or official
                throw ProblemException.unprocessable("PTDH_REQUIRED", caseNumber);
            }
            if (imposed == SanctionLevel.PTDH && recommended != SanctionLevel.PTDH) {
                // a heavier sanction is not compliant by being heavier: PTDH has one ground only
                throw ProblemException.unprocessable("PTDH_NOT_ALLOWED", caseNumber);
            }
            if (recommended == SanctionLevel.MORAL && imposed != SanctionLevel.MORAL
                    && (legalBasis == null || justification == null)) {
                // an act before candidates were set is an ethics breach (PP 42/2004): discipline needs its own basis
                throw ProblemException.unprocessable("OWN_LEGAL_BASIS_REQUIRED", caseNumber, imposed);
            }
            boolean compliant = !recommended.isMoreSevereThan(imposed);
            if (!compliant && justification == null) {
                throw ProblemException.unprocessable("JUSTIFICATION_REQUIRED", imposed, recommended);
            }
            Decision decision = new Decision(sanction.code(), sanction.name(), imposed, compliant,
                    request.decreeNumber().strip(), request.decreeDate(), justification, legalBasis, now,
                    caller.name());
            boolean unblock = recommendation.decide(decision);
            Uni<Recommendation> saved = repository.persist(recommendation)
                    .call(r -> outbox.record(decided(r)));
            if (!compliant) {
                saved = saved.call(r -> outbox.record(new SanctionNonCompliant(r.getCaseId(), r.getCaseNumber(),
                        r.getRegionCode(), r.getId(), recommended.name(), imposed.name(), sanction.code(),
                        justification, now)));
            }
            if (unblock) {
                saved = saved.call(r -> outbox.record(new UnblockRequested(r.getCaseId(), r.getCaseNumber(),
                        r.getRegionCode(), r.getId(), r.getAccusedNip(), "SANCTION_DECIDED", now)));
            }
            return saved
                    .invoke(r -> LOG.infof("Case %s: PPK imposed %s (%s), compliant %s, unblock %s",
                            r.getCaseNumber(), decision.getSanctionCode(), imposed, compliant, unblock))
                    .map(r -> RecommendationView.of(r, now));
        });
    }

    /**
     * Records the neutrality task force's level for a case with an act outside the catalogue (D13). The case's level
     * is the task force's, or the more severe level of its other codes; the PPK's deadline starts now.
     */
    @WithTransaction
    public Uni<RecommendationView> setLevel(String caseNumber, LevelRequest request) {
        SanctionLevel taskForce = validate(request);
        return repository.findByCaseNumberForUpdate(caseNumber).chain(recommendation -> {
            if (recommendation == null) {
                throw ProblemException.notFound("CASE_NOT_FOUND", caseNumber);
            }
            caller.requireVisible(recommendation.getRegionCode(), caseNumber);
            if (recommendation.getStatus() != RecommendationStatus.AWAITING_TASK_FORCE) {
                throw ProblemException.conflict("NOT_AWAITING_TASK_FORCE", caseNumber);
            }
            Instant now = clock.instant();
            SanctionLevel level = SanctionLevel.mostSevere(
                    Arrays.asList(taskForce, recommendation.getMinimumLevel()));
            Deadline due = deadlines.decisionDue(now, recommendation.getRegionCode());
            Deadline blockDue = deadlines.blockDue(due, recommendation.getRegionCode());
            // the task force weighed the aggravating facts shown to it: its level is not raised again, but an
            // aggravated case keeps the narrower choice of sanctions
            recommendation.setTaskForceLevel(taskForce, level, request.reason().strip(), caller.name(), now, due,
                    blockDue,
                    rules.forEmployment(rules.sanctions(level,
                            !recommendation.getFacts().isEmpty() && rules.policy().aggravatedEthicsOpenOnly()), level,
                            recommendation.getEmployment()));
            return repository.persist(recommendation)
                    .call(r -> outbox.record(new RecommendationLevelSet(r.getCaseId(), r.getCaseNumber(),
                            r.getRegionCode(), r.getId(), taskForce.name(), level.name(), r.getTaskForceReason(),
                            r.getTaskForceSetBy(), r.getDecisionDueAt(), now)))
                    .invoke(r -> LOG.infof("Case %s: task force set level %s, case level %s", r.getCaseNumber(),
                            taskForce, level))
                    .map(r -> RecommendationView.of(r, now));
        });
    }

    private static SanctionLevel validate(LevelRequest request) {
        List<FieldError> errors = new ArrayList<>();
        SanctionLevel level = null;
        if (request == null || request.level() == null || request.level().isBlank()) {
            errors.add(FieldError.of("level", "REQUIRED"));
        } else {
            try {
                level = SanctionLevel.valueOf(request.level());
            } catch (IllegalArgumentException e) {
                errors.add(FieldError.of("level", "UNKNOWN_LEVEL", request.level()));
            }
        }
        if (request == null || request.reason() == null || request.reason().isBlank()) {
            errors.add(FieldError.of("reason", "REQUIRED"));
        } else if (request.reason().strip().length() > JUSTIFICATION_MAX) {
            errors.add(FieldError.of("reason", "TOO_LONG", JUSTIFICATION_MAX));
        }
        if (!errors.isEmpty()) {
            throw new ProblemException(400, "VALIDATION_FAILED", errors);
        }
        return level;
    }

    private static void requireOpen(Recommendation recommendation) {
        String caseNumber = recommendation.getCaseNumber();
        switch (recommendation.getStatus()) {
            case ISSUED, NON_COMPLIANT -> {
                // undecided, or decided below the level: a (further) decision is what the case waits for
            }
            case DECIDED -> throw ProblemException.conflict("ALREADY_DECIDED", caseNumber);
            case AWAITING_TASK_FORCE -> throw ProblemException.conflict("AWAITING_TASK_FORCE", caseNumber);
            case CLOSED -> throw ProblemException.conflict("CASE_CLOSED", caseNumber);
        }
    }

    /** Checks the request on its own (no database); returns the ladder's entry for the sanction code. */
    private Sanction validate(DecisionRequest request) {
        if (request == null) {
            throw new ProblemException(400, "VALIDATION_FAILED", List.of(FieldError.of("sanctionCode", "REQUIRED"),
                    FieldError.of("decreeNumber", "REQUIRED"), FieldError.of("decreeDate", "REQUIRED")));
        }
        List<FieldError> errors = new ArrayList<>();
        Sanction sanction = null;
        if (request.sanctionCode() == null || request.sanctionCode().isBlank()) {
            errors.add(FieldError.of("sanctionCode", "REQUIRED"));
        } else {
            sanction = findSanction(request.sanctionCode());
            if (sanction == null) {
                errors.add(FieldError.of("sanctionCode", "UNKNOWN_SANCTION", request.sanctionCode()));
            }
        }
        if (request.decreeNumber() == null || request.decreeNumber().isBlank()) {
            errors.add(FieldError.of("decreeNumber", "REQUIRED"));
        } else if (request.decreeNumber().strip().length() > DECREE_NUMBER_MAX) {
            errors.add(FieldError.of("decreeNumber", "TOO_LONG", DECREE_NUMBER_MAX));
        }
        if (request.decreeDate() == null) {
            errors.add(FieldError.of("decreeDate", "REQUIRED"));
        }
        if (request.justification() != null && request.justification().length() > JUSTIFICATION_MAX) {
            errors.add(FieldError.of("justification", "TOO_LONG", JUSTIFICATION_MAX));
        }
        if (request.legalBasis() != null && request.legalBasis().length() > LEGAL_BASIS_MAX) {
            errors.add(FieldError.of("legalBasis", "TOO_LONG", LEGAL_BASIS_MAX));
        }
        if (!errors.isEmpty()) {
            throw new ProblemException(400, "VALIDATION_FAILED", errors);
        }
        return sanction;
    }

    private Sanction findSanction(String code) {
        for (SanctionLevel level : SanctionLevel.values()) {
            for (Sanction sanction : rules.allSanctions(level)) {
                if (sanction.code().equals(code)) {
                    return sanction;
                }
            }
        }
        return null;
    }

    private SanctionLevel levelOf(String sanctionCode) {
        for (SanctionLevel level : SanctionLevel.values()) {
            if (rules.allSanctions(level).stream().anyMatch(s -> s.code().equals(sanctionCode))) {
                return level;
            }
        }
        throw new IllegalStateException("sanction " + sanctionCode + " is on no level of the ladder");
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private static SanctionDecided decided(Recommendation r) {
        Decision d = r.getDecision();
        return new SanctionDecided(r.getCaseId(), r.getCaseNumber(), r.getRegionCode(), r.getId(), d.getSanctionCode(),
                d.getLevel().name(), d.isCompliant(), d.getDecreeNumber(), d.getDecreeDate(), d.getDecidedAt());
    }
}
