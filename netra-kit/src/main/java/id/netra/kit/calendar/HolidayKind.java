package id.netra.kit.calendar;

/** Kinds of days off; every kind is a non-working day for deadlines. */
public enum HolidayKind {
    /** Hari libur nasional, a national holiday (voting days declared holidays included). */
    LIBUR_NASIONAL,
    /** Cuti bersama, collective leave: government offices are closed, so deadlines skip it too. */
    CUTI_BERSAMA,
    /** A voting day declared a holiday in the regions of a re-run or local election only. */
    LIBUR_DAERAH
}
