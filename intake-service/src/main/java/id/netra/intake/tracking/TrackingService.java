package id.netra.intake.tracking;

import java.util.Locale;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;

import id.netra.intake.cases.CaseRepository;
import id.netra.intake.cases.CaseService;
import id.netra.intake.report.ReportRepository;
import id.netra.intake.timeline.TimelineRepository;
import id.netra.kit.problem.Messages;
import id.netra.kit.problem.ProblemException;

/** The reporter's view of a case, by tracking code only. */
@ApplicationScoped
public class TrackingService {

    private final ReportRepository reports;
    private final CaseRepository cases;
    private final TimelineRepository timeline;

    public TrackingService(ReportRepository reports, CaseRepository cases, TimelineRepository timeline) {
        this.reports = reports;
        this.cases = cases;
        this.timeline = timeline;
    }

    @WithSession
    public Uni<TrackingView> track(String trackingCode, Locale locale) {
        return reports.findByTrackingCode(trackingCode).chain(report -> {
            if (report == null) {
                throw ProblemException.notFound("TRACKING_CODE_NOT_FOUND");
            }
            return cases.findById(report.caseId).chain(caseFile -> timeline.forCase(caseFile.id)
                    .map(steps -> new TrackingView(caseFile.caseNumber, caseFile.status.name(),
                            Messages.text(locale, "status." + caseFile.status.name()),
                            steps.stream().map(step -> CaseService.step(step, locale))
                                    .map(step -> new TrackingView.Step(step.kind(), step.text(), step.at()))
                                    .toList())));
        });
    }
}
