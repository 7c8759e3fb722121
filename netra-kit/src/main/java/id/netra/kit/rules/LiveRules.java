package id.netra.kit.rules;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;

import id.netra.contracts.EventCodec;
import id.netra.contracts.EventType;
import id.netra.contracts.RulesChanged;
import id.netra.kit.calendar.Holiday;
import id.netra.kit.calendar.HolidayCalendar;
import id.netra.kit.calendar.HolidayKind;
import id.netra.kit.calendar.WorkingDays;
import id.netra.kit.region.RegionCatalog;

/**
 * The elections and the working-day calendar in force: the data shipped with the service, then every rules change
 * since, in order. sanction-service records a change when an admin makes it; the other services record the copy they
 * receive as an event ({@link RulesChangeConsumer}). The changes live in the service's database, so a restart keeps
 * them, and a replica that did not receive a change itself picks it up on its next refresh.
 */
@ApplicationScoped
public class LiveRules {

    private static final Logger LOG = Logger.getLogger(LiveRules.class);
    /** Made up so that a local run and the README's walk-through work on the day they are run; never official. */
    public static final String DEMO_ELECTION = "DEMO";

    private final Pool pool;
    /** The demo election's year: the year the service started, so that it does not move while the service runs. */
    private final int demoYear;
    private final boolean demoElection;
    private final EventCodec codec = new EventCodec();
    private volatile Snapshot current;

    public LiveRules(Pool pool, Clock clock,
            @ConfigProperty(name = "netra.rules.demo-election", defaultValue = "false") boolean demoElection) {
        this.pool = pool;
        this.demoYear = LocalDate.now(clock.withZone(RegionCatalog.WIB)).getYear();
        this.demoElection = demoElection;
        this.current = base();
    }

    /** The rules in force at one moment; a change gives a new snapshot. */
    public record Snapshot(int changes, String version, ElectionCatalog elections, HolidayCalendar calendar) {

        public WorkingDays workingDays() {
            return new WorkingDays(calendar);
        }

        /** These rules with one more change applied. */
        public Snapshot apply(RulesChanged change) {
            ElectionCatalog nextElections = change.election() == null ? elections
                    : elections.with(ElectionCatalog.Election.of(change.election()));
            HolidayCalendar nextCalendar = change.holidays() == null ? calendar : applyHolidays(change.holidays());
            return new Snapshot(changes + 1, change.version(), nextElections, nextCalendar);
        }

        private HolidayCalendar applyHolidays(RulesChanged.Holidays holidays) {
            List<Holiday> days = holidays.days().stream().map(day -> new Holiday(day.date(),
                    HolidayKind.valueOf(day.kind()), day.name(), day.source(), day.regionCode())).toList();
            HolidayCalendar next = calendar;
            if (holidays.year() != null) {
                next = next.withYear(holidays.year(), days.stream().filter(day -> !day.isRegional()).toList());
            }
            for (Holiday day : days) {
                if (day.isRegional()) {
                    next = next.withRegional(day);
                }
            }
            return next;
        }
    }

    public Snapshot current() {
        return current;
    }

    public ElectionCatalog elections() {
        return current.elections();
    }

    public HolidayCalendar calendar() {
        return current.calendar();
    }

    public WorkingDays workingDays() {
        return current.workingDays();
    }

    /** The shipped data, with the demo election when this run has it switched on. */
    Snapshot base() {
        ElectionCatalog elections = ElectionCatalog.standard();
        if (demoElection) {
            elections = elections.with(demo(demoYear));
        }
        return new Snapshot(0, "shipped", elections, HolidayCalendar.standard());
    }

    /**
     * A PILKADA of the running year: candidates set on 1 January, voting on 31 December, acts from the year before to
     * the year after; so an act of any recent day concerns a calon. Labelled as a demo in its name and flag.
     */
    static ElectionCatalog.Election demo(int year) {
        return new ElectionCatalog.Election(DEMO_ELECTION, "PILKADA", "Pemilihan demo " + year + " (bukan data resmi)",
                true, LocalDate.of(year, 12, 31), LocalDate.of(year, 1, 1), null,
                new ElectionCatalog.Range(LocalDate.of(year - 1, 1, 1), LocalDate.of(year + 1, 12, 31)), List.of(),
                List.of(new ElectionCatalog.Contest("GUBERNUR", null, null, null),
                        new ElectionCatalog.Contest("BUPATI", null, null, null),
                        new ElectionCatalog.Contest("WALIKOTA", null, null, null)),
                null, List.of(), "for trying Netra out; switched on by netra.rules.demo-election");
    }

    void onStart(@Observes StartupEvent event) {
        reload().await().indefinitely();
    }

    /** Rebuilds the rules from the shipped data and every recorded change, and puts them in force. */
    public Uni<Snapshot> reload() {
        return pool.query("SELECT payload FROM rules_change ORDER BY seq").execute().map(rows -> {
            List<String> payloads = new ArrayList<>();
            rows.forEach(row -> payloads.add(row.getString("payload")));
            return install(fold(payloads));
        });
    }

    /** Puts rules in force unless newer ones are already (a slower reload must not undo a faster one). */
    private synchronized Snapshot install(Snapshot snapshot) {
        if (snapshot.changes() < current.changes()) {
            return current;
        }
        if (snapshot.changes() != current.changes()) {
            LOG.infof("Rules in force: version %s (%d changes since the shipped data)", snapshot.version(),
                    snapshot.changes());
        }
        current = snapshot;
        return snapshot;
    }

    /** Picks up changes another replica recorded; cheap when there is none. */
    @Scheduled(every = "${netra.rules.refresh-interval:15s}", delayed = "${netra.rules.refresh-interval:15s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP, skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    Uni<Void> refresh() {
        return pool.query("SELECT count(*) AS changes FROM rules_change").execute()
                .map(rows -> rows.iterator().next().getInteger("changes"))
                .chain(count -> count == current.changes() ? Uni.createFrom().voidItem() : reload().replaceWithVoid());
    }

    /**
     * Records a change in the caller's transaction and returns the rules it makes, without putting them in force:
     * the caller does after its commit ({@link #reload}). Recording a version again changes nothing. {@code changedBy}
     * is the admin who made it, kept where the change is made (the audit trail), not in the copies.
     */
    public Uni<Snapshot> record(RulesChanged change, String changedBy) {
        return Panache.getSession().chain(session -> session.createNativeQuery(
                "INSERT INTO rules_change (version, changed_at, changed_by, payload) VALUES (:version, :changedAt, "
                        + ":changedBy, :payload) ON CONFLICT (version) DO NOTHING")
                .setParameter("version", change.version())
                .setParameter("changedBy", changedBy)
                .setParameter("changedAt", change.changedAt())
                .setParameter("payload", codec.toJson(change))
                .executeUpdate()
                // the rules as recorded, this change included, not as this replica last loaded them: it may lag
                // behind the table (another replica's change) or run ahead of this change (a later one of its own)
                .chain(() -> session.createNativeQuery("SELECT payload FROM rules_change ORDER BY seq", String.class)
                        .getResultList()))
                .map(this::fold);
    }

    private Snapshot fold(List<String> payloads) {
        Snapshot snapshot = base();
        for (String payload : payloads) {
            snapshot = snapshot.apply((RulesChanged) codec.fromJson(EventType.RULES_CHANGED.type(), payload));
        }
        return snapshot;
    }

    /** One recorded change: the audit trail of the rules. */
    public record Recorded(String version, java.time.Instant changedAt, String changedBy, RulesChanged change) {
    }

    /** The changes recorded so far, newest first. */
    public Uni<List<Recorded>> history(int limit) {
        return pool.preparedQuery("SELECT version, changed_at, changed_by, payload FROM rules_change "
                + "ORDER BY seq DESC LIMIT $1").execute(Tuple.of(limit)).map(rows -> {
                    List<Recorded> recorded = new ArrayList<>();
                    rows.forEach(row -> recorded.add(new Recorded(row.getString("version"),
                            row.getOffsetDateTime("changed_at").toInstant(), row.getString("changed_by"),
                            (RulesChanged) codec.fromJson(EventType.RULES_CHANGED.type(), row.getString("payload")))));
                    return recorded;
                });
    }

    /** The event types a copy of the rules follows. */
    public static Set<EventType> types() {
        return Set.of(EventType.RULES_CHANGED);
    }
}
