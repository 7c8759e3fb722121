package id.netra.intake.cases;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;

import id.netra.kit.db.DeadlineSweep;
import id.netra.kit.security.ListQuery;

/**
 * Cases by number, by accused and act, the region-scoped keyset-paginated list, and the deadline sweeps. Reads are
 * queries on mapped entities, and native SQL only runs statements: Hibernate Reactive never finds the cached plan of a
 * native select again, so each call would add one more plan to the query plan cache, which then fills and slows every
 * query of the service ({@code QueryPlanCacheTest}).
 */
@ApplicationScoped
public class CaseRepository implements PanacheRepositoryBase<CaseFile, UUID> {

    public Uni<CaseFile> findByNumber(String caseNumber) {
        return find("caseNumber", caseNumber).firstResult();
    }

    /**
     * Cases after {@code filter.after} (by number) within the caller's scope (null = all; a province covers its
     * kab/kota). The regions become a range of case numbers, and the other filters words that the {@code facets}
     * column's GIN index intersects (V10 migration says why); the region's words join them only beside another filter,
     * since alone the range already reads the page in order.
     */
    public Uni<List<CaseFile>> list(String scope, CaseFilter filter, Instant now, int limit) {
        if (Boolean.TRUE.equals(filter.overdue()) && filter.status() != null && filter.status() != CaseStatus.KAJIAN_AWAL) {
            // only a case under review can be overdue: nothing to look for
            return Uni.createFrom().item(List.of());
        }
        // a region filter equal to the caller's own scope would only repeat its range
        String region = filter.region() == null || filter.region().equals(scope) ? null : filter.region();
        ListQuery query = new ListQuery().withinNumbers("caseNumber", "scope", scope)
                .withinNumbers("caseNumber", "region", region);
        List<String> facets = new ArrayList<>();
        if (filter.status() != null) {
            facets.add("s:" + filter.status().name());
        }
        if (filter.election() != null) {
            facets.add("e:" + filter.election());
        }
        if (filter.violation() != null) {
            facets.add("v:" + filter.violation());
        }
        if (Boolean.TRUE.equals(filter.overdue())) {
            // the same rule as CaseFile.isReviewOverdue, so the list and the case agree; the status as a word only,
            // since the planner would count a second, equal status condition twice and expect a few hundred rows
            facets.add("s:" + CaseStatus.KAJIAN_AWAL.name());
            query.and("reviewDueAt <= :now").bind("now", now);
        } else if (Boolean.FALSE.equals(filter.overdue())) {
            query.and("not (status = :underReview and reviewDueAt <= :now)").bind("underReview", CaseStatus.KAJIAN_AWAL)
                    .bind("now", now);
        }
        if (!facets.isEmpty()) {
            regionFacet(scope, facets);
            regionFacet(region, facets);
            query.and("array_includes(facets, :facets)").bind("facets", facets.stream().distinct().toArray(String[]::new));
        }
        query.where("receivedOn", ">=", "from", filter.receivedFrom()).where("receivedOn", "<=", "to",
                filter.receivedTo()).where("caseNumber", ">", "after", filter.after());
        return find(query.query(), Sort.by("caseNumber"), query.parameters()).page(0, limit).list();
    }

    private static void regionFacet(String region, List<String> facets) {
        if (region != null) {
            facets.add((region.length() == 2 ? "p:" : "r:") + region);
        }
    }

    /**
     * Holds a transaction-scoped lock on one accused and act, so that two reports of it arriving together join one
     * case instead of opening two.
     */
    public Uni<Void> lockAct(String actKey) {
        // run as a statement: a native select would add a plan to Hibernate's cache on every call (see the class)
        return getSession().chain(session -> session
                .createNativeQuery("SELECT pg_advisory_xact_lock(hashtext(:key))")
                .setParameter("key", actKey)
                .executeUpdate())
                .replaceWithVoid();
    }

    /**
     * The open case about this NIP and violation whose act lies closest to {@code occurredOn} within the window (the
     * oldest on a tie); a case that was not registered, forwarded or not, is closed to new reports.
     */
    public Uni<CaseFile> findSameAct(String nip, String violationCode, LocalDate occurredOn, int windowDays) {
        return findSameAct(nip, violationCode, occurredOn, windowDays, null);
    }

    /** As {@link #findSameAct(String, String, LocalDate, int)}, among the cases of one region only. */
    public Uni<CaseFile> findSameActInRegion(String nip, String violationCode, LocalDate occurredOn, int windowDays,
            String regionCode) {
        return findSameAct(nip, violationCode, occurredOn, windowDays, regionCode);
    }

    private Uni<CaseFile> findSameAct(String nip, String violationCode, LocalDate occurredOn, int windowDays,
            String regionCode) {
        Parameters parameters = Parameters.with("nip", nip).and("violation", violationCode)
                .and("closed", CaseStatus.TIDAK_DIREGISTRASI).and("forwarded", CaseStatus.DITERUSKAN)
                .and("from", occurredOn.minusDays(windowDays)).and("to", occurredOn.plusDays(windowDays));
        String query = "accusedNip = :nip and violationCode = :violation and status <> :closed "
                + "and status <> :forwarded and occurredOn between :from and :to";
        if (regionCode != null) {
            query += " and regionCode = :region";
            parameters.and("region", regionCode);
        }
        return find(query, Sort.by("createdAt").and("caseNumber"), parameters)
                .list()
                .map(found -> found.stream()
                        .min(Comparator.comparingLong(c -> Math.abs(ChronoUnit.DAYS.between(c.occurredOn, occurredOn))))
                        .orElse(null));
    }

    /** The cases about this NIP whose handling has not ended (not in {@link CaseStatus#CLOSED}), by case number. */
    public Uni<List<CaseFile>> openForNip(String nip) {
        return find("accusedNip = :nip and status not in :closed", Sort.by("caseNumber"),
                Parameters.with("nip", nip).and("closed", CaseStatus.CLOSED)).list();
    }

    /**
     * Other cases of the region about a person of the same normalised name and agency whose act lies in the window,
     * where one of the two lacks a NIP (with both NIPs, equal NIPs already joined the reports).
     */
    public Uni<List<CaseFile>> likelyDuplicates(CaseFile of, int windowDays) {
        if (of.occurredOn == null || of.accusedNameKey == null || of.accusedNameKey.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        StringBuilder query = new StringBuilder("id <> :id and regionCode = :region and accusedNameKey = :name "
                + "and accusedAgencyKey = :agency and occurredOn between :from and :to");
        Parameters parameters = Parameters.with("id", of.id).and("region", of.regionCode)
                .and("name", of.accusedNameKey).and("agency", of.accusedAgencyKey)
                .and("from", of.occurredOn.minusDays(windowDays)).and("to", of.occurredOn.plusDays(windowDays));
        if (of.accusedNip != null) {
            query.append(" and accusedNip is null");
        }
        return find(query.toString(), Sort.by("caseNumber"), parameters).page(0, 20).list();
    }

    /** Cases under review past their due time whose overdue event is not raised yet. */
    public static final DeadlineSweep.Due<CaseFile> OVERDUE_REVIEWS = new DeadlineSweep.Due<>(CaseFile.class,
            "status = :review and reviewOverdueRaised = false and reviewDueAt <= :now", "reviewDueAt",
            now -> Parameters.with("review", CaseStatus.KAJIAN_AWAL).and("now", now));
    /** Cases whose reporter did not complete them in time. */
    public static final DeadlineSweep.Due<CaseFile> EXPIRED_COMPLETIONS = new DeadlineSweep.Due<>(CaseFile.class,
            "status = :waiting and completionDueAt <= :now", "completionDueAt",
            now -> Parameters.with("waiting", CaseStatus.PERLU_DILENGKAPI).and("now", now));
}
