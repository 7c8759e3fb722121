package id.netra.sanction.recommendation;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;

import id.netra.contracts.RecommendationLevelSet;
import id.netra.contracts.SanctionDecided;
import id.netra.contracts.SanctionNonCompliant;
import id.netra.contracts.UnblockRequested;
import id.netra.kit.calendar.Deadline;
import id.netra.kit.outbox.Outbox;
import id.netra.kit.problem.FieldError;
import id.netra.kit.problem.Refusal;
import id.netra.kit.region.RegionCatalog;
import id.netra.kit.rules.ViolationCatalog.Sanction;
import id.netra.kit.security.Caller;
import id.netra.kit.validation.NipKind;
import id.netra.sanction.rules.DecisionDeadlines;
import id.netra.sanction.rules.SanctionLevel;
import id.netra.sanction.rules.SanctionRules;

/** The PPK's commands on an open recommendation (and the task force's level), with their events. */
@ApplicationScoped
public class PpkDecisions {

    private static final Logger LOG = Logger.getLogger(PpkDecisions.class);
    static final int DECREE_NUMBER_MAX = 100;
    static final int JUSTIFICATION_MAX = 4000;
    static final int LEGAL_BASIS_MAX = 1000;

    private final RecommendationRepository repository;
    private final Outbox outbox;
    private final SanctionRules rules;
    private final Caller caller;
    private final DecisionDeadlines deadlines;
    private final Clock clock;
    private final RegionCatalog regions;

    public PpkDecisions(RecommendationRepository repository, Outbox outbox, SanctionRules rules, Caller caller,
            DecisionDeadlines deadlines, Clock clock, RegionCatalog regions) {
        this.regions = regions;
        this.repository = repository;
        this.outbox = outbox;
        this.rules = rules;
        this.caller = caller;
        this.deadlines = deadlines;
        this.clock = clock;
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
        return repository.findByCaseNumberForUpdate(caseNumber)
                .map(found -> caller.visibleCase(found, Recommendation::getRegionCode, caseNumber))
                .chain(recommendation -> {
                    requireOpen(recommendation);
                    Instant now = clock.instant();
                    ZoneId zone = regions.zoneOf(recommendation.getRegionCode());
                    // both limits are days in the region's zone, as on the decree itself
                    LocalDate issuedOn = LocalDate.ofInstant(recommendation.getIssuedAt(), zone);
                    if (request.decreeDate().isAfter(LocalDate.ofInstant(now, zone))) {
                        throw Refusal.invalid(
                                List.of(FieldError.of("decreeDate", "DECREE_DATE_IN_FUTURE")));
                    }
                    if (request.decreeDate().isBefore(issuedOn)) {
                        throw Refusal.invalid(
                                List.of(FieldError.of("decreeDate", "DECREE_DATE_BEFORE_ISSUE", issuedOn)));
                    }
                    SanctionLevel recommended = recommendation.getLevel();
                    SanctionLevel imposed = levelOf(sanction.code());
                    String justification = blankToNull(request.justification());
                    String legalBasis = blankToNull(request.legalBasis());
                    if (recommendation.getEmployment() == NipKind.PPPK && rules.notForPppk(sanction.code())) {
                        // a demotion or a dismissal as PNS presupposes a PNS career
                        throw Refusal.ruleBroken("SANCTION_NOT_FOR_PPPK", sanction.code(), caseNumber);
                    }
                    if (recommendation.getEmployment() != NipKind.PPPK && rules.onlyForPppk(sanction.code())) {
                        throw Refusal.ruleBroken("SANCTION_ONLY_FOR_PPPK", sanction.code(), caseNumber);
                    }
                    if (recommended == SanctionLevel.PTDH && imposed != SanctionLevel.PTDH) {
                        // UU 20/2023 Pasal 52 leaves no lighter choice for a party member or official
                        throw Refusal.ruleBroken("PTDH_REQUIRED", caseNumber);
                    }
                    if (imposed == SanctionLevel.PTDH && recommended != SanctionLevel.PTDH) {
                        // a heavier sanction is not compliant by being heavier: PTDH has one ground only
                        throw Refusal.ruleBroken("PTDH_NOT_ALLOWED", caseNumber);
                    }
                    if (recommended == SanctionLevel.MORAL && imposed != SanctionLevel.MORAL
                            && (legalBasis == null || justification == null)) {
                        // an act before candidates were set is an ethics breach (PP 42/2004): discipline needs its own basis
                        throw Refusal.ruleBroken("OWN_LEGAL_BASIS_REQUIRED", caseNumber, imposed);
                    }
                    boolean compliant = !recommended.isMoreSevereThan(imposed);
                    if (!compliant && justification == null) {
                        throw Refusal.ruleBroken("JUSTIFICATION_REQUIRED", imposed, recommended);
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
        return repository.findByCaseNumberForUpdate(caseNumber)
                .map(found -> caller.visibleCase(found, Recommendation::getRegionCode, caseNumber))
                .chain(recommendation -> {
                    if (recommendation.getStatus() != RecommendationStatus.AWAITING_TASK_FORCE) {
                        throw Refusal.conflict("NOT_AWAITING_TASK_FORCE", caseNumber);
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
            throw Refusal.invalid(errors);
        }
        return level;
    }

    private static void requireOpen(Recommendation recommendation) {
        String caseNumber = recommendation.getCaseNumber();
        switch (recommendation.getStatus()) {
            case ISSUED, NON_COMPLIANT -> {
                // undecided, or decided below the level: a (further) decision is what the case waits for
            }
            case DECIDED -> throw Refusal.conflict("ALREADY_DECIDED", caseNumber);
            case AWAITING_TASK_FORCE -> throw Refusal.conflict("AWAITING_TASK_FORCE", caseNumber);
            case CLOSED -> throw Refusal.conflict("CASE_CLOSED", caseNumber);
        }
    }

    /** Checks the request on its own (no database); returns the ladder's entry for the sanction code. */
    private Sanction validate(DecisionRequest request) {
        if (request == null) {
            throw Refusal.invalid(List.of(FieldError.of("sanctionCode", "REQUIRED"),
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
            throw Refusal.invalid(errors);
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
