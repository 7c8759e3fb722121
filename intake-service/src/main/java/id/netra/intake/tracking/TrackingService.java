package id.netra.intake.tracking;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;

import id.netra.intake.cases.CaseFile;
import id.netra.intake.cases.CaseRepository;
import id.netra.intake.cases.CaseStatus;
import id.netra.intake.cases.StatusText;
import id.netra.intake.caseview.CaseService;
import id.netra.intake.report.Report;
import id.netra.intake.report.ReportRepository;
import id.netra.intake.timeline.TimelineRepository;
import id.netra.kit.problem.Messages;
import id.netra.kit.problem.Refusal;
import id.netra.kit.region.RegionCatalog;

/**
 * The reporter's view of a case, by tracking code only: statuses and steps are worded from codes, so no name, NIK,
 * NIP or free text of anyone but the reviewer's request for completion ever reaches it.
 */
@ApplicationScoped
public class TrackingService {

    /**
     * Steps about the accused's own affairs that the case's staff see and the reporter does not: the documents of
     * their candidacy, a party-membership flag not yet judged, their request to leave the service.
     */
    private static final Set<String> STAFF_ONLY = Set.of("CANDIDACY_DOCUMENT_FILED", "CANDIDACY_D5_FLAGGED",
            "EXIT_REQUEST_HELD");

    private final ReportRepository reports;
    private final CaseRepository cases;
    private final TimelineRepository timeline;
    private final RegionCatalog regions;

    public TrackingService(ReportRepository reports, CaseRepository cases, TimelineRepository timeline, RegionCatalog regions) {
        this.regions = regions;
        this.reports = reports;
        this.cases = cases;
        this.timeline = timeline;
    }

    @WithSession
    public Uni<TrackingView> track(String trackingCode, Locale locale) {
        return reports.findByTrackingCode(trackingCode).chain(report -> {
            if (report == null) {
                throw Refusal.notFound("TRACKING_CODE_NOT_FOUND");
            }
            return cases.findById(report.caseId).chain(caseFile -> timeline.forCase(caseFile.id)
                    .map(steps -> new TrackingView(caseFile.caseNumber, caseFile.status.name(),
                            StatusText.of(caseFile, locale), notes(report, caseFile, locale),
                            completion(caseFile),
                            steps.stream().filter(step -> !STAFF_ONLY.contains(step.kind))
                                    .map(step -> CaseService.step(step, locale))
                                    .map(step -> new TrackingView.Step(step.kind(), step.text(), step.at()))
                                    .toList())));
        });
    }

    private static List<String> notes(Report report, CaseFile caseFile, Locale locale) {
        List<String> notes = new ArrayList<>();
        if (!report.filedInTime) {
            notes.add(Messages.text(locale, "notice.LATE_FILING", report.filingDueOn));
        }
        if (caseFile.lead) {
            notes.add(Messages.text(locale, "notice.LEAD_NIP_MISSING"));
        }
        boolean notRegistered = caseFile.status == CaseStatus.TIDAK_DIREGISTRASI
                || caseFile.status == CaseStatus.DITERUSKAN;
        if (notRegistered && caseFile.decisionReasonCode != null) {
            notes.add(Messages.text(locale, "reason." + caseFile.decisionReasonCode));
        }
        if (caseFile.status == CaseStatus.DITERUSKAN) {
            // the reviewer's note is for the receiver: the reporter learns only that, and why, the facts went on
            notes.add(Messages.text(locale, "notice.FORWARDED"));
        }
        return notes;
    }

    private TrackingView.Completion completion(CaseFile caseFile) {
        if (caseFile.status != CaseStatus.PERLU_DILENGKAPI || caseFile.completionDueAt == null) {
            return null;
        }
        LocalDate dueOn = LocalDate.ofInstant(caseFile.completionDueAt.minusSeconds(1),
                regions.zoneOf(caseFile.regionCode));
        return new TrackingView.Completion(caseFile.completionMissing, caseFile.completionDueAt, dueOn);
    }
}
