package id.netra.intake.report;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;

import id.netra.intake.cases.CaseFile;
import id.netra.kit.problem.Refusal;

/** Reports by tracking code and by case. */
@ApplicationScoped
public class ReportRepository implements PanacheRepositoryBase<Report, UUID> {

    /** A report and the case it belongs to. */
    public record ReportWithCase(Report report, CaseFile caseFile) {
    }

    /**
     * The report with its case, read together; a report that does not exist is REPORT_NOT_FOUND. Whether the caller
     * may see it is the caller's to decide, by the case's region.
     */
    public Uni<ReportWithCase> findWithCase(UUID reportId) {
        return getSession().chain(session -> session
                .createSelectionQuery("select r, c from Report r join CaseFile c on c.id = r.caseId where r.id = :id",
                        Object[].class)
                .setParameter("id", reportId).getSingleResultOrNull()).map(row -> {
                    if (row == null) {
                        throw Refusal.notFound("REPORT_NOT_FOUND", reportId);
                    }
                    return new ReportWithCase((Report) row[0], (CaseFile) row[1]);
                });
    }

    public Uni<Report> findByTrackingCode(String trackingCode) {
        return find("trackingCode", trackingCode).firstResult();
    }

    public Uni<List<Report>> forCase(UUID caseId) {
        return find("caseId", Sort.by("submittedAt").and("id"), caseId).list();
    }
}
