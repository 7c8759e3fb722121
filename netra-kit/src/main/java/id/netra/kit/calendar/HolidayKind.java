package id.netra.kit.calendar;

/** Kinds of days off in the joint ministerial decree; both are non-working days for deadlines. */
public enum HolidayKind {
    /** Hari libur nasional, a national holiday (voting days declared holidays included). */
    LIBUR_NASIONAL,
    /** Cuti bersama, collective leave: government offices are closed, so deadlines skip it too. */
    CUTI_BERSAMA
}
