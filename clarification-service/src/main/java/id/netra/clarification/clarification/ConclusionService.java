package id.netra.clarification.clarification;

import static id.netra.clarification.clarification.AuditLog.details;
import static id.netra.clarification.clarification.ClarificationService.blankToNull;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;

import id.netra.contracts.CandidacyStage;
import id.netra.contracts.ClarificationConcluded;
import id.netra.contracts.ClarificationCorrected;
import id.netra.contracts.Outcome;
import id.netra.kit.id.Ids;
import id.netra.kit.outbox.Outbox;
import id.netra.kit.problem.FieldError;
import id.netra.kit.problem.Refusal;
import id.netra.kit.rules.ElectionCatalog;
import id.netra.kit.rules.LiveRules;
import id.netra.kit.rules.ViolationCatalog;

/** The conclusion, final once given, and its corrections: each an audited act with its own event. */
@ApplicationScoped
public class ConclusionService {

    // an act is in the future only if it is so everywhere in Indonesia: judge by the easternmost zone (WIT)
    private static final ZoneId EASTERNMOST = ZoneId.of("Asia/Jayapura");

    private final ClarificationAccess access;
    private final HearingRepository hearing;
    private final AuditLog audit;
    private final Outbox outbox;
    private final ViolationCatalog catalog;
    private final LiveRules rules;
    private final ClarificationViews views;

    public ConclusionService(ClarificationAccess access, HearingRepository hearing, AuditLog audit, Outbox outbox,
            LiveRules rules, ViolationCatalog catalog, ClarificationViews views) {
        this.views = views;
        this.catalog = catalog;
        this.access = access;
        this.hearing = hearing;
        this.audit = audit;
        this.outbox = outbox;
        this.rules = rules;
    }

    /** Concludes an open clarification of the caller's region and records {@code clarification.concluded}. */
    @WithTransaction
    public Uni<ClarificationView> conclude(String caseNumber, ConclusionRequest request) {
        List<FieldError> errors = errors(request);
        if (!errors.isEmpty()) {
            return Uni.createFrom().failure(Refusal.invalid(errors));
        }
        String concludedBy = access.callerName();
        return access.visibleForUpdate(caseNumber)
                .map(clarification -> clarification.require(ClarificationStep.CONCLUDE))
                .chain(clarification -> {
                    Instant now = access.now();
                    Conclusion conclusion = facts(clarification, request);
                    clarification.conclude(conclusion, concludedBy, now);
                    return outbox.record(concluded(clarification))
                            .chain(() -> audit.record(clarification, "CONCLUDED", concludedBy, now,
                                    asMap(conclusion)))
                            .replaceWith(clarification);
                })
                .chain(views::view);
    }

    /**
     * Corrects a final conclusion: records what changed from what to what and why, and publishes
     * {@code clarification.corrected} with the conclusion as it now stands.
     */
    @WithTransaction
    public Uni<ClarificationView> correct(String caseNumber, CorrectionRequest request) {
        List<FieldError> errors = errors(request);
        if (!errors.isEmpty()) {
            return Uni.createFrom().failure(Refusal.invalid(errors));
        }
        String correctedBy = access.callerName();
        return access.visibleForUpdate(caseNumber).chain(clarification -> {
            clarification.require(ClarificationStep.CORRECT);
            Conclusion before = clarification.conclusion();
            Conclusion after = facts(clarification, request);
            List<String> changed = after.changedFrom(before);
            if (changed.isEmpty()) {
                throw Refusal.ruleBroken("CORRECTION_CHANGES_NOTHING", caseNumber);
            }
            Instant now = access.now();
            String why = request.correctionReason().strip();
            Correction correction = Correction.of(Ids.uuidV7(), clarification.id(), changed,
                    audit.toJson(only(asMap(before), changed)), audit.toJson(only(asMap(after), changed)), why, now,
                    correctedBy);
            clarification.correct(after);
            return hearing.persist(correction)
                    .chain(() -> outbox.record(corrected(clarification, changed, why, correctedBy, now)))
                    .chain(() -> audit.record(clarification, "CORRECTED", correctedBy, now,
                            details("correctionId", correction.id(), "changedFields", changed, "before",
                                    only(asMap(before), changed), "after", only(asMap(after), changed), "reason",
                                    why)))
                    .replaceWith(clarification);
        }).chain(views::view);
    }

    /**
     * The facts as given, with the candidacy stage derived from the act date and the date of the contest the act
     * concerned; refused when the act lies outside the election or names no contest where the contests' dates differ.
     */
    private Conclusion facts(Clarification clarification, ConclusionFacts request) {
        boolean proven = request.outcome() == Outcome.PROVEN;
        ElectionCatalog.Election election = rules.elections().find(clarification.electionCode()).orElse(null);
        String contest = blankToNull(request.contestCode());
        requireWithinElection(election, request.actDate(), contest, proven);
        return new Conclusion(request.outcome(),
                proven ? List.copyOf(new LinkedHashSet<>(request.violationCodes())) : List.of(), request.actDate(),
                proven ? null : request.reasonCode(), blankToNull(request.reason()),
                proven ? candidacyStage(election, contest, request.actDate()) : null,
                proven ? request.positionCategory() : null, contest);
    }

    private static void requireWithinElection(ElectionCatalog.Election election, LocalDate actDate, String contest,
            boolean proven) {
        if (election == null) {
            return;
        }
        List<FieldError> errors = new ArrayList<>();
        if (contest != null && election.contest(contest).isEmpty()) {
            errors.add(FieldError.of("contestCode", "INVALID_CONTEST", election.code(),
                    election.contests().stream().map(ElectionCatalog.Contest::code).toList()));
        }
        if (proven && contest == null && election.contestMatters()) {
            errors.add(FieldError.of("contestCode", "CONTEST_REQUIRED", election.code(),
                    election.contests().stream().map(ElectionCatalog.Contest::code).toList()));
        }
        // an act outside the election is a ground for NOT_PROVEN, not a reason to refuse that conclusion
        ElectionCatalog.Range period = election.actPeriod();
        if (proven && actDate != null && period == null) {
            errors.add(FieldError.of("actDate", "ELECTION_NOT_SCHEDULED", election.code()));
        } else if (proven && actDate != null && !election.covers(actDate)) {
            errors.add(FieldError.of("actDate", "ACT_OUTSIDE_ELECTION", election.code(), period.from(), period.to()));
        }
        if (!errors.isEmpty()) {
            throw Refusal.invalid(errors);
        }
    }

    /**
     * Before the candidate-setting date of the act's contest the act supported a prospective candidate (ethics rows),
     * from it on a candidate (discipline rows). Null for an election the catalogue does not know or without dates:
     * the sanction rules then decide.
     */
    static CandidacyStage candidacyStage(ElectionCatalog.Election election, String contest, LocalDate actDate) {
        LocalDate setting = election == null ? null : election.candidateSettingDate(contest);
        if (setting == null || actDate == null) {
            return null;
        }
        return actDate.isBefore(setting) ? CandidacyStage.PROSPECTIVE_CANDIDATE : CandidacyStage.CANDIDATE;
    }

    /** The rules that depend on the outcome; Bean Validation on the request has checked the shape. */
    private List<FieldError> errors(ConclusionFacts request) {
        List<FieldError> errors = new ArrayList<>();
        List<String> codes = request.violationCodes() == null ? List.of() : request.violationCodes();
        if (request.outcome() == Outcome.PROVEN) {
            if (codes.isEmpty()) {
                errors.add(FieldError.of("violationCodes", "VIOLATION_CODES_REQUIRED"));
            }
            for (int i = 0; i < codes.size(); i++) {
                if (!catalog.isKnown(codes.get(i))) {
                    errors.add(FieldError.of("violationCodes[" + i + "]", "UNKNOWN_VIOLATION_CODE", codes.get(i)));
                }
            }
            if (request.actDate() == null) {
                errors.add(FieldError.of("actDate", "ACT_DATE_REQUIRED"));
            }
            if (request.positionCategory() == null) {
                errors.add(FieldError.of("positionCategory", "POSITION_CATEGORY_REQUIRED"));
            }
            if (request.reasonCode() != null) {
                errors.add(FieldError.of("reasonCode", "REASON_CODE_NOT_ALLOWED"));
            }
        } else {
            if (!codes.isEmpty()) {
                errors.add(FieldError.of("violationCodes", "VIOLATION_CODES_NOT_ALLOWED"));
            }
            if (request.reasonCode() == null) {
                errors.add(FieldError.of("reasonCode", "REASON_CODE_REQUIRED"));
            }
            if (request.positionCategory() != null) {
                errors.add(FieldError.of("positionCategory", "POSITION_CATEGORY_NOT_ALLOWED"));
            }
        }
        if (request.actDate() != null && request.actDate().isAfter(LocalDate.ofInstant(access.now(), EASTERNMOST))) {
            errors.add(FieldError.of("actDate", "ACT_DATE_IN_FUTURE"));
        }
        return errors;
    }

    private static Map<String, Object> asMap(Conclusion conclusion) {
        return details("outcome", conclusion.outcome(), "violationCodes", conclusion.violationCodes(), "actDate",
                conclusion.actDate(), "reasonCode", conclusion.reasonCode(), "reason", conclusion.reason(),
                "candidacyStage", conclusion.candidacyStage(), "positionCategory", conclusion.positionCategory(),
                "contestCode", conclusion.contestCode());
    }

    private static Map<String, Object> only(Map<String, Object> facts, List<String> fields) {
        Map<String, Object> subset = new LinkedHashMap<>();
        fields.forEach(field -> subset.put(field, facts.get(field)));
        return subset;
    }

    private static ClarificationConcluded concluded(Clarification clarification) {
        Conclusion facts = clarification.conclusion();
        return new ClarificationConcluded(clarification.caseId(), clarification.caseNumber(),
                clarification.regionCode(), clarification.electionCode(), clarification.id(), facts.outcome(),
                facts.violationCodes(), facts.actDate(), clarification.accused(), facts.reason(),
                facts.candidacyStage(), facts.positionCategory(), clarification.concludedAt(), facts.contestCode());
    }

    private static ClarificationCorrected corrected(Clarification clarification, List<String> changed, String why,
            String correctedBy, Instant correctedAt) {
        Conclusion facts = clarification.conclusion();
        return new ClarificationCorrected(clarification.caseId(), clarification.caseNumber(),
                clarification.regionCode(), clarification.electionCode(), clarification.id(), facts.outcome(),
                facts.violationCodes(), facts.actDate(), clarification.accused(), facts.reason(),
                facts.candidacyStage(), facts.positionCategory(), changed, why, correctedBy, correctedAt,
                facts.contestCode());
    }
}
