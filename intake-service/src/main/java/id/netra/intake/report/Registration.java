package id.netra.intake.report;

import java.time.Instant;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.smallrye.mutiny.Uni;

import id.netra.contracts.Accused;
import id.netra.contracts.CaseRegistered;
import id.netra.intake.cases.CaseFile;
import id.netra.intake.cases.CaseStatus;
import id.netra.intake.timeline.TimelineRecorder;
import id.netra.kit.outbox.Outbox;

/** Registers a case: the only place that announces {@code case.registered}, which opens the clarification. */
@ApplicationScoped
public class Registration {

    private final TimelineRecorder timeline;
    private final Outbox outbox;

    public Registration(TimelineRecorder timeline, Outbox outbox) {
        this.timeline = timeline;
        this.outbox = outbox;
    }

    /** Inside the caller's transaction; {@code first} is the case's first report, whose channel and pseudonym go out. */
    public Uni<Void> register(CaseFile caseFile, Report first, Instant now) {
        caseFile.register(now);
        return announce(caseFile, first, now);
    }

    /**
     * Inside the caller's transaction, for a case without a report (opened by a candidacy watch): the channel and
     * pseudonym of what opened it go out instead.
     */
    public Uni<Void> registerWithoutReport(CaseFile caseFile, Instant now) {
        caseFile.register(now);
        return announce(caseFile, caseFile.originChannel, caseFile.originReporterRef, now);
    }

    /** Announces a registration the new case made as it was opened ({@link CaseFile#register}). */
    public Uni<Void> announce(CaseFile caseFile, Report first, Instant now) {
        if (caseFile.status != CaseStatus.DIREGISTRASI) {
            // announcing what did not happen would open a clarification of an unregistered case
            throw new IllegalStateException("case " + caseFile.caseNumber + " is " + caseFile.status + ", not registered");
        }
        return announce(caseFile, first.channel, first.reporterRef, now);
    }

    private Uni<Void> announce(CaseFile caseFile, String channel, String reporterRef, Instant now) {
        CaseRegistered registered = new CaseRegistered(caseFile.id, caseFile.caseNumber, caseFile.regionCode,
                caseFile.electionCode, channel,
                new Accused(caseFile.accusedName, caseFile.accusedNip, caseFile.accusedPosition, caseFile.accusedAgency),
                List.of(caseFile.violationCode), caseFile.occurredOn, reporterRef, now);
        return timeline.record(caseFile.id, "CASE_REGISTERED", now, "intake", null)
                .chain(() -> outbox.record(registered));
    }
}
