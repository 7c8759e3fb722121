package id.netra.intake.identity;

import java.time.Clock;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;

import id.netra.intake.cases.CaseFile;
import id.netra.intake.report.Report;
import id.netra.intake.report.ReportRepository;
import id.netra.intake.report.ReporterVault;
import id.netra.kit.id.Ids;
import id.netra.kit.problem.Refusal;
import id.netra.kit.security.Caller;
import id.netra.kit.security.Roles;

/**
 * Opens a reporter's identity for the roles that need it, and only together with its audit record (same
 * transaction: no audit, no identity). The Bawaslu of the case's region and admins may open any; the region's
 * Inspektorat only a non-confidential reporter's (it may hear the reporter as a witness); nobody else.
 */
@ApplicationScoped
public class ReporterIdentityService {

    private static final Logger LOG = Logger.getLogger(ReporterIdentityService.class);

    private final ReportRepository reports;
    private final IdentityViewRepository views;
    private final ReporterVault vault;
    private final Caller caller;
    private final Clock clock;

    public ReporterIdentityService(ReportRepository reports, IdentityViewRepository views,
            ReporterVault vault, Caller caller, Clock clock) {
        this.reports = reports;
        this.views = views;
        this.vault = vault;
        this.caller = caller;
        this.clock = clock;
    }

    @WithTransaction
    public Uni<ReporterIdentity> reveal(UUID reportId, String reason) {
        return reports.findWithCase(reportId).chain(found -> {
            Report report = found.report();
            CaseFile caseFile = caller.visible(found.caseFile(), c -> c.regionCode, "REPORT_NOT_FOUND", reportId);
            boolean mayOpenConfidential = caller.hasRole(Roles.BAWASLU) || caller.hasRole(Roles.ADMIN);
            if (report.reporterConfidential && !mayOpenConfidential) {
                throw Refusal.withheld("IDENTITY_CONFIDENTIAL");
            }
            IdentityView view = new IdentityView();
            view.id = Ids.uuidV7();
            view.viewedBy = caller.name();
            view.viewerRoles = caller.roles().stream().sorted().collect(Collectors.joining(","));
            view.viewerRegion = caller.region();
            view.reportId = report.id;
            view.caseId = caseFile.id;
            view.caseNumber = caseFile.caseNumber;
            view.confidential = report.reporterConfidential;
            view.reason = reason.strip();
            view.viewedAt = clock.instant();
            return views.persist(view)
                    // the log names the pseudonym only, never the identity
                    .invoke(() -> LOG.infof("Reporter %s of report %s (case %s) shown to %s, audit %s",
                            report.reporterRef, report.id, caseFile.caseNumber, view.viewedBy, view.id))
                    .map(ignored -> new ReporterIdentity(report.id, caseFile.caseNumber, report.reporterRef,
                            report.reporterConfidential, vault.open(report.reporterIdentity), view.id));
        });
    }

    @WithSession
    public Uni<IdentityViewPage> audit(String caseNumber, String viewedBy, UUID after, int limit) {
        return views.page(caseNumber, viewedBy, after, limit + 1).map(found -> {
            List<IdentityViewPage.Item> items = found.stream().limit(limit).map(IdentityViewPage.Item::of).toList();
            UUID next = found.size() > limit ? items.get(items.size() - 1).id() : null;
            return new IdentityViewPage(items, next);
        });
    }
}
