package id.netra.clarification.clarification;

import static id.netra.clarification.clarification.AuditLog.details;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;

import id.netra.contracts.CaseRegistered;
import id.netra.contracts.ClarificationAssigned;
import id.netra.contracts.ClarificationOpened;
import id.netra.kit.calendar.DayUnit;
import id.netra.kit.calendar.Deadline;
import id.netra.kit.id.Ids;
import id.netra.kit.outbox.Outbox;
import id.netra.kit.problem.FieldError;
import id.netra.kit.problem.Refusal;
import id.netra.kit.region.RegionCatalog;
import id.netra.kit.rules.ElectionCatalog;
import id.netra.kit.rules.LiveRules;
import id.netra.kit.security.Caller;
import id.netra.kit.security.Roles;

/** Opening on registration, region-scoped reads, assignment to an officer, and the audit trail. */
@ApplicationScoped
public class ClarificationService {

    private static final Logger LOG = Logger.getLogger(ClarificationService.class);

    private final ClarificationRepository repository;
    private final AuditRepository trail;
    private final ClarificationAccess access;
    private final AuditLog audit;
    private final Outbox outbox;
    private final Caller caller;
    private final ClarificationConfig config;
    private final Clock clock;
    private final LiveRules rules;
    private final RegionCatalog regions;
    private final ClarificationViews views;
    /** Who reads the hearing record; a regional government's system (pemda) reads the rest. */
    private static final java.util.Set<String> INSIDERS = java.util.Set.of(Roles.INSPEKTORAT, Roles.BKN, Roles.ADMIN,
            Roles.AUDITOR);
    /** The step's name in elections.yaml. */
    static final String CLARIFICATION_RULE = "clarification";

    public ClarificationService(ClarificationRepository repository, AuditRepository trail,
            ClarificationAccess access, AuditLog audit, Outbox outbox, Caller caller, ClarificationConfig config,
            Clock clock, LiveRules rules, RegionCatalog regions, ClarificationViews views) {
        this.views = views;
        this.regions = regions;
        this.rules = rules;
        this.repository = repository;
        this.trail = trail;
        this.access = access;
        this.audit = audit;
        this.outbox = outbox;
        this.caller = caller;
        this.config = config;
        this.clock = clock;
    }

    /**
     * Opens the clarification of a registered case and records {@code clarification.opened}. Called by the inbox
     * inside its transaction, which this joins: the clarification, its event and the inbox mark commit together.
     */
    @WithTransaction
    public Uni<Void> open(CaseRegistered registered) {
        return repository.existsForCase(registered.caseId()).chain(exists -> {
            if (exists) {
                // the same case announced again under a new event id: the inbox cannot tell, the case id can
                LOG.infof("Case %s already has a clarification; registration event ignored", registered.caseNumber());
                return Uni.createFrom().voidItem();
            }
            Instant now = clock.instant();
            Clarification clarification = Clarification.open(Ids.uuidV7(), registered, now,
                    deadline(registered, now));
            return repository.persist(clarification)
                    .chain(() -> outbox.record(opened(clarification)))
                    .chain(() -> audit.record(clarification, "OPENED", AuditLog.SYSTEM, now,
                            details("dueDate", clarification.dueDate(), "dueAt", clarification.dueAt(),
                                    "deadlineProvisional", clarification.deadlineProvisional())));
        });
    }

    /**
     * The clarification stage's deadline: the election kind's {@code clarification} rule in the shared rule data (an
     * internal target, the same the rules API shows), in working or calendar days of the region.
     */
    Deadline deadline(CaseRegistered registered, Instant openedAt) {
        return deadline(registered.electionCode(), registered.regionCode(), openedAt, rules.current());
    }

    /** The same with the given rules, which may not be in force yet (a holiday list being loaded). */
    Deadline deadline(String electionCode, String regionCode, Instant openedAt, LiveRules.Snapshot with) {
        ElectionCatalog.DeadlineRule rule = with.elections().deadlineRule(electionCode, CLARIFICATION_RULE)
                .orElse(null);
        int days = rule == null ? config.fallbackDays() : rule.days();
        DayUnit unit = rule == null ? DayUnit.WORKING_DAYS : rule.unit();
        return with.workingDays().deadline(openedAt, days, unit, regions.zoneOf(regionCode),
                regionCode);
    }

    /** {@code assignee}: null for all, "me" for the caller's own inbox, else an officer's account name. */
    @WithSession
    public Uni<ClarificationPage> list(ClarificationStatus status, Boolean overdue, String assignee, String after,
            int limit) {
        Instant now = clock.instant();
        String officer = "me".equals(assignee) ? caller.name() : assignee;
        // one row more than asked tells whether another page follows
        ClarificationFilter filter = new ClarificationFilter(caller.listScope(), status, overdue, officer, after,
                limit + 1, now);
        return repository.list(filter).map(rows -> {
            List<Clarification> page = rows.size() > limit ? rows.subList(0, limit) : rows;
            String next = rows.size() > limit ? page.get(page.size() - 1).caseNumber() : null;
            return new ClarificationPage(page.stream().map(c -> ClarificationView.of(c, now)).toList(), next);
        });
    }

    @WithSession
    public Uni<ClarificationView> find(String caseNumber) {
        boolean outsider = caller.roles().stream().noneMatch(INSIDERS::contains);
        return access.visible(caseNumber).chain(views::view)
                .map(view -> outsider ? view.withoutHearingRecord() : view);
    }

    /**
     * Puts a named officer in charge, or hands the clarification to another one (then with a reason); records
     * {@code clarification.assigned} with the previous officer.
     */
    @WithTransaction
    public Uni<ClarificationView> assign(String caseNumber, AssignmentRequest request) {
        String by = caller.name();
        return access.visibleForUpdate(caseNumber)
                .map(clarification -> clarification.require(ClarificationStep.HEAR))
                .chain(clarification -> {
                    String previous = clarification.assignee();
                    String reason = blankToNull(request.reason());
                    if (previous != null && reason == null) {
                        throw Refusal.invalid(
                                List.of(FieldError.of("reason", "REASSIGNMENT_REASON_REQUIRED")));
                    }
                    Instant now = clock.instant();
                    clarification.assign(request.assignee(), by, now);
                    return outbox.record(new ClarificationAssigned(clarification.caseId(), clarification.caseNumber(),
                            clarification.regionCode(), clarification.id(), request.assignee(), previous, by, now))
                            .chain(() -> audit.record(clarification, "ASSIGNED", by, now, details("assignee",
                                    request.assignee(), "previousAssignee", previous, "reason", reason)))
                            .replaceWith(clarification);
                })
                .chain(views::view);
    }

    /** Who did what to the case's clarification; the caller must see the case (auditor and admin see all). */
    @WithSession
    public Uni<AuditView> audit(String caseNumber) {
        return access.visible(caseNumber)
                .chain(clarification -> trail.forCase(clarification.caseNumber()))
                .map(entries -> new AuditView(caseNumber, entries.stream().map(AuditView.Entry::of).toList()));
    }

    static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private static ClarificationOpened opened(Clarification clarification) {
        return new ClarificationOpened(clarification.caseId(), clarification.caseNumber(), clarification.regionCode(),
                clarification.id(), clarification.openedAt(), clarification.dueAt());
    }
}
