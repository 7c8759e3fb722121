package id.netra.intake.cases;

import java.util.List;
import java.util.Locale;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;

import id.netra.intake.report.ReportRepository;
import id.netra.intake.timeline.TimelineEntry;
import id.netra.intake.timeline.TimelineRepository;
import id.netra.kit.problem.Messages;
import id.netra.kit.problem.ProblemException;
import id.netra.kit.security.Caller;

/** Reading cases, always within the caller's region. */
@ApplicationScoped
public class CaseService {

    private final CaseRepository cases;
    private final ReportRepository reports;
    private final TimelineRepository timeline;
    private final Caller caller;

    public CaseService(CaseRepository cases, ReportRepository reports, TimelineRepository timeline, Caller caller) {
        this.cases = cases;
        this.reports = reports;
        this.timeline = timeline;
        this.caller = caller;
    }

    @WithSession
    public Uni<CasePage> list(CaseStatus status, String after, int limit) {
        return cases.list(caller.listScope(), status, after, limit + 1).map(found -> {
            List<CasePage.CaseListItem> items = found.stream().limit(limit)
                    .map(c -> new CasePage.CaseListItem(c.caseNumber, c.regionCode, c.electionCode, c.status.name(),
                            c.violationCode, c.createdAt))
                    .toList();
            String next = found.size() > limit ? items.get(items.size() - 1).caseNumber() : null;
            return new CasePage(items, next);
        });
    }

    /** The case with its reports and timeline; a case of another region answers like a missing one. */
    @WithSession
    public Uni<CaseView> get(String caseNumber, Locale locale) {
        return cases.findByNumber(caseNumber).chain(found -> {
            if (found == null) {
                throw ProblemException.notFound("CASE_NOT_FOUND", caseNumber);
            }
            caller.requireVisible(found.regionCode, caseNumber);
            return reports.forCase(found.id).chain(caseReports -> timeline.forCase(found.id)
                    .map(steps -> new CaseView(found.caseNumber, found.regionCode, found.electionCode,
                            found.status.name(),
                            new CaseView.AccusedView(found.accusedName, found.accusedNip, found.accusedPosition,
                                    found.accusedAgency),
                            found.violationCode, found.occurredOn, found.createdAt,
                            caseReports.stream().map(r -> new CaseView.ReportSummary(r.id, r.channel, r.reporterRef,
                                    r.reporterConfidential, r.knownOn, r.submittedAt)).toList(),
                            steps.stream().map(step -> step(step, locale)).toList())));
        });
    }

    public static CaseView.Step step(TimelineEntry entry, Locale locale) {
        return new CaseView.Step(entry.kind, Messages.text(locale, "timeline." + entry.kind, entry.detail),
                entry.occurredAt, entry.source, entry.detail);
    }
}
