package id.netra.sanction.rules;

import java.time.Instant;
import java.time.ZoneId;

import jakarta.enterprise.context.ApplicationScoped;

import id.netra.kit.calendar.DayUnit;
import id.netra.kit.calendar.Deadline;
import id.netra.kit.calendar.WorkingDays;
import id.netra.kit.region.RegionCatalog;
import id.netra.kit.rules.LiveRules;

/**
 * The PPK's deadline and the block's grace after it, counted one way for the recommendations and for the rules API
 * that shows users how they were counted.
 */
@ApplicationScoped
public class DecisionDeadlines {

    private final SanctionConfig config;
    private final LiveRules rules;
    private final RegionCatalog regions;

    public DecisionDeadlines(SanctionConfig config, LiveRules rules, RegionCatalog regions) {
        this.regions = regions;
        this.config = config;
        this.rules = rules;
    }

    /** The PPK's deadline from {@code start}: {@code netra.sanction.decision-days} working days in the region. */
    public Deadline decisionDue(Instant start, String regionCode) {
        return decisionDue(start, regionCode, rules.workingDays());
    }

    /** The same, counted with a calendar not yet in force (a holiday list being loaded). */
    public Deadline decisionDue(Instant start, String regionCode, WorkingDays calendar) {
        return count(start, config.decisionDays(), regionCode, calendar);
    }

    /**
     * The end of the grace after the decision due day: when a block of the personnel data is asked for. Counted in
     * working days after the due day, in the same zone and calendar; a grace counted from a guessed due day is a guess
     * too, even if its own days are all known.
     */
    public Deadline blockDue(Deadline decisionDue, String regionCode) {
        return blockDue(decisionDue, regionCode, rules.workingDays());
    }

    public Deadline blockDue(Deadline decisionDue, String regionCode, WorkingDays calendar) {
        ZoneId zone = decisionDue.zone();
        Deadline block = calendar.deadline(decisionDue.dueDate().atStartOfDay(zone).toInstant(),
                config.blockAfterDays(), DayUnit.WORKING_DAYS, zone, regionCode);
        if (decisionDue.provisional() && !block.provisional()) {
            return new Deadline(block.dueAt(), block.dueDate(), zone, true, decisionDue.provisionalReason());
        }
        return block;
    }

    /**
     * {@code days} working days after the day of {@code start} in the region's zone, ending when the due day ends
     * there; provisional when the holiday calendar lacks a year it crosses.
     *
     * @throws IllegalArgumentException for a region code the catalogue does not know (its zone would be a guess)
     */
    Deadline count(Instant start, int days, String regionCode, WorkingDays calendar) {
        return count(start, days, regionCode, regions, calendar);
    }

    static Deadline count(Instant start, int days, String regionCode, RegionCatalog regions, WorkingDays calendar) {
        ZoneId zone = regions.zoneOf(regionCode);
        return calendar.deadline(start, days, DayUnit.WORKING_DAYS, zone, regionCode);
    }
}
