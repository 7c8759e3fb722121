package id.netra.intake.report;

import static id.netra.intake.cases.CaseStep.LATE_FILING;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;

import id.netra.contracts.CaseRejected;
import id.netra.contracts.ReportReceived;
import id.netra.intake.cases.AccusedKeys;
import id.netra.intake.cases.CaseFile;
import id.netra.intake.cases.CaseNumbers;
import id.netra.intake.cases.CaseRepository;
import id.netra.intake.config.IntakeConfig;
import id.netra.intake.timeline.TimelineRecorder;
import id.netra.kit.calendar.Deadline;
import id.netra.kit.id.Ids;
import id.netra.kit.outbox.Outbox;
import id.netra.kit.problem.Messages;
import id.netra.kit.region.RegionCatalog;
import id.netra.kit.security.Caller;
import id.netra.kit.security.Roles;

/**
 * Takes in reports: checks them, files each into a new case or the existing case about the same accused and act, and
 * announces it. A case waits for the initial review, except a trusted Bawaslu finding, which is registered at once,
 * and a late report, which is kept but not registered.
 */
@ApplicationScoped
public class ReportService {

    public static final String LEAD_NIP_MISSING = "NIP_MISSING";
    private static final Logger LOG = Logger.getLogger(ReportService.class);
    private static final String PUBLIC_SUBMITTER = "public";

    private final CaseRepository cases;
    private final CaseNumbers caseNumbers;
    private final ReportRepository reports;
    private final TimelineRecorder timeline;
    private final ReporterVault vault;
    private final Outbox outbox;
    private final Caller caller;
    private final Clock clock;
    private final ReportChecks checks;
    private final IntakeConfig config;
    private final Registration registration;
    private final Idempotency idempotency;
    private final RegionCatalog regions;
    private final ObjectMapper canonical = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .enable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .build();

    public ReportService(CaseRepository cases, ReportRepository reports, TimelineRecorder timeline,
            ReporterVault vault, Outbox outbox, Caller caller, Clock clock, ReportChecks checks, IntakeConfig config,
            Registration registration, CaseNumbers caseNumbers, Idempotency idempotency, RegionCatalog regions) {
        this.regions = regions;
        this.caller = caller;
        this.cases = cases;
        this.caseNumbers = caseNumbers;
        this.reports = reports;
        this.timeline = timeline;
        this.vault = vault;
        this.outbox = outbox;
        this.clock = clock;
        this.checks = checks;
        this.config = config;
        this.registration = registration;
        this.idempotency = idempotency;
    }

    /**
     * Files a report from an authenticated partner or Bawaslu. With an Idempotency-Key, a retry of the same body
     * gets the first answer and stores nothing; the same key with another body is refused.
     */
    @WithTransaction
    public Uni<ReportReceipt> submit(ReportRequest request, String idempotencyKey, Locale locale) {
        Channel claimed = request == null ? null : Channel.parse(request.channel());
        Channel channel = claimed == null ? Channel.defaultFor(caller) : claimed;
        checks.requireValid(request, channel, Channel.claimableBy(caller));
        String submitter = caller.name();
        // a trusted Bawaslu partner's findings skip the initial review: Bawaslu reviewed them before sending
        boolean trusted = channel == Channel.BAWASLU_FINDING && caller.hasRole(Roles.PARTNER)
                && caller.hasRole(Roles.BAWASLU) && config.trustedFindingPartners().contains(submitter);
        if (idempotencyKey == null) {
            return file(request, submitter, channel, trusted).map(filed -> receipt(filed.report(), filed.caseFile(), locale));
        }
        return idempotency.once(submitter, idempotencyKey, request, Idempotency.Target.REPORT,
                () -> file(request, submitter, channel, trusted), filed -> filed.report().id,
                reportId -> reports.findById(reportId)
                        .chain(report -> cases.findById(report.caseId).map(caseFile -> new Filed(report, caseFile))))
                .map(filed -> receipt(filed.report(), filed.caseFile(), locale));
    }

    /** A citizen's report, without login: always the PUBLIC channel, where a missing NIP makes it a lead. */
    @WithTransaction
    public Uni<PublicReceipt> submitPublic(ReportRequest request, Locale locale) {
        checks.requireValid(request, Channel.PUBLIC, List.of(Channel.PUBLIC));
        return file(request, PUBLIC_SUBMITTER, Channel.PUBLIC, false).map(filed -> {
            ReportReceipt receipt = receipt(filed.report(), filed.caseFile(), locale);
            // no case number: the public answer names nothing that other endpoints could be asked about
            return new PublicReceipt(receipt.trackingCode(), receipt.status(),
                    Messages.text(locale, "status." + receipt.status()),
                    receipt.filedInTime(), receipt.filingDueOn(), receipt.lead(),
                    receipt.notices().stream().filter(n -> !"JOINED_EXISTING_CASE".equals(n.code())).toList());
        });
    }

    private record Filed(Report report, CaseFile caseFile) {
    }

    private Uni<Filed> file(ReportRequest request, String submitter, Channel channel, boolean trusted) {
        Instant now = clock.instant();
        Deadline filing = checks.filingDeadline(request);
        Report report = newReport(request, submitter, channel, now, filing);
        ReportRequest.Accused accused = request.accused();
        boolean sameActPossible = accused.nip() != null
                && !ReportChecks.UNKNOWN_VIOLATION.equals(request.incident().violationCode());
        if (!sameActPossible) {
            return openCase(request, report, trusted, now);
        }
        // two reports of the same act arriving together must not open two cases: serialise them per NIP and act
        String actKey = accused.nip() + ":" + request.incident().violationCode();
        LocalDate occurred = request.incident().occurredOn();
        return cases.lockAct(actKey)
                .chain(() -> cases.findSameAct(accused.nip(), request.incident().violationCode(), occurred,
                        config.sameActWindowDays()))
                .chain(existing -> existing == null ? openCase(request, report, trusted, now)
                        : joinCase(existing, report, now));
    }

    private Report newReport(ReportRequest request, String submitter, Channel channel, Instant now, Deadline filing) {
        ReportRequest.Accused accused = request.accused();
        ReportRequest.Incident incident = request.incident();
        Report report = new Report();
        report.id = Ids.uuidV7();
        report.trackingCode = TrackingCodes.next();
        report.channel = channel.name();
        report.submittedBy = submitter;
        report.reporterRef = vault.pseudonym(request.reporter().nik());
        report.reporterConfidential = request.reporter().confidential();
        report.reporterIdentity = vault.seal(request.reporter());
        report.electionCode = request.electionCode();
        report.accusedName = accused.name();
        report.accusedNip = accused.nip();
        report.accusedPosition = accused.position();
        report.accusedAgency = accused.agency();
        report.accusedRegionCode = accused.regionCode();
        report.violationCode = incident.violationCode();
        report.violationDescription = incident.violationDescription();
        report.occurredOn = incident.occurredOn();
        report.knownOn = incident.knownOn();
        report.description = incident.description();
        report.place = incident.place();
        report.incidentRegionCode = incident.regionCode();
        report.witnesses = json(incident.witnesses());
        report.links = json(incident.links());
        report.filingDueOn = filing == null ? null : filing.dueDate();
        // a deadline counted over a year without its holiday list is a guess: a report past a guessed deadline is
        // not refused for lateness, the reviewer judges it (the notice says why)
        report.filedInTime = filing == null || filing.provisional() || !filing.isOverdue(now);
        report.filingNote = filing == null ? null : filing.provisionalReason();
        report.lead = accused.nip() == null;
        report.submittedAt = now;
        return report;
    }

    private Uni<Filed> openCase(ReportRequest request, Report report, boolean trusted, Instant now) {
        String region = request.accused().regionCode();
        return caseNumbers.next(region, now).chain(caseNumber -> {
            CaseFile caseFile = new CaseFile();
            caseFile.id = Ids.uuidV7();
            caseFile.caseNumber = caseNumber;
            caseFile.regionCode = region;
            caseFile.electionCode = request.electionCode();
            caseFile.accusedName = report.accusedName;
            caseFile.accusedNip = report.accusedNip;
            caseFile.accusedPosition = report.accusedPosition;
            caseFile.accusedAgency = report.accusedAgency;
            caseFile.accusedRegionCode = region;
            caseFile.accusedNameKey = AccusedKeys.name(report.accusedName);
            caseFile.accusedAgencyKey = AccusedKeys.agency(report.accusedAgency);
            caseFile.violationCode = report.violationCode;
            caseFile.violationDescription = report.violationDescription;
            caseFile.occurredOn = report.occurredOn;
            caseFile.receivedOn = LocalDate.ofInstant(now, regions.zoneOf(region));
            caseFile.reportCount = 1;
            caseFile.lead = report.lead;
            caseFile.leadReason = report.lead ? LEAD_NIP_MISSING : null;
            caseFile.createdAt = now;
            caseFile.updatedAt = now;
            boolean registerNow = trusted && report.filedInTime && !report.lead
                    && !ReportChecks.UNKNOWN_VIOLATION.equals(report.violationCode);
            if (!report.filedInTime) {
                caseFile.notRegistered(LATE_FILING, null, now);
            } else if (registerNow) {
                caseFile.register(now);
                caseFile.reviewedBy = report.submittedBy;
                caseFile.reviewedAt = now;
            } else {
                caseFile.openForReview(checks.due(caseFile.electionCode, ReportChecks.INITIAL_REVIEW_RULE, region,
                        config.initialReviewFallbackDays()));
            }
            report.caseId = caseFile.id;
            Uni<Void> stored = cases.persist(caseFile)
                    .chain(() -> reports.persist(report))
                    .chain(() -> timeline.record(caseFile.id, "REPORT_RECEIVED", now, "intake", report.channel))
                    .chain(() -> outbox.record(received(caseFile, report, now)));
            if (!report.filedInTime) {
                stored = stored
                        .chain(() -> timeline.record(caseFile.id, "CASE_REJECTED", now, "intake", LATE_FILING))
                        .chain(() -> outbox.record(new CaseRejected(caseFile.id, caseFile.caseNumber, region,
                                LATE_FILING, "filed after " + report.filingDueOn, now)));
            } else if (registerNow) {
                stored = stored.chain(() -> registration.announce(caseFile, report, now));
            }
            return stored.invoke(() -> LOG.infof("Report %s opened case %s (%s) by %s (reporter %s)", report.id,
                    caseFile.caseNumber, caseFile.status, report.submittedBy, report.reporterRef))
                    .map(ignored -> new Filed(report, caseFile));
        });
    }

    private Uni<Filed> joinCase(CaseFile caseFile, Report report, Instant now) {
        report.caseId = caseFile.id;
        report.joinedExistingCase = true;
        caseFile.reportCount++;
        caseFile.updatedAt = now;
        return reports.persist(report)
                .chain(() -> timeline.record(caseFile.id, "REPORT_JOINED", now, "intake", report.channel))
                .chain(() -> outbox.record(received(caseFile, report, now)))
                .invoke(() -> LOG.infof("Report %s joined case %s by %s (reporter %s)", report.id, caseFile.caseNumber,
                        report.submittedBy, report.reporterRef))
                .map(ignored -> new Filed(report, caseFile));
    }

    private static ReportReceived received(CaseFile caseFile, Report report, Instant now) {
        return new ReportReceived(caseFile.id, caseFile.caseNumber, caseFile.regionCode, report.id, report.channel,
                report.reporterRef, report.joinedExistingCase, report.filedInTime, report.filingDueOn, report.lead, now);
    }

    /** The receipt is rebuilt from what was stored, so that a retry gets the same answer as the first call. */
    static ReportReceipt receipt(Report report, CaseFile caseFile, Locale locale) {
        List<ReportReceipt.Notice> notices = new ArrayList<>();
        if (!report.filedInTime) {
            notices.add(notice(locale, LATE_FILING, report.filingDueOn));
        }
        if (report.lead) {
            notices.add(notice(locale, "LEAD_NIP_MISSING"));
        }
        if (report.joinedExistingCase) {
            notices.add(notice(locale, "JOINED_EXISTING_CASE", caseFile.caseNumber));
        }
        if (report.filingNote != null) {
            notices.add(notice(locale, "FILING_DEADLINE_PROVISIONAL"));
        }
        return new ReportReceipt(report.id, caseFile.caseNumber, report.trackingCode, caseFile.status.name(),
                report.joinedExistingCase, report.filedInTime, report.filingDueOn, report.lead, notices);
    }

    private static ReportReceipt.Notice notice(Locale locale, String code, Object... args) {
        return new ReportReceipt.Notice(code, Messages.text(locale, "notice." + code, args));
    }

    private String json(List<String> values) {
        if (values == null || values.isEmpty()) {
            return null;
        }
        try {
            return canonical.writeValueAsString(values);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("List could not be written", e);
        }
    }
}
