package id.netra.contracts;

/** Whether the summoned accused came to the clarification hearing. */
public enum Attendance {
    ATTENDED,
    NO_SHOW
}
