package id.netra.clarification.clarification;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;

import id.netra.contracts.CaseRegistered;
import id.netra.contracts.ClarificationConcluded;
import id.netra.contracts.ClarificationOpened;
import id.netra.contracts.ClarificationScheduled;
import id.netra.contracts.Outcome;
import id.netra.kit.id.Ids;
import id.netra.kit.outbox.Outbox;
import id.netra.kit.problem.FieldError;
import id.netra.kit.problem.ProblemException;
import id.netra.kit.rules.ViolationCatalog;
import id.netra.kit.security.Caller;

/** The clarification rules: opening on registration, region-scoped reads, the hearing, and the conclusion. */
@ApplicationScoped
public class ClarificationService {

    private static final Logger LOG = Logger.getLogger(ClarificationService.class);
    // an act is in the future only if it is so everywhere in Indonesia: judge by the easternmost zone (WIT)
    private static final ZoneId EASTERNMOST = ZoneId.of("Asia/Jayapura");

    private final ClarificationRepository repository;
    private final HearingRepository hearing;
    private final Outbox outbox;
    private final Caller caller;
    private final ClarificationConfig config;
    private final ViolationCatalog catalog = ViolationCatalog.standard();

    public ClarificationService(ClarificationRepository repository, HearingRepository hearing, Outbox outbox,
            Caller caller, ClarificationConfig config) {
        this.repository = repository;
        this.hearing = hearing;
        this.outbox = outbox;
        this.caller = caller;
        this.config = config;
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
            Instant now = Instant.now();
            Clarification clarification = Clarification.open(Ids.uuidV7(), registered, now,
                    now.plus(Duration.ofDays(config.dueDays())));
            return repository.persist(clarification).chain(() -> outbox.record(opened(clarification)));
        });
    }

    @WithSession
    public Uni<ClarificationPage> list(ClarificationStatus status, Boolean overdue, String after, int limit) {
        Instant now = Instant.now();
        // one row more than asked tells whether another page follows
        ClarificationFilter filter = new ClarificationFilter(caller.listScope(), status, overdue, after, limit + 1, now);
        return repository.list(filter).map(rows -> {
            List<Clarification> page = rows.size() > limit ? rows.subList(0, limit) : rows;
            String next = rows.size() > limit ? page.get(page.size() - 1).caseNumber() : null;
            return new ClarificationPage(page.stream().map(c -> ClarificationView.of(c, now)).toList(), next);
        });
    }

    @WithSession
    public Uni<ClarificationView> find(String caseNumber) {
        return repository.findByCaseNumber(caseNumber)
                .map(clarification -> visible(clarification, caseNumber))
                .chain(this::withHearing);
    }

    /**
     * Summons the accused to the hearing, or moves the summons (then with a reason); records
     * {@code clarification.scheduled}. Every schedule is kept, the last one is in force.
     */
    @WithTransaction
    public Uni<ClarificationView> schedule(String caseNumber, ScheduleRequest request) {
        String recordedBy = caller.name();
        // the row lock orders concurrent schedules, so exactly one of them is the first
        return repository.findByCaseNumberForUpdate(caseNumber)
                .map(clarification -> visible(clarification, caseNumber))
                .map(clarification -> requireOpen(clarification, "CLARIFICATION_CLOSED"))
                .chain(clarification -> hearing.schedules(clarification.id()).chain(earlier -> {
                    Instant now = Instant.now();
                    Instant scheduledAt = request.scheduledAt().atZone(clarification.zone()).toInstant();
                    boolean rescheduled = !earlier.isEmpty();
                    List<FieldError> errors = new ArrayList<>();
                    if (!scheduledAt.isAfter(now)) {
                        errors.add(FieldError.of("scheduledAt", "SCHEDULED_AT_NOT_IN_FUTURE",
                                LocalDateTime.ofInstant(now, clarification.zone()).withNano(0).toString()));
                    }
                    if (rescheduled && blankToNull(request.reason()) == null) {
                        errors.add(FieldError.of("reason", "RESCHEDULE_REASON_REQUIRED"));
                    }
                    if (!errors.isEmpty()) {
                        throw new ProblemException(400, "VALIDATION_FAILED", errors);
                    }
                    Schedule schedule = Schedule.of(Ids.uuidV7(), clarification.id(), scheduledAt,
                            request.place().strip(), request.letterNumber().strip(), blankToNull(request.reason()),
                            recordedBy, now);
                    // place and letter number stay here: the event says only that and when the hearing is
                    return hearing.persist(schedule)
                            .chain(() -> outbox.record(new ClarificationScheduled(clarification.caseId(),
                                    clarification.caseNumber(), clarification.regionCode(), clarification.id(),
                                    scheduledAt, rescheduled, now)))
                            .replaceWith(clarification);
                }))
                .chain(this::withHearing);
    }

    /** Records a statement heard in the open clarification of the caller's region; no event carries it. */
    @WithTransaction
    public Uni<StatementCreated> recordStatement(String caseNumber, StatementRequest request) {
        Instant now = Instant.now();
        if (request.statedAt().toInstant().isAfter(now)) {
            return Uni.createFrom().failure(new ProblemException(400, "VALIDATION_FAILED",
                    List.of(FieldError.of("statedAt", "STATED_AT_IN_FUTURE"))));
        }
        String recordedBy = caller.name();
        // the row lock keeps a statement from slipping in beside a concurrent conclusion
        return repository.findByCaseNumberForUpdate(caseNumber)
                .map(clarification -> visible(clarification, caseNumber))
                .map(clarification -> requireOpen(clarification, "CLARIFICATION_CLOSED"))
                .chain(clarification -> {
                    Statement statement = Statement.of(Ids.uuidV7(), clarification.id(), request.role(),
                            request.name().strip(), request.statedAt().toInstant(), request.text().strip(), recordedBy,
                            now);
                    return hearing.persist(statement).replaceWith(new StatementCreated(statement.id()));
                });
    }

    /** Concludes an open clarification of the caller's region and records {@code clarification.concluded}. */
    @WithTransaction
    public Uni<ClarificationView> conclude(String caseNumber, ConclusionRequest request) {
        List<FieldError> errors = conclusionErrors(request);
        if (!errors.isEmpty()) {
            return Uni.createFrom().failure(new ProblemException(400, "VALIDATION_FAILED", errors));
        }
        String concludedBy = caller.name();
        return repository.findByCaseNumberForUpdate(caseNumber)
                .map(clarification -> visible(clarification, caseNumber))
                .chain(clarification -> {
                    requireOpen(clarification, "CLARIFICATION_ALREADY_CONCLUDED");
                    boolean proven = request.outcome() == Outcome.PROVEN;
                    clarification.conclude(request.outcome(),
                            proven ? List.copyOf(new LinkedHashSet<>(request.violationCodes())) : List.of(),
                            request.actDate(), blankToNull(request.reason()), concludedBy, Instant.now());
                    return outbox.record(concluded(clarification)).replaceWith(clarification);
                })
                .chain(this::withHearing);
    }

    private Uni<ClarificationView> withHearing(Clarification clarification) {
        return hearing.schedules(clarification.id())
                .chain(schedules -> hearing.statements(clarification.id())
                        .map(statements -> ClarificationView.of(clarification, schedules, statements, Instant.now())));
    }

    /** A concluded clarification is closed to every change. */
    private static Clarification requireOpen(Clarification clarification, String code) {
        if (clarification.isConcluded()) {
            throw ProblemException.conflict(code, clarification.caseNumber());
        }
        return clarification;
    }

    /** Missing and out-of-region look the same: another region must not learn that the case exists. */
    private Clarification visible(Clarification clarification, String caseNumber) {
        if (clarification == null) {
            throw ProblemException.notFound("CASE_NOT_FOUND", caseNumber);
        }
        caller.requireVisible(clarification.regionCode(), caseNumber);
        return clarification;
    }

    /** The rules that depend on the outcome; Bean Validation on the request has checked the shape. */
    private List<FieldError> conclusionErrors(ConclusionRequest request) {
        List<FieldError> errors = new ArrayList<>();
        List<String> codes = request.violationCodes() == null ? List.of() : request.violationCodes();
        if (request.outcome() == Outcome.PROVEN) {
            if (codes.isEmpty()) {
                errors.add(FieldError.of("violationCodes", "VIOLATION_CODES_REQUIRED"));
            }
            for (int i = 0; i < codes.size(); i++) {
                if (!catalog.isKnown(codes.get(i))) {
                    errors.add(FieldError.of("violationCodes[" + i + "]", "UNKNOWN_VIOLATION_CODE", codes.get(i)));
                }
            }
            if (request.actDate() == null) {
                errors.add(FieldError.of("actDate", "ACT_DATE_REQUIRED"));
            }
        } else {
            if (!codes.isEmpty()) {
                errors.add(FieldError.of("violationCodes", "VIOLATION_CODES_NOT_ALLOWED"));
            }
            if (blankToNull(request.reason()) == null) {
                errors.add(FieldError.of("reason", "REASON_REQUIRED"));
            }
        }
        if (request.actDate() != null && request.actDate().isAfter(LocalDate.now(EASTERNMOST))) {
            errors.add(FieldError.of("actDate", "ACT_DATE_IN_FUTURE"));
        }
        return errors;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private static ClarificationOpened opened(Clarification clarification) {
        return new ClarificationOpened(clarification.caseId(), clarification.caseNumber(), clarification.regionCode(),
                clarification.id(), clarification.openedAt(), clarification.dueAt());
    }

    private static ClarificationConcluded concluded(Clarification clarification) {
        return new ClarificationConcluded(clarification.caseId(), clarification.caseNumber(),
                clarification.regionCode(), clarification.electionCode(), clarification.id(), clarification.outcome(),
                clarification.violationCodes(), clarification.actDate(), clarification.accused(),
                clarification.reason(), null, null, clarification.concludedAt());
    }
}
