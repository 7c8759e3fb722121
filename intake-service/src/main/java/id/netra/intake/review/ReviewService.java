package id.netra.intake.review;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.Validator;

import org.jboss.logging.Logger;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;

import id.netra.contracts.CaseForwarded;
import id.netra.contracts.CaseRejected;
import id.netra.contracts.CompletionRequested;
import id.netra.intake.cases.CaseFile;
import id.netra.intake.cases.CaseRepository;
import id.netra.intake.cases.CaseStatus;
import id.netra.intake.cases.CaseStep;
import id.netra.intake.cases.StatusText;
import id.netra.intake.config.IntakeConfig;
import id.netra.intake.report.Registration;
import id.netra.intake.report.Report;
import id.netra.intake.report.ReportChecks;
import id.netra.intake.report.ReportRepository;
import id.netra.intake.timeline.TimelineRecorder;
import id.netra.kit.problem.FieldError;
import id.netra.kit.problem.FieldErrors;
import id.netra.kit.problem.Refusal;
import id.netra.kit.region.RegionCatalog;
import id.netra.kit.rules.ViolationCatalog;
import id.netra.kit.security.Caller;

/**
 * The initial review (kajian awal) by Bawaslu of the case's region: register, reject with a reason, or ask the
 * reporter to complete by a deadline; forward a late report's facts to whoever may still act on them; and the
 * reporter's completion through the tracking code.
 */
@ApplicationScoped
public class ReviewService {

    public static final String REVIEW_REJECTED = "REVIEW_REJECTED";
    static final String FORWARD_TO_BKN = "BKN";
    private static final Logger LOG = Logger.getLogger(ReviewService.class);

    private final CaseRepository cases;
    private final ReportRepository reports;
    private final TimelineRecorder timeline;
    private final Registration registration;
    private final id.netra.kit.outbox.Outbox outbox;
    private final Caller caller;
    private final Clock clock;
    private final Validator validator;
    private final ReportChecks checks;
    private final IntakeConfig config;
    private final ObjectMapper mapper;
    private final RegionCatalog regions;
    private final ViolationCatalog violations;

    public ReviewService(CaseRepository cases, ReportRepository reports, TimelineRecorder timeline,
            Registration registration, id.netra.kit.outbox.Outbox outbox, Caller caller, Clock clock,
            Validator validator, ReportChecks checks, IntakeConfig config, ObjectMapper mapper, RegionCatalog regions,
            ViolationCatalog violations) {
        this.violations = violations;
        this.regions = regions;
        this.cases = cases;
        this.reports = reports;
        this.timeline = timeline;
        this.registration = registration;
        this.outbox = outbox;
        this.caller = caller;
        this.clock = clock;
        this.validator = validator;
        this.checks = checks;
        this.config = config;
        this.mapper = mapper;
    }

    @WithTransaction
    public Uni<ReviewOutcome> review(String caseNumber, ReviewRequest request, Locale locale) {
        FieldErrors.requireNone(FieldErrors.ofBody(validator, request));
        return cases.findByNumber(caseNumber).map(found -> caller.visibleCase(found, c -> c.regionCode, caseNumber))
                .chain(caseFile -> {
                    Instant now = clock.instant();
                    Uni<Void> decided = switch (request.decision()) {
                        case "REGISTER" -> register(caseFile, request, now);
                        case "REJECT" -> reject(caseFile, request, now);
                        case "FORWARD" -> forward(caseFile, request, now);
                        default -> askCompletion(caseFile, request, now);
                    };
                    // the decision word and, for FORWARD, the receiver: never the note, which is free text
                    return decided.invoke(() -> LOG.infof("Case %s reviewed by %s: %s%s", caseNumber, caller.name(),
                            request.decision(),
                            caseFile.forwardTarget == null ? "" : " to " + caseFile.forwardTarget))
                            .map(ignored -> outcome(caseFile, locale));
                });
    }

    private Uni<Void> register(CaseFile caseFile, ReviewRequest request, Instant now) {
        caseFile.require(CaseStep.REGISTER);
        if (caseFile.accusedNip == null) {
            // clarification must know whom to summon: a lead needs the NIP first (ask the reporter to complete)
            throw Refusal.ruleBroken("CASE_IS_LEAD", caseFile.caseNumber);
        }
        String code = request.violationCode() != null ? request.violationCode() : caseFile.violationCode;
        if (ReportChecks.UNKNOWN_VIOLATION.equals(code) || code == null) {
            throw Refusal.invalid(List.of(FieldError.of("violationCode", "VIOLATION_CODE_REQUIRED")));
        }
        if (!violations.isKnown(code)) {
            throw Refusal.invalid(List.of(FieldError.of("violationCode", "VIOLATION_UNKNOWN")));
        }
        caseFile.violationCode = code;
        decided(caseFile, now);
        return reports.forCase(caseFile.id).chain(caseReports -> {
            if (caseReports.isEmpty()) {
                return registration.registerWithoutReport(caseFile, now);
            }
            Report first = caseReports.stream().filter(r -> r.filedInTime)
                    .min(Comparator.comparing(r -> r.submittedAt)).orElse(caseReports.get(0));
            return registration.register(caseFile, first, now);
        });
    }

    private Uni<Void> reject(CaseFile caseFile, ReviewRequest request, Instant now) {
        if (request.reason() == null || request.reason().isBlank()) {
            throw Refusal.invalid(List.of(FieldError.of("reason", "REASON_REQUIRED")));
        }
        caseFile.require(CaseStep.REJECT);
        decided(caseFile, now);
        return notRegistered(caseFile, REVIEW_REJECTED, request.reason(), now);
    }

    /** Closes a case as not registered, with its event; inside the caller's transaction. */
    Uni<Void> notRegistered(CaseFile caseFile, String reasonCode, String reason, Instant now) {
        caseFile.notRegistered(reasonCode, reason, now);
        return timeline.record(caseFile.id, "CASE_REJECTED", now, "intake", reasonCode)
                .chain(() -> outbox.record(new CaseRejected(caseFile.id, caseFile.caseNumber, caseFile.regionCode,
                        reasonCode, reason, now)));
    }

    /**
     * A late report is not registered, yet ASN discipline is no complaint offence: the facts may go on to the employing
     * region's Inspektorat or PPK, or to BKN. Only a case closed for lateness, and only once; other rejections were
     * judged on their merits, and a case in the review or beyond it has its own way on.
     */
    private Uni<Void> forward(CaseFile caseFile, ReviewRequest request, Instant now) {
        List<FieldError> errors = new ArrayList<>();
        if (request.forwardTo() == null) {
            errors.add(FieldError.of("forwardTo", "FORWARD_TARGET_REQUIRED"));
        } else if (FORWARD_TO_BKN.equals(request.forwardTo()) && request.forwardRegionCode() != null) {
            errors.add(FieldError.of("forwardRegionCode", "FORWARD_REGION_NOT_ALLOWED"));
        } else if (request.forwardRegionCode() != null && regions.isKnown(request.forwardRegionCode())
                && !regions.covers(request.forwardRegionCode(), caseFile.regionCode)) {
            // the employing government's own Inspektorat or PPK (or its province's), not another region's
            errors.add(FieldError.of("forwardRegionCode", "FORWARD_REGION_NOT_OF_CASE", caseFile.regionCode));
        }
        FieldErrors.requireNone(errors);
        String target = request.forwardTo();
        String targetRegion = FORWARD_TO_BKN.equals(target) ? null
                : request.forwardRegionCode() != null ? request.forwardRegionCode() : caseFile.regionCode;
        String note = request.reason() == null || request.reason().isBlank() ? null : request.reason();
        caseFile.forward(target, targetRegion, note, caller.name(), now);
        String detail = targetRegion == null ? target : target + " " + targetRegion;
        return timeline.record(caseFile.id, "CASE_FORWARDED", now, "intake", detail)
                .chain(() -> outbox.record(new CaseForwarded(caseFile.id, caseFile.caseNumber, caseFile.regionCode,
                        target, targetRegion, note, now)));
    }

    private Uni<Void> askCompletion(CaseFile caseFile, ReviewRequest request, Instant now) {
        ZoneId zone = regions.zoneOf(caseFile.regionCode);
        LocalDate today = LocalDate.ofInstant(now, zone);
        List<FieldError> errors = new ArrayList<>();
        if (request.missing() == null || request.missing().isBlank()) {
            errors.add(FieldError.of("missing", "MISSING_REQUIRED"));
        }
        if (request.completionDueOn() == null) {
            errors.add(FieldError.of("completionDueOn", "COMPLETION_DUE_REQUIRED"));
        } else if (!request.completionDueOn().isAfter(today)
                || request.completionDueOn().isAfter(today.plusDays(config.completionMaxDays()))) {
            errors.add(FieldError.of("completionDueOn", "COMPLETION_DUE_RANGE", today.plusDays(1),
                    today.plusDays(config.completionMaxDays())));
        }
        FieldErrors.requireNone(errors);
        caseFile.require(CaseStep.ASK_COMPLETION);
        if (caseFile.reportCount == 0) {
            // a case a candidacy watch opened has no reporter to complete it: the request could only expire
            throw Refusal.ruleBroken("CASE_HAS_NO_REPORTER", caseFile.caseNumber);
        }
        decided(caseFile, now);
        // the reporter has the whole due day of the region's calendar
        caseFile.askCompletion(request.missing(),
                request.completionDueOn().plusDays(1).atStartOfDay(zone).toInstant(), now);
        return timeline.record(caseFile.id, "COMPLETION_REQUESTED", now, "intake", request.completionDueOn().toString())
                .chain(() -> outbox.record(new CompletionRequested(caseFile.id, caseFile.caseNumber,
                        caseFile.regionCode, request.missing(), caseFile.completionDueAt, now)));
    }

    /** The reporter completes the report by its tracking code; the case goes back to the initial review. */
    @WithTransaction
    public Uni<ReviewOutcome> complete(String trackingCode, CompletionRequest request, Locale locale) {
        FieldErrors.requireNone(FieldErrors.ofBody(validator, request));
        return reports.findByTrackingCode(trackingCode).chain(report -> {
            if (report == null) {
                throw Refusal.notFound("TRACKING_CODE_NOT_FOUND");
            }
            return cases.findById(report.caseId).chain(caseFile -> {
                Instant now = clock.instant();
                caseFile.require(CaseStep.COMPLETE);
                if (!now.isBefore(caseFile.completionDueAt)) {
                    throw Refusal.ruleBroken("COMPLETION_EXPIRED");
                }
                report.completion = request.text();
                report.completedAt = now;
                if (request.links() != null && !request.links().isEmpty()) {
                    report.links = mergeLinks(report.links, request.links());
                }
                if (request.accusedNip() != null && caseFile.accusedNip == null) {
                    caseFile.accusedNip = request.accusedNip();
                    caseFile.lead = false;
                    caseFile.leadReason = null;
                }
                caseFile.completed(checks.due(caseFile.electionCode, ReportChecks.INITIAL_REVIEW_RULE,
                        caseFile.regionCode, config.initialReviewFallbackDays()), now);
                return timeline.record(caseFile.id, "COMPLETION_RECEIVED", now, "reporter", null)
                        .map(ignored -> outcome(caseFile, locale));
            });
        });
    }

    private String mergeLinks(String stored, List<String> added) {
        try {
            List<String> links = new ArrayList<>(stored == null ? List.of()
                    : List.of(mapper.readValue(stored, String[].class)));
            added.stream().filter(link -> !links.contains(link)).forEach(links::add);
            return mapper.writeValueAsString(links);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored links are not JSON", e);
        }
    }

    private void decided(CaseFile caseFile, Instant now) {
        caseFile.reviewedBy = caller.name();
        caseFile.reviewedAt = now;
        caseFile.updatedAt = now;
    }

    private static ReviewOutcome outcome(CaseFile caseFile, Locale locale) {
        return new ReviewOutcome(caseFile.caseNumber, caseFile.status.name(), StatusText.of(caseFile, locale),
                caseFile.status == CaseStatus.KAJIAN_AWAL ? caseFile.reviewDueAt : null, caseFile.completionDueAt);
    }
}
