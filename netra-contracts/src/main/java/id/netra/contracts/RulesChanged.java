package id.netra.contracts;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * An admin changed the rules the suite works by: added or replaced an election ({@code election}), or loaded holidays
 * ({@code holidays}); exactly one of them is set. Every service keeps a copy and applies changes in order (they share
 * one key); applying one twice changes nothing.
 */
public record RulesChanged(String version, Instant changedAt, Election election, Holidays holidays)
        implements
            NetraEvent {

    /** All rules changes share one key, so they keep their order. */
    public static final String KEY = "netra-rules";

    @Override
    public String key() {
        return KEY;
    }

    @Override
    public String subject() {
        return version;
    }

    /**
     * An election or a re-run: its contests, each with its own dates; {@code regions} limits a re-run or PSU to its
     * regions (empty: the whole country); {@code period} the days an act can belong to it.
     */
    public record Election(
            String code,
            String kind,
            String name,
            boolean demo,
            LocalDate votingDate,
            LocalDate candidateSettingDate,
            DateRange campaign,
            DateRange period,
            List<String> regions,
            List<Contest> contests,
            String confidence,
            List<String> sources,
            String note) {
    }

    /** One race of an election (PRESIDEN, DPR, BUPATI, ...) with the day its candidates were set. */
    public record Contest(String code, LocalDate candidateSettingDate, LocalDate votingDate, DateRange campaign) {
    }

    public record DateRange(LocalDate from, LocalDate to) {
    }

    /**
     * Days off: with {@code year}, the complete list of that year's national holidays and cuti bersama (it replaces
     * an earlier list of the year); without it, regional days off to add.
     */
    public record Holidays(Integer year, List<Day> days) {
    }

    /** {@code kind} LIBUR_NASIONAL, CUTI_BERSAMA or LIBUR_DAERAH (then with its {@code regionCode}). */
    public record Day(LocalDate date, String kind, String name, String source, String regionCode) {
    }
}
