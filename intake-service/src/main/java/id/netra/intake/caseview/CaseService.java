package id.netra.intake.caseview;

import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;

import id.netra.intake.cases.CaseFile;
import id.netra.intake.cases.CaseFilter;
import id.netra.intake.cases.CaseRepository;
import id.netra.intake.cases.StatusText;
import id.netra.intake.config.IntakeConfig;
import id.netra.intake.report.Report;
import id.netra.intake.report.ReportRepository;
import id.netra.intake.timeline.TimelineEntry;
import id.netra.intake.timeline.TimelineRepository;
import id.netra.kit.problem.Messages;
import id.netra.kit.security.Caller;

/** Reading cases, always within the caller's region. */
@ApplicationScoped
public class CaseService {

    private static final TypeReference<List<String>> STRINGS = new TypeReference<>() {
    };

    private final CaseRepository cases;
    private final ReportRepository reports;
    private final TimelineRepository timeline;
    private final Caller caller;
    private final Clock clock;
    private final IntakeConfig config;
    private final ObjectMapper mapper;

    public CaseService(CaseRepository cases, ReportRepository reports, TimelineRepository timeline, Caller caller,
            Clock clock, IntakeConfig config, ObjectMapper mapper) {
        this.cases = cases;
        this.reports = reports;
        this.timeline = timeline;
        this.caller = caller;
        this.clock = clock;
        this.config = config;
        this.mapper = mapper;
    }

    @WithSession
    public Uni<CasePage> list(CaseFilter filter) {
        Instant now = clock.instant();
        return cases.list(caller.listScope(), filter, now, filter.limit() + 1).map(found -> {
            List<CasePage.CaseListItem> items = found.stream().limit(filter.limit())
                    .map(c -> new CasePage.CaseListItem(c.caseNumber, c.regionCode, c.electionCode, c.status.name(),
                            c.violationCode, c.occurredOn, c.receivedOn, c.reportCount, c.lead, c.reviewDueAt,
                            c.isReviewOverdue(now), c.createdAt))
                    .toList();
            String next = found.size() > filter.limit() ? items.get(items.size() - 1).caseNumber() : null;
            return new CasePage(items, next);
        });
    }

    /** The case with its reports, likely duplicates and timeline; a case of another region answers like a missing one. */
    @WithSession
    public Uni<CaseView> get(String caseNumber, Locale locale) {
        return cases.findByNumber(caseNumber).map(visible -> caller.visibleCase(visible, c -> c.regionCode, caseNumber))
                .chain(found -> {
                    return reports.forCase(found.id)
                            .chain(caseReports -> cases.likelyDuplicates(found, config.duplicateWindowDays())
                                    .chain(duplicates -> timeline.forCase(found.id)
                                            .map(steps -> view(found, caseReports, duplicates, steps, locale))));
                });
    }

    private CaseView view(CaseFile c, List<Report> caseReports, List<CaseFile> duplicates, List<TimelineEntry> steps,
            Locale locale) {
        Instant now = clock.instant();
        return new CaseView(c.caseNumber, c.regionCode, c.electionCode, c.status.name(), StatusText.of(c, locale),
                new CaseView.AccusedView(c.accusedName, c.accusedNip, c.accusedPosition, c.accusedAgency,
                        c.accusedRegionCode),
                c.violationCode, c.violationDescription, c.occurredOn, c.receivedOn, c.createdAt, c.reportCount, c.lead,
                c.leadReason,
                new CaseView.Review(c.reviewDueAt, c.isReviewOverdue(now), c.reviewedBy, c.reviewedAt,
                        c.decisionReasonCode, c.decisionReason, c.completionMissing, c.completionDueAt),
                c.forwardTarget == null ? null
                        : new CaseView.Forward(c.forwardTarget, c.forwardRegionCode, c.forwardNote, c.forwardedBy,
                                c.forwardedAt),
                c.candidacyId,
                caseReports.stream().map(this::summary).toList(),
                duplicates.stream().map(d -> new CaseView.Duplicate(d.caseNumber, d.status.name(), d.accusedName,
                        d.accusedNip, d.accusedAgency, d.violationCode, d.occurredOn)).toList(),
                steps.stream().map(step -> step(step, locale)).toList());
    }

    private CaseView.ReportSummary summary(Report r) {
        return new CaseView.ReportSummary(r.id, r.channel, r.reporterRef, r.reporterConfidential, r.accusedName,
                r.accusedNip, r.violationCode, r.occurredOn, r.knownOn, r.filingDueOn, r.filedInTime, r.lead,
                r.joinedExistingCase, r.place, r.incidentRegionCode, r.description, strings(r.witnesses),
                strings(r.links), r.completion, r.completedAt, r.submittedAt);
    }

    private List<String> strings(String json) {
        if (json == null) {
            return List.of();
        }
        try {
            return mapper.readValue(json, STRINGS);
        } catch (IOException e) {
            throw new IllegalStateException("Stored list is not JSON", e);
        }
    }

    public static CaseView.Step step(TimelineEntry entry, Locale locale) {
        return new CaseView.Step(entry.kind, Messages.text(locale, "timeline." + entry.kind, entry.detail),
                entry.occurredAt, entry.source, entry.detail);
    }
}
