package id.netra.intake.report;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import org.jboss.logging.Logger;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;

import id.netra.contracts.Accused;
import id.netra.contracts.CaseRegistered;
import id.netra.intake.cases.CaseFile;
import id.netra.intake.cases.CaseRepository;
import id.netra.intake.cases.CaseStatus;
import id.netra.intake.timeline.TimelineRecorder;
import id.netra.kit.id.Ids;
import id.netra.kit.outbox.Outbox;
import id.netra.kit.problem.FieldError;
import id.netra.kit.problem.ProblemException;
import id.netra.kit.rules.ElectionCatalog;
import id.netra.kit.rules.ViolationCatalog;
import id.netra.kit.security.Caller;
import id.netra.kit.security.Roles;

/** Takes in reports: checks them, files them into a case and announces the registered case. */
@ApplicationScoped
public class ReportService {

    private static final Logger LOG = Logger.getLogger(ReportService.class);
    /** Case numbers count per year of the region's calendar; Indonesia's western zone is used for the year. */
    private static final ZoneId NUMBERING_ZONE = ZoneId.of("Asia/Jakarta");

    private final CaseRepository cases;
    private final ReportRepository reports;
    private final TimelineRecorder timeline;
    private final ReporterVault vault;
    private final Outbox outbox;
    private final Caller caller;
    private final Clock clock = Clock.systemUTC();
    private final ObjectMapper canonical = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .enable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .build();

    public ReportService(CaseRepository cases, ReportRepository reports, TimelineRecorder timeline,
            ReporterVault vault, Outbox outbox, Caller caller) {
        this.caller = caller;
        this.cases = cases;
        this.reports = reports;
        this.timeline = timeline;
        this.vault = vault;
        this.outbox = outbox;
    }

    /**
     * Files a report from an authenticated partner or Bawaslu. With an Idempotency-Key, a retry of the same body
     * gets the first answer and stores nothing; the same key with another body is refused.
     */
    @WithTransaction
    public Uni<ReportReceipt> submit(@NotNull @Valid ReportRequest request, String idempotencyKey) {
        checkFacts(request);
        String submitter = caller.name();
        // Bawaslu's own staff file findings (temuan); machine clients, even Bawaslu's monitor, are partners
        String channel = caller.hasRole(Roles.BAWASLU) && !caller.hasRole(Roles.PARTNER) ? "BAWASLU_FINDING"
                : "PARTNER";
        if (idempotencyKey == null) {
            return file(request, submitter, channel);
        }
        String hash = hash(request);
        return reports.claimKey(submitter, idempotencyKey, hash).chain(claimed -> {
            if (claimed) {
                return file(request, submitter, channel)
                        .call(receipt -> reports.bindKey(submitter, idempotencyKey, receipt.reportId()));
            }
            return reports.claimed(submitter, idempotencyKey).chain(previous -> {
                if (!hash.equals(previous[0])) {
                    throw ProblemException.unprocessable("IDEMPOTENCY_KEY_REUSED");
                }
                return receiptOf((UUID) previous[1]);
            });
        });
    }

    private Uni<ReportReceipt> receiptOf(UUID reportId) {
        return reports.findById(reportId).chain(report -> cases.findById(report.caseId)
                .map(caseFile -> new ReportReceipt(report.id, caseFile.caseNumber, report.trackingCode,
                        caseFile.status.name())));
    }

    private Uni<ReportReceipt> file(ReportRequest request, String submitter, String channel) {
        Instant now = clock.instant();
        String region = request.accused().regionCode();
        int year = now.atZone(NUMBERING_ZONE).getYear();
        return cases.nextSequence(region, year).chain(sequence -> {
            CaseFile caseFile = new CaseFile();
            caseFile.id = Ids.uuidV7();
            caseFile.caseNumber = "%s-%d-%06d".formatted(region, year, sequence);
            caseFile.regionCode = region;
            caseFile.electionCode = request.electionCode();
            caseFile.status = CaseStatus.DIREGISTRASI;
            caseFile.accusedName = request.accused().name();
            caseFile.accusedNip = request.accused().nip();
            caseFile.accusedPosition = request.accused().position();
            caseFile.accusedAgency = request.accused().agency();
            caseFile.violationCode = request.incident().violationCode();
            caseFile.occurredOn = request.incident().occurredOn();
            caseFile.createdAt = now;
            caseFile.updatedAt = now;

            Report report = new Report();
            report.id = Ids.uuidV7();
            report.caseId = caseFile.id;
            report.trackingCode = TrackingCodes.next();
            report.channel = channel;
            report.submittedBy = submitter;
            report.reporterRef = vault.pseudonym(request.reporter().nik());
            report.reporterConfidential = request.reporter().confidential();
            report.reporterIdentity = vault.seal(request.reporter());
            report.description = request.incident().description();
            report.place = request.incident().place();
            report.knownOn = request.incident().knownOn();
            report.submittedAt = now;

            CaseRegistered registered = new CaseRegistered(caseFile.id, caseFile.caseNumber, region,
                    caseFile.electionCode, channel,
                    new Accused(caseFile.accusedName, caseFile.accusedNip, caseFile.accusedPosition,
                            caseFile.accusedAgency),
                    List.of(caseFile.violationCode), caseFile.occurredOn, report.reporterRef, now);
            return cases.persist(caseFile)
                    .chain(() -> reports.persist(report))
                    .chain(() -> timeline.record(caseFile.id, "REPORT_RECEIVED", now, "intake", channel))
                    .chain(() -> timeline.record(caseFile.id, "CASE_REGISTERED", now, "intake", null))
                    .chain(() -> outbox.record(registered))
                    .invoke(() -> LOG.infof("Report %s filed as case %s by %s (reporter %s)", report.id,
                            caseFile.caseNumber, submitter, report.reporterRef))
                    .map(ignored -> new ReportReceipt(report.id, caseFile.caseNumber, report.trackingCode,
                            caseFile.status.name()));
        });
    }

    /** The rules a single field's constraint cannot express; all problems are reported at once. */
    private static void checkFacts(ReportRequest request) {
        List<FieldError> errors = new ArrayList<>();
        if (!ElectionCatalog.standard().isKnown(request.electionCode())) {
            errors.add(FieldError.of("electionCode", "ELECTION_UNKNOWN"));
        }
        if (!ViolationCatalog.standard().isKnown(request.incident().violationCode())) {
            errors.add(FieldError.of("incident.violationCode", "VIOLATION_UNKNOWN"));
        }
        if (request.incident().knownOn().isBefore(request.incident().occurredOn())) {
            errors.add(FieldError.of("incident.knownOn", "KNOWN_BEFORE_OCCURRED"));
        }
        if (!errors.isEmpty()) {
            throw new ProblemException(400, "VALIDATION_FAILED", errors);
        }
    }

    private String hash(ReportRequest request) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(canonical.writeValueAsString(request).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (JsonProcessingException | NoSuchAlgorithmException e) {
            throw new IllegalStateException("Request could not be hashed", e);
        }
    }
}
