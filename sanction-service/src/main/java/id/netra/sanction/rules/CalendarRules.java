package id.netra.sanction.rules;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import id.netra.kit.calendar.DayUnit;
import id.netra.kit.calendar.Deadline;
import id.netra.kit.calendar.HolidayCalendar;
import id.netra.kit.calendar.WorkingDays;
import id.netra.kit.region.RegionCatalog;
import id.netra.kit.rules.ElectionCatalog;
import id.netra.kit.rules.HolidayListCheck;
import id.netra.kit.rules.LiveRules;

/**
 * The working-day calendar and every deadline the suite computes, as users may inspect them: counted by the same code
 * that counts the real ones (the kit's WorkingDays and, for the PPK and the block, {@link DecisionDeadlines}).
 */
@ApplicationScoped
public class CalendarRules {

    /** The deadlines the suite computes, by the name users ask for them, with their step in elections.yaml. */
    public enum DeadlineName {
        FILING("report_after_known"),
        INITIAL_REVIEW("initial_review"),
        CLARIFICATION("clarification"),
        PPK_DECISION(null),
        BLOCK(null);

        private final String step;

        DeadlineName(String step) {
            this.step = step;
        }

        /** Whether the number of days depends on the election's kind, so an election must be named. */
        public boolean needsElection() {
            return step != null;
        }
    }

    private static final String NETRA_SETTING = "NETRA_SETTING";

    private final LiveRules rules;
    private final DecisionDeadlines decisions;
    private final RegionCatalog regions;

    public CalendarRules(LiveRules rules, DecisionDeadlines decisions, RegionCatalog regions) {
        this.regions = regions;
        this.rules = rules;
        this.decisions = decisions;
    }

    /** A year of the calendar, with the warning of {@code today}. */
    public CalendarView.Year year(int year, LocalDate today) {
        HolidayCalendar calendar = rules.calendar();
        return new CalendarView.Year(year, calendar.covers(year),
                calendar.holidays(year).stream().map(CalendarView.DayOff::of).toList(),
                calendar.regionalHolidays(year).stream().map(CalendarView.DayOff::of).toList(),
                HolidayListCheck.warning(calendar, today));
    }

    /** Whether {@code election} is known and has a rule for {@code name}. */
    public boolean hasRule(DeadlineName name, String election) {
        return rules.elections().deadlineRule(election, name.step).isPresent();
    }

    /**
     * The deadline {@code name} gives from {@code from} in {@code region}; {@code election} must be known where the
     * rule needs it (the caller checks, see {@link DeadlineName#needsElection}).
     */
    public CalendarView.Calculation deadline(DeadlineName name, LocalDate from, String region, String election) {
        ZoneId zone = regions.zoneOf(region);
        Instant start = from.atStartOfDay(zone).toInstant();
        Deadline due;
        int days;
        DayUnit unit;
        String nature;
        String basis;
        if (name.needsElection()) {
            ElectionCatalog.DeadlineRule rule = rules.elections().deadlineRule(election, name.step).orElseThrow();
            due = rules.workingDays().deadline(start, rule.days(), rule.unit(), zone, region);
            days = rule.days();
            unit = rule.unit();
            nature = rule.nature();
            basis = rule.basis();
        } else {
            Deadline decision = decisions.decisionDue(start, region);
            due = name == DeadlineName.BLOCK ? decisions.blockDue(decision, region) : decision;
            days = rules.workingDays().workingDaysBetween(from, due.dueDate(), region);
            unit = DayUnit.WORKING_DAYS;
            nature = NETRA_SETTING;
            basis = name == DeadlineName.BLOCK
                    ? "netra.sanction.block-after-days after the PPK's due day (netra.sanction.decision-days)"
                    : "netra.sanction.decision-days: no regulation text gives the PPK's time";
        }
        List<CalendarView.Skipped> skipped = unit == DayUnit.WORKING_DAYS
                ? rules.workingDays().skipped(from, due.dueDate(), region).stream()
                        .map(day -> new CalendarView.Skipped(day.date(),
                                day.holidays().stream().map(CalendarView.DayOff::of).toList()))
                        .toList()
                : List.of();
        return new CalendarView.Calculation(name.name(), from, region, zone.getId(), days, unit, due.dueDate(),
                due.dueAt(), due.provisional(), due.provisionalReason(), nature, basis, skipped);
    }
}
