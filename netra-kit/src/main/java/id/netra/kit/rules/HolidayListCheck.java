package id.netra.kit.rules;

import java.time.Clock;
import java.time.LocalDate;
import java.time.MonthDay;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

import id.netra.kit.calendar.HolidayCalendar;
import id.netra.kit.region.RegionCatalog;

/**
 * Says, from 1 October on, when next year's holiday list is still missing: deadlines that run into that year would be
 * provisional and raise no events. A warning, not a failure: the service works, but an admin must load the list.
 */
@Readiness
@ApplicationScoped
public class HolidayListCheck implements HealthCheck {

    /** The SKB for the next year is usually signed in September; from this day its absence is worth a warning. */
    static final MonthDay WARN_FROM = MonthDay.of(10, 1);

    private final Clock clock;
    private final LiveRules rules;

    public HolidayListCheck(Clock clock, LiveRules rules) {
        this.clock = clock;
        this.rules = rules;
    }

    /** Today's date for the national calendar: the day in Jakarta, where the SKB is set. */
    public static LocalDate today(Clock clock) {
        return LocalDate.now(clock.withZone(RegionCatalog.WIB));
    }

    /** The warning for {@code today}, or null when there is nothing to say. */
    public static String warning(HolidayCalendar calendar, LocalDate today) {
        int next = today.getYear() + 1;
        if (MonthDay.from(today).isBefore(WARN_FROM) || calendar.covers(next)) {
            return null;
        }
        return "No holiday list for " + next + ": deadlines running into " + next
                + " are provisional and raise no overdue, block or reminder event until it is loaded.";
    }

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder response = HealthCheckResponse.named("holiday-calendar").up()
                .withData("coveredYears", rules.calendar().coveredYears().toString());
        String warning = warning(rules.calendar(), today(clock));
        if (warning != null) {
            response.withData("warning", warning);
        }
        return response.build();
    }
}
