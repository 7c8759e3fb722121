package id.netra.kit.calendar;

/** How a deadline's days are counted, as in elections.yaml {@code unit}. */
public enum DayUnit {
    /** Skip Saturdays, Sundays and every day in the holiday calendar. */
    WORKING_DAYS,
    /** Calendar days; holidays do not move the deadline. */
    DAYS
}
